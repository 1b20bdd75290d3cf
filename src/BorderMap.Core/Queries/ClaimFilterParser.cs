using System.Globalization;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Queries;

/// <summary>
/// Reads a <see cref="ClaimFilter"/> from named text parameters (URL query or command-line
/// options): <c>bbox</c>, <c>from</c>, <c>to</c>, <c>category</c>, <c>actor</c>, <c>status</c>,
/// <c>region</c>, <c>precision</c>, the text search <c>q</c>, <c>reliability</c>, <c>credibility</c>,
/// <c>event_status</c> (the status of the claim's event) and <c>single_source</c> (true or false). Lists are comma-separated. Every bad parameter is reported
/// by name; a filter is returned only when there are none. A list parameter that is present but
/// empty (<c>category=</c>) lets no claim pass, so a client can say "every box unticked".
/// </summary>
public sealed class ClaimFilterParser(AreaCatalog areas)
{
    public static readonly IReadOnlyList<string> ParameterNames = ["bbox", "from", "to", "category", "actor", "status", "region", "precision", "q", "reliability", "credibility", "event_status", "single_source"];

    /// <summary>The longest text search accepted, in characters.</summary>
    public const int MaxTextLength = 200;

    public (ClaimFilter? Filter, IReadOnlyList<FieldProblem> Problems) Parse(Func<string, string?> parameter)
    {
        var problems = new List<FieldProblem>();
        var (from, to) = ParseDates(parameter, problems);
        var filter = new ClaimFilter
        {
            BoundingBox = ParseBoundingBox(parameter("bbox"), problems),
            From = from,
            To = to,
            Categories = ParseList("category", parameter("category"), ClaimVocabulary.Categories, problems),
            Actors = ParseList("actor", parameter("actor"), allowed: null, problems),
            Statuses = ParseList("status", parameter("status"), ClaimVocabulary.Statuses, problems),
            Region = ParseRegion(parameter("region"), problems),
            GeoPrecisions = ParseList("precision", parameter("precision"), ["1", "2", "3", "4"], problems)?
                .Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToHashSet(),
            Text = ParseText(parameter("q"), problems),
            Reliabilities = ParseList("reliability", parameter("reliability"), [.. Sources.SourceReliability.Grades.Keys], problems),
            Credibilities = ParseList("credibility", parameter("credibility"), ["1", "2", "3", "4", "5", "6"], problems)?
                .Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToHashSet(),
            EventStatuses = ParseList("event_status", parameter("event_status"), ClaimVocabulary.Statuses, problems),
            SingleSource = ParseFlag("single_source", parameter("single_source"), problems),
        };
        return problems.Count == 0 ? (filter, problems) : (null, problems);
    }

    /// <summary>The inclusive <c>from</c> and <c>to</c> dates (YYYY-MM-DD, either may be missing), with a problem for a bad or inverted one; events take them too.</summary>
    public static (DateOnly? From, DateOnly? To) ParseDates(Func<string, string?> parameter, List<FieldProblem> problems)
    {
        var (from, to) = (ParseDate("from", parameter("from"), problems), ParseDate("to", parameter("to"), problems));
        if (from is { } first && to is { } last && first > last)
        {
            problems.Add(new FieldProblem("from", $"from ({IsoDate.Format(first)}) is after to ({IsoDate.Format(last)})"));
        }

        return (from, to);
    }

    /// <summary>A <c>bbox</c> parameter (minLon,minLat,maxLon,maxLat), or null with a problem naming <c>bbox</c>; events take it too.</summary>
    public static Envelope? ParseBoundingBox(string? text, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(',');
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
        if (numbers.Length != 4 || numbers.Any(double.IsNaN))
        {
            problems.Add(new FieldProblem("bbox", $"'{text}' is not minLon,minLat,maxLon,maxLat"));
            return null;
        }

        var (minLon, minLat, maxLon, maxLat) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon >= maxLon || minLat >= maxLat)
        {
            problems.Add(new FieldProblem("bbox", $"'{text}' must have -180 <= minLon < maxLon <= 180 and -90 <= minLat < maxLat <= 90"));
            return null;
        }

        return new Envelope(minLon, maxLon, minLat, maxLat);
    }

    private static DateOnly? ParseDate(string name, string? text, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (IsoDate.TryParse(text, out var date))
        {
            return date;
        }

        problems.Add(new FieldProblem(name, $"'{text}' is not a real date in the form YYYY-MM-DD"));
        return null;
    }

    /// <summary>A comma-separated list parameter, each value one of <paramref name="allowed"/> (null: any), or empty with a problem naming it; events take it too.</summary>
    public static HashSet<string>? ParseList(string name, string? text, IReadOnlyList<string>? allowed, List<FieldProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        var values = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(allowed is null ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var unknown = allowed is null ? [] : values.Where(v => !allowed.Contains(v, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new FieldProblem(name, $"unknown {name} '{string.Join("', '", unknown)}'; use {string.Join(", ", allowed!)}"));
            return [];
        }

        return values;
    }

    /// <summary>A yes/no parameter: <c>true</c> or <c>false</c>; absent or blank, null.</summary>
    private static bool? ParseFlag(string name, string? text, List<FieldProblem> problems)
    {
        switch (text?.Trim())
        {
            case null or "":
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                problems.Add(new FieldProblem(name, $"'{text}' is not true or false"));
                return null;
        }
    }

    private static string? ParseText(string? text, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxTextLength)
        {
            problems.Add(new FieldProblem("q", $"the search text has {text.Length} characters; at most {MaxTextLength} are allowed"));
        }
        else if (ClaimSearchKey.Terms(text).Count == 0)
        {
            problems.Add(new FieldProblem("q", $"'{text}' has no letters or digits to search for"));
        }

        return text.Trim();
    }

    private string? ParseRegion(string? text, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (areas.Find(text) is { Kind: not AreaKind.River })
        {
            return text;
        }

        problems.Add(new FieldProblem("region", $"unknown region '{text}'"));
        return null;
    }
}
