using System.Text;
using System.Text.RegularExpressions;
using BorderMap.Core.Claims;

namespace BorderMap.Geocoding.Tests.Evaluation;

/// <summary>A labelled number: where it stands (UTF-16), the quantity it counts, its value and its qualifier.</summary>
public sealed record GoldNumber(int Start, string Text, string Key, double Value, string Qualifier);

/// <summary>A labelled sentence: the claim it should give (category and the id of its event's place), or none at all (caption, byline, "read also").</summary>
public sealed record GoldClaim(int End, string? Category, string? PlaceId);

/// <summary>
/// One constructed wire-style text of Evaluation/Wire/{language}.{seen|unseen}.txt, written by the
/// project in the manner of July 2021 reports (datelines, captions, bylines, district lists, mixed
/// scripts), never copied from one. Texts are separated by lines of "---"; lines starting with "# "
/// are comments. Inline labels: [[Ishkashim|id]] a place, {{1,037|soldiers|1037|exact}} a number
/// with its qualifier (exact, more-than, about, nearly, at-least, up-to), and right after a
/// sentence &lt;&lt;category@id&gt;&gt; the claim it should give or &lt;&lt;none&gt;&gt;.
/// </summary>
public sealed partial record WireText(string Language, string Part, int Index, string Text, IReadOnlyList<GoldMention> Mentions, IReadOnlyList<GoldNumber> Numbers, IReadOnlyList<GoldClaim> Claims)
{
    public static IReadOnlyList<WireText> Load(string language, string part)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", "Wire", $"{language}.{part}.txt");
        var lines = File.ReadAllLines(path).Where(l => !l.StartsWith("# ", StringComparison.Ordinal));
        var texts = string.Join('\n', lines).Split("\n---\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. texts.Select((t, i) => Parse(language, part, i, t))];
    }

    /// <summary>The texts of a file that holds one sentence a line (Evaluation/Numbers/{language}.txt), each line a text of its own.</summary>
    public static IReadOnlyList<WireText> LoadLines(string folder, string language)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", folder, $"{language}.txt");
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith("# ", StringComparison.Ordinal));
        return [.. lines.Select((l, i) => Parse(language, folder, i, l))];
    }

    private static WireText Parse(string language, string part, int index, string markup)
    {
        var text = new StringBuilder();
        var mentions = new List<GoldMention>();
        var numbers = new List<GoldNumber>();
        var claims = new List<GoldClaim>();
        var at = 0;
        foreach (Match label in Label().Matches(markup))
        {
            text.Append(markup, at, label.Index - at);
            at = label.Index + label.Length;
            var fields = label.Groups["body"].Value.Split('|');
            var start = text.Length;
            switch (label.Groups["open"].Value)
            {
                case "[[":
                    text.Append(fields[0]);
                    mentions.Add(new GoldMention(CodePoints(text, start), CodePoints(text, text.Length), fields[0], Canonical(fields[1])));
                    break;
                case "{{":
                    text.Append(fields[0]);
                    numbers.Add(new GoldNumber(start, fields[0], fields[1], double.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture), fields[3]));
                    break;
                default:
                    var claim = fields[0].Split('@');
                    claims.Add(claim[0] == "none" ? new GoldClaim(start, null, null) : new GoldClaim(start, claim[0], claim.ElementAtOrDefault(1) is { } id ? Canonical(id) : null));
                    break;
            }
        }

        text.Append(markup, at, markup.Length - at);
        return new WireText(language, part, index, text.ToString(), mentions, numbers, claims);
    }

    // A label names the record the writer chose; of a town GeoNames holds twice, the gazetteer keeps one record, and either id is that town.
    private static string Canonical(string id) => Repository.Gazetteer.Find(id)?.Id ?? id;

    private static int CodePoints(StringBuilder text, int utf16) => CodePointText.Length(text.ToString(0, utf16));

    [GeneratedRegex(@"(?<open>\[\[|\{\{|<<)(?<body>.+?)(\]\]|\}\}|>>)")]
    private static partial Regex Label();
}
