using System.Text;

namespace BorderMap.Rendering.Text;

/// <summary>
/// Splits one line of text into directional runs in visual (left-to-right) order: a compact
/// subset of the Unicode Bidirectional Algorithm (UAX #9) that covers what map labels and quotes
/// need. The paragraph direction is that of the first strong character (rule P2); digits after
/// Arabic letters are Arabic numbers (W2) and keep their left-to-right order inside right-to-left
/// text (I1, I2); spaces and punctuation take the direction of the strong text around them, or
/// the paragraph's where it differs (N1, N2); runs are then reversed level by level (L2).
/// Explicit embeddings and isolates (U+202A–U+2069) are not interpreted.
/// </summary>
internal static class BidiRuns
{
    private enum Kind
    {
        LeftToRight,
        RightToLeft,
        Number,
        Neutral,
    }

    /// <summary>A slice of the text and whether it reads right to left.</summary>
    public readonly record struct Run(int Start, int Length, bool RightToLeft);

    public static IReadOnlyList<Run> Split(string text)
    {
        var runes = new List<(int Index, int Length, Kind Kind)>();
        foreach (var rune in text.EnumerateRunes())
        {
            var index = runes.Count == 0 ? 0 : runes[^1].Index + runes[^1].Length;
            runes.Add((index, rune.Utf16SequenceLength, Classify(rune)));
        }

        if (runes.Count == 0)
        {
            return [];
        }

        var paragraph = runes.Select(r => r.Kind).FirstOrDefault(k => k is Kind.LeftToRight or Kind.RightToLeft) == Kind.RightToLeft ? 1 : 0;
        var levels = Levels(runes.Select(r => r.Kind).ToArray(), paragraph);

        var runs = new List<(int Start, int Length, int Level)>();
        for (var i = 0; i < runes.Count; i++)
        {
            if (runs.Count > 0 && runs[^1].Level == levels[i])
            {
                runs[^1] = (runs[^1].Start, runs[^1].Length + runes[i].Length, levels[i]);
            }
            else
            {
                runs.Add((runes[i].Index, runes[i].Length, levels[i]));
            }
        }

        // L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.
        var lowestOdd = runs.Where(r => r.Level % 2 == 1).Select(r => r.Level).DefaultIfEmpty(int.MaxValue).Min();
        for (var level = runs.Max(r => r.Level); level >= lowestOdd; level--)
        {
            for (var i = 0; i < runs.Count;)
            {
                if (runs[i].Level < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < runs.Count && runs[end].Level >= level)
                {
                    end++;
                }

                runs.Reverse(i, end - i);
                i = end;
            }
        }

        return [.. runs.Select(r => new Run(r.Start, r.Length, r.Level % 2 == 1))];
    }

    private static int[] Levels(Kind[] kinds, int paragraph)
    {
        // W2: a number whose last preceding strong character is right-to-left is an Arabic number,
        // which counts as right-to-left for the neutrals around it (N1).
        var resolved = new Kind[kinds.Length];
        var lastStrong = paragraph == 1 ? Kind.RightToLeft : Kind.LeftToRight;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is Kind.LeftToRight or Kind.RightToLeft)
            {
                lastStrong = kinds[i];
            }

            resolved[i] = kinds[i] == Kind.Number && lastStrong == Kind.LeftToRight ? Kind.LeftToRight : kinds[i];
        }

        var levels = new int[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            var kind = resolved[i] == Kind.Neutral ? NeutralDirection(resolved, i, paragraph) : resolved[i];
            levels[i] = (paragraph, kind) switch
            {
                (0, Kind.RightToLeft) => 1,
                (0, Kind.Number) => 2,
                (1, Kind.LeftToRight or Kind.Number) => 2,
                _ => paragraph,
            };
        }

        return levels;
    }

    // N1/N2: neutrals between two strong runs of one direction take it; others the paragraph's.
    private static Kind NeutralDirection(Kind[] kinds, int index, int paragraph)
    {
        var embedding = paragraph == 1 ? Kind.RightToLeft : Kind.LeftToRight;
        var before = Enumerable.Range(0, index).Reverse().Select(i => Strong(kinds[i])).FirstOrDefault(k => k != Kind.Neutral, embedding);
        var after = Enumerable.Range(index + 1, kinds.Length - index - 1).Select(i => Strong(kinds[i])).FirstOrDefault(k => k != Kind.Neutral, embedding);
        return before == after ? before : embedding;
    }

    private static Kind Strong(Kind kind) => kind == Kind.Number ? Kind.RightToLeft : kind;

    private static Kind Classify(Rune rune)
    {
        var value = rune.Value;
        if (value is (>= 0x0660 and <= 0x0669) or (>= 0x06F0 and <= 0x06F9) || Rune.IsDigit(rune))
        {
            return Kind.Number;
        }

        if (value is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF))
        {
            return Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format
                ? Kind.RightToLeft
                : Kind.Neutral;
        }

        return Rune.IsLetter(rune) ? Kind.LeftToRight : Kind.Neutral;
    }
}
