using System.Runtime.CompilerServices;

namespace BorderMap.Core.Claims;

/// <summary>
/// Slices text by Unicode code point offsets, the unit quotes are recorded in. .NET strings index
/// UTF-16 code units, which differ from code points for characters outside the BMP. The mapping
/// from code points to code units is computed once per text and cached beside it, so checking many
/// quotes of one source costs the length of each quote, not of the source.
/// </summary>
public static class CodePointText
{
    private static readonly ConditionalWeakTable<string, CodeUnitMap> Maps = new();

    /// <summary>Number of code points in <paramref name="text"/>.</summary>
    public static int Length(string text) => MapOf(text).CodePoints;

    /// <summary>The code points [start, end) of <paramref name="text"/>, or null if the range is out of bounds.</summary>
    public static string? Slice(string text, int start, int end)
    {
        var map = MapOf(text);
        if (start < 0 || end < start || end > map.CodePoints)
        {
            return null;
        }

        var from = map.CodeUnitOf(start);
        return text[from..map.CodeUnitOf(end)];
    }

    private static CodeUnitMap MapOf(string text) => Maps.GetValue(text, CodeUnitMap.Build);

    /// <summary>Code-unit index of each code point; null when the text has no surrogate pairs and the two coincide.</summary>
    private sealed class CodeUnitMap(int codePoints, int[]? codeUnits)
    {
        public int CodePoints { get; } = codePoints;

        public int CodeUnitOf(int codePoint) => codeUnits?[codePoint] ?? codePoint;

        public static CodeUnitMap Build(string text)
        {
            if (!text.Any(char.IsSurrogate))
            {
                return new CodeUnitMap(text.Length, null);
            }

            var units = new List<int>(text.Length + 1);
            var index = 0;
            foreach (var rune in text.EnumerateRunes())
            {
                units.Add(index);
                index += rune.Utf16SequenceLength;
            }

            units.Add(index);
            return new CodeUnitMap(units.Count - 1, [.. units]);
        }
    }
}
