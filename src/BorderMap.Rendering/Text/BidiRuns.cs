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
    public sealed record Run(int Start, int Length, bool RightToLeft);

    // Parallel arrays and loops rather than lists of tuples and LINQ: generic code over value types
    // is not in the ReadyToRun image, and every label and quote line passes through here.
    public static Run[] Split(string text)
    {
        var starts = new int[text.Length];
        var lengths = new int[text.Length];
        var kinds = new Kind[text.Length];
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            starts[count] = count == 0 ? 0 : starts[count - 1] + lengths[count - 1];
            lengths[count] = rune.Utf16SequenceLength;
            kinds[count] = Classify(rune);
            count++;
        }

        if (count == 0)
        {
            return [];
        }

        var levels = Levels(kinds, count, ParagraphLevel(kinds, count));
        var runs = new LevelRuns(count);
        for (var i = 0; i < count; i++)
        {
            runs.Extend(starts[i], lengths[i], levels[i]);
        }

        runs.ReorderVisually();
        return runs.ToRuns();
    }

    // P2: the direction of the first strong character.
    private static int ParagraphLevel(Kind[] kinds, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (kinds[i] is Kind.LeftToRight or Kind.RightToLeft)
            {
                return kinds[i] == Kind.RightToLeft ? 1 : 0;
            }
        }

        return 0;
    }

    private static int[] Levels(Kind[] kinds, int count, int paragraph)
    {
        // W2: a number whose last preceding strong character is right-to-left is an Arabic number,
        // which counts as right-to-left for the neutrals around it (N1).
        var resolved = new Kind[count];
        var lastStrong = paragraph == 1 ? Kind.RightToLeft : Kind.LeftToRight;
        for (var i = 0; i < count; i++)
        {
            if (kinds[i] is Kind.LeftToRight or Kind.RightToLeft)
            {
                lastStrong = kinds[i];
            }

            resolved[i] = kinds[i] == Kind.Number && lastStrong == Kind.LeftToRight ? Kind.LeftToRight : kinds[i];
        }

        var levels = new int[count];
        for (var i = 0; i < count; i++)
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
        var before = embedding;
        for (var i = index - 1; i >= 0; i--)
        {
            if (Strong(kinds[i]) != Kind.Neutral)
            {
                before = Strong(kinds[i]);
                break;
            }
        }

        var after = embedding;
        for (var i = index + 1; i < kinds.Length; i++)
        {
            if (Strong(kinds[i]) != Kind.Neutral)
            {
                after = Strong(kinds[i]);
                break;
            }
        }

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
