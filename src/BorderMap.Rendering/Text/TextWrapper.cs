using System.Globalization;

namespace BorderMap.Rendering.Text;

/// <summary>
/// Greedy line breaking at spaces to a maximum width. Words are measured one by one (shaping whole
/// candidate lines would be quadratic); the chosen lines are then shaped whole, so kerning and
/// joining are exact. A word wider than the line is broken between characters.
/// </summary>
internal sealed class TextWrapper(TextShaper shaper)
{
    public IReadOnlyList<ShapedLine> Wrap(string text, TextStyle style, float maxWidth)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Split(w, style, maxWidth));
        var space = shaper.Shape(" ", style).Width;
        var lines = new List<string>();
        var current = new List<string>();
        var width = 0f;
        foreach (var word in words)
        {
            var wordWidth = shaper.Shape(word, style).Width;
            if (current.Count > 0 && width + space + wordWidth > maxWidth)
            {
                lines.Add(string.Join(' ', current));
                current.Clear();
                width = 0;
            }

            width += (current.Count > 0 ? space : 0) + wordWidth;
            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(string.Join(' ', current));
        }

        return [.. lines.Select(l => shaper.Shape(l, style))];
    }

    private IEnumerable<string> Split(string word, TextStyle style, float maxWidth)
    {
        if (shaper.Shape(word, style).Width <= maxWidth)
        {
            yield return word;
            yield break;
        }

        // Break between text elements, never inside a surrogate pair or before a combining mark.
        var boundaries = StringInfo.ParseCombiningCharacters(word).Append(word.Length).ToArray();
        var start = 0;
        for (var i = 2; i < boundaries.Length; i++)
        {
            if (shaper.Shape(word[start..boundaries[i]], style).Width > maxWidth)
            {
                yield return word[start..boundaries[i - 1]];
                start = boundaries[i - 1];
            }
        }

        yield return word[start..];
    }
}
