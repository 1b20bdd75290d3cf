using System.Text;

namespace BorderMap.Core.Claims;

/// <summary>
/// Slices text by Unicode code point offsets, the unit quotes are recorded in. .NET strings index
/// UTF-16 code units, which differ from code points for characters outside the BMP.
/// </summary>
public static class CodePointText
{
    /// <summary>Number of code points in <paramref name="text"/>.</summary>
    public static int Length(string text) => text.EnumerateRunes().Count();

    /// <summary>The code points [start, end) of <paramref name="text"/>, or null if the range is out of bounds.</summary>
    public static string? Slice(string text, int start, int end)
    {
        if (start < 0 || end < start)
        {
            return null;
        }

        var builder = new StringBuilder();
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (index >= end)
            {
                break;
            }

            if (index >= start)
            {
                builder.Append(rune.ToString());
            }

            index++;
        }

        return index >= end ? builder.ToString() : null;
    }
}
