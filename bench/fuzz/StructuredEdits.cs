using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace BorderMap.Fuzz;

/// <summary>
/// Documents that stay well-formed but put odd values in the right places: a GeoJSON seed with some
/// of its values (anywhere in the tree) replaced by generated JSON, and a CSV seed with some of its
/// cells replaced by tokens, quoted as CSV quotes them or not. These reach the field rules and the
/// geometry code that byte edits mostly stop short of.
/// </summary>
internal static class StructuredEdits
{
    private const int MaxEdits = 4;

    public static Gen<byte[]> GeoJson(byte[] seed)
    {
        var document = JsonNode.Parse(seed)!;
        var edit = Gen.Select(Gen.Int[1, int.MaxValue], Value(depth: 2), (at, value) => (At: at, Value: value));
        return edit.Array[1, MaxEdits].Select(edits =>
        {
            var copy = document.DeepClone();
            foreach (var (at, value) in edits)
            {
                var nodes = Preorder(copy).ToList();
                nodes[at % (nodes.Count - 1) + 1]?.ReplaceWith(JsonNode.Parse(value));
            }

            return Encoding.UTF8.GetBytes(copy.ToJsonString());
        });
    }

    public static Gen<byte[]> Csv(byte[] seed)
    {
        var rows = CsvRows(Encoding.UTF8.GetString(seed));
        var cell = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, Tokens.ForParameters.Count - 1], Gen.Bool,
            (row, column, token, quoted) => (Row: row, Column: column, Text: Tokens.ForParameters[token], Quoted: quoted));
        return cell.Array[1, MaxEdits].Select(edits =>
        {
            var copy = rows.Select(r => r.Select(Quote).ToArray()).ToList();
            foreach (var (row, column, text, quoted) in edits)
            {
                var cells = copy[row % copy.Count];
                cells[column % cells.Length] = quoted ? Quote(text) : text;
            }

            return Encoding.UTF8.GetBytes(string.Join('\n', copy.Select(r => string.Join(',', r))) + "\n");
        });
    }

    /// <summary>JSON text of a generated value: a token string, a number as written, a literal, or a small array or object of such.</summary>
    private static Gen<string> Value(int depth)
    {
        var scalar = Gen.Frequency(
            (4, Gen.Int[0, Tokens.ForParameters.Count - 1].Select(i => System.Text.Json.JsonSerializer.Serialize(Tokens.ForParameters[i]))),
            (3, Gen.OneOf("0", "-1", "1", "5", "37.5", "69.9", "180.5", "-91", "1e400", "-0", "2147483648", "1e-400", "123456789012345678901234567890")),
            (1, Gen.OneOf("true", "false", "null")));
        if (depth == 0)
        {
            return scalar;
        }

        var inner = Value(depth - 1);
        return Gen.Frequency(
            (4, scalar),
            (1, inner.Array[0, 6].Select(items => "[" + string.Join(',', items) + "]")),
            (1, Gen.Select(Gen.OneOf("type", "coordinates", "text", "start", "end", "name", "value", "x"), inner, (k, v) => (Key: k, Value: v)).Array[0, 3]
                .Select(members => "{" + string.Join(',', members.DistinctBy(m => m.Key).Select(m => $"\"{m.Key}\":{m.Value}")) + "}")));
    }

    private static IEnumerable<JsonNode?> Preorder(JsonNode? node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.ToList())
        {
            foreach (var descendant in Preorder(child))
            {
                yield return descendant;
            }
        }
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The rows of the seed's CSV, as RFC 4180 reads them (a quoted cell may hold commas, quotes and line breaks).</summary>
    private static List<string[]> CsvRows(string text)
    {
        var rows = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == ',' || c == '\n'))
            {
                cells.Add(cell.ToString());
                cell.Clear();
                if (c == '\n')
                {
                    rows.Add([.. cells]);
                    cells.Clear();
                }
            }
            else if (quoted || c != '\r')
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}
