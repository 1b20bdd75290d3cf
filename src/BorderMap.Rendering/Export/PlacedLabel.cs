namespace BorderMap.Rendering.Export;

/// <summary>
/// A label an export drew on its map, for checks that need no OCR: its text, what it names
/// (<c>focus</c>, <c>river</c>, <c>country</c>, <c>province</c> or <c>town</c>) and the page box it
/// covers, in points from the page's top-left corner.
/// </summary>
public sealed record PlacedLabel(string Text, string Kind, float Left, float Top, float Right, float Bottom)
{
    public bool Overlaps(PlacedLabel other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
}
