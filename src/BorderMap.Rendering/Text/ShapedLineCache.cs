using System.Collections.Concurrent;

namespace BorderMap.Rendering.Text;

/// <summary>
/// Lines already shaped, shared by every export of the process: the frames of an animation, the
/// maps of an atlas and the server's exports shape the same names, legend rows and quote words
/// again and again, and HarfBuzz gives the same glyphs for the same text and style every time, so
/// a cached line draws exactly what a fresh one would. Thread-safe; bounded: when full it starts
/// over, so memory stays at <see cref="Capacity"/> lines however many exports run.
/// </summary>
internal static class ShapedLineCache
{
    /// <summary>Enough for the labels, legend and quote panel of several maps; a line is a few kilobytes at most.</summary>
    private const int Capacity = 10_000;

    private static readonly ConcurrentDictionary<LineKey, ShapedLine> Lines = new();

    public static ShapedLine GetOrShape(string text, TextStyle style, Func<string, TextStyle, ShapedLine> shape)
    {
        var key = new LineKey(text, style);
        if (Lines.TryGetValue(key, out var line))
        {
            return line;
        }

        line = shape(text, style);
        if (Lines.Count >= Capacity)
        {
            Lines.Clear();
        }

        Lines.TryAdd(key, line);
        return line;
    }

    // A class, not a value tuple: the dictionary's code over a tuple key is not in the ReadyToRun image.
    private sealed record LineKey(string Text, TextStyle Style);
}
