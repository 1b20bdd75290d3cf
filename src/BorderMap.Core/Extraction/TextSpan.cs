namespace BorderMap.Core.Extraction;

/// <summary>A stretch of a text in UTF-16 units, as .NET strings index it (converted to code points only for output).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];
}
