using System.Text;

namespace BorderMap.Storage.Interchange.Datasets;

/// <summary>
/// The columns of a dataset row that the claim model has no field for, kept in the claim's note as
/// lines <c>acled.event_type: Battles</c>, so that an export gives them back unchanged. Line breaks
/// and backslashes in a value are written <c>\n</c>, <c>\r</c> and <c>\\</c>, one line per column.
/// Lines without the dataset's prefix (a note an analyst added) are left alone.
/// </summary>
internal static class KeptColumns
{
    public static string? Note(string prefix, IEnumerable<(string Column, string Value)> columns)
    {
        var lines = columns.Where(c => c.Value.Length > 0).Select(c => $"{prefix}.{c.Column}: {Escape(c.Value)}").ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    /// <summary>The kept columns of a claim's note, by column name.</summary>
    public static Dictionary<string, string> Read(string prefix, string? note)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in (note ?? string.Empty).Split('\n'))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (line.StartsWith(prefix + ".", StringComparison.Ordinal) && colon > prefix.Length + 1)
            {
                kept[line[(prefix.Length + 1)..colon]] = Unescape(line[(colon + 2)..]);
            }
        }

        return kept;
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private static string Unescape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                text.Append(value[++i] switch { 'n' => '\n', 'r' => '\r', var other => other });
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }
}
