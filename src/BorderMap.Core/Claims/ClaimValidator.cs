using BorderMap.Core.Areas;
using BorderMap.Core.Sources;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Claims;

/// <summary>
/// The rules every claim obeys wherever it comes from: the quote is verbatim in its source at its
/// offsets, the place is either a valid WGS84 geometry or resolvable references, dates are real
/// and ordered, and the coded fields use the known vocabularies.
/// </summary>
public sealed class ClaimValidator(AreaCatalog areas, Func<string, Source?> findSource)
{
    public IReadOnlyList<FieldProblem> Validate(ClaimData claim, Geometry? geometry)
    {
        var problems = new List<FieldProblem>();
        // One delegate for every check: passing a local function as a method group allocates a new one each time.
        Action<string, string> fail = (field, message) => problems.Add(new FieldProblem(field, message));

        if (string.IsNullOrWhiteSpace(claim.Title))
        {
            fail("title", "is required");
        }

        if (string.IsNullOrWhiteSpace(claim.Translation))
        {
            fail("translation", "is required");
        }

        CheckTexts(claim, fail);
        CheckVocabulary(claim.Category, ClaimVocabulary.Categories, "category", fail);
        CheckVocabulary(claim.TimePrecision, ClaimVocabulary.TimePrecisions, "timePrecision", fail);
        CheckVocabulary(claim.Status, ClaimVocabulary.Statuses, "status", fail);
        if (!ClaimVocabulary.GeoPrecisions.ContainsKey(claim.GeoPrecision))
        {
            fail("geoPrecision", $"must be 1 to 4, not {claim.GeoPrecision}");
        }

        if (claim.Credibility is { } credibility && !InformationCredibility.Grades.ContainsKey(credibility))
        {
            fail("credibility", $"must be 1 to 6 (Admiralty information credibility), not {credibility}");
        }

        CheckDates(claim, fail);
        CheckQuote(claim, fail);
        CheckPlace(claim, geometry, fail);
        return problems;
    }

    /// <summary>The text rule and size limits of <see cref="TextRules"/> and <see cref="ClaimLimits"/>, the same for every store.</summary>
    private static void CheckTexts(ClaimData claim, Action<string, string> fail)
    {
        TextRules.Check(claim.Title, "title", ClaimLimits.ShortText, fail);
        TextRules.Check(claim.Place, "place", ClaimLimits.ShortText, fail);
        TextRules.Check(claim.Translation, "translation", ClaimLimits.LongText, fail);
        TextRules.Check(claim.Note, "note", ClaimLimits.LongText, fail);
        TextRules.Check(claim.Quote.Text, "quote.text", ClaimLimits.Quote, fail);
        TextRules.CheckList(claim.Actors, "actors", ClaimLimits.ListEntries, ClaimLimits.ListEntry, fail);
        TextRules.CheckList(claim.Refs, "refs", ClaimLimits.ListEntries, ClaimLimits.ListEntry, fail);
        TextRules.CheckList(claim.Areas, "areas", ClaimLimits.ListEntries, ClaimLimits.ListEntry, fail);
        TextRules.CheckList([.. claim.Numbers.Keys], "numbers", ClaimLimits.NumberEntries, ClaimLimits.NumberName, fail);
        foreach (var (name, value) in claim.Numbers)
        {
            if (!double.IsFinite(value))
            {
                fail($"numbers.{name}", $"{value} is not a finite number");
            }
        }
    }

    private static void CheckVocabulary(string value, IReadOnlyList<string> allowed, string field, Action<string, string> fail)
    {
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            fail(field, $"'{value}' is not one of {string.Join(", ", allowed)}");
        }
    }

    private static void CheckDates(ClaimData claim, Action<string, string> fail)
    {
        var eventDate = ParseDate(claim.EventDate, "eventDate", fail);
        ParseDate(claim.ReportedDate, "reportedDate", fail);
        if (claim.EndDate is { } end && ParseDate(end, "endDate", fail) is { } endDate && eventDate is { } start && endDate < start)
        {
            fail("endDate", $"{claim.EndDate} is before eventDate {claim.EventDate}");
        }
    }

    private static DateOnly? ParseDate(string text, string field, Action<string, string> fail)
    {
        if (IsoDate.TryParse(text, out var date))
        {
            if (date >= ClaimLimits.EarliestDate && date <= ClaimLimits.LatestDate)
            {
                return date;
            }

            fail(field, $"{text} lies outside the accepted range {IsoDate.Format(ClaimLimits.EarliestDate)} to {IsoDate.Format(ClaimLimits.LatestDate)}");
            return null;
        }

        fail(field, $"'{text}' is not a real date in the form YYYY-MM-DD");
        return null;
    }

    private void CheckQuote(ClaimData claim, Action<string, string> fail)
    {
        if (findSource(claim.Source) is not { } source)
        {
            fail("source", $"no registered source has the id '{claim.Source}'");
            return;
        }

        var quote = claim.Quote;
        if (string.IsNullOrEmpty(quote.Text))
        {
            fail("quote.text", "is required");
            return;
        }

        var atOffsets = CodePointText.Slice(source.Text, quote.Start, quote.End);
        if (atOffsets is null)
        {
            fail("quote", $"offsets {quote.Start}..{quote.End} lie outside the source text ({CodePointText.Length(source.Text)} code points)");
        }
        else if (!string.Equals(atOffsets, quote.Text, StringComparison.Ordinal))
        {
            fail("quote", $"the source text at {quote.Start}..{quote.End} is \"{Shorten(atOffsets)}\", not the quoted \"{Shorten(quote.Text)}\"");
        }
    }

    private void CheckPlace(ClaimData claim, Geometry? geometry, Action<string, string> fail)
    {
        var hasGeometry = geometry is { IsEmpty: false };
        if (hasGeometry == (claim.Refs.Count > 0))
        {
            fail("geometry", "give either a geometry or region/border references in refs, not both and not neither");
        }

        if (geometry is { IsEmpty: false })
        {
            CheckGeometry(geometry, fail);
        }

        for (var i = 0; i < claim.Refs.Count; i++)
        {
            var field = $"refs[{i}]";
            if (!GeometryRef.TryParse(claim.Refs[i], out var reference))
            {
                fail(field, $"'{claim.Refs[i]}' is not region:AREA or border:AREA/AREA");
            }
            else if (reference is RegionRef region && areas.Find(region.AreaId) is null)
            {
                fail(field, $"unknown area '{region.AreaId}'");
            }
            else if (reference is BorderRef border && areas.SharedBorder(border.AreaA, border.AreaB) is not { IsEmpty: false })
            {
                fail(field, $"'{border.AreaA}' and '{border.AreaB}' are not both known areas that share a border");
            }
        }

        foreach (var areaId in claim.Areas.Where(id => areas.Find(id) is null))
        {
            fail("areas", $"unknown area '{areaId}'");
        }
    }

    private static void CheckGeometry(Geometry geometry, Action<string, string> fail)
    {
        if (geometry.Coordinates.Any(c => double.IsNaN(c.X) || c.X < -180 || c.X > 180 || double.IsNaN(c.Y) || c.Y < -90 || c.Y > 90))
        {
            fail("geometry", "coordinates must be WGS84 longitude -180..180 and latitude -90..90");
        }
        else if (!geometry.IsValid)
        {
            var error = new NetTopologySuite.Operation.Valid.IsValidOp(geometry).ValidationError;
            fail("geometry", $"invalid {geometry.GeometryType}: {error?.Message} at {error?.Coordinate}");
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
