using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Storage.Interchange.Datasets;
using static BorderMap.Storage.Interchange.Datasets.DatasetValues;

namespace BorderMap.Storage.Interchange.Ucdp;

/// <summary>
/// UCDP's Georeferenced Event Dataset (GED) as CSV, with every column of its codebook. A row becomes a
/// claim: <c>ucdp-</c> and <c>id</c> is its id; <c>date_start</c>/<c>date_end</c> and <c>date_prec</c>
/// (1 day, 2 week, 3 month, 4 and 5 year) its dates; <c>where_coordinates</c>, <c>latitude</c>/<c>longitude</c>
/// and <c>where_prec</c> (1 → 1, 2–3 → 2, 4–5 → 3, 6–7 → 4) its place; <c>side_a</c> and <c>side_b</c> its
/// actors; the deaths by side and the low/best/high estimates its numbers; <c>adm_1</c> its area when it
/// names a known province; <c>source_article</c> its quote, at its offsets in the file, and translation.
/// The other columns, and a precision code that shares its level with another, are kept in its note.
/// </summary>
internal sealed class UcdpDataset : CodebookDataset
{
    private static readonly PrecisionCodes<string> DatePrecisions = new(
        "1 day, 2 within a week, 3 within a month, 4 within a year, 5 more than a year",
        new Dictionary<int, string> { [1] = "day", [2] = "week", [3] = "month", [4] = "year", [5] = "year" },
        new Dictionary<string, int>(StringComparer.Ordinal) { ["day"] = 1, ["week"] = 2, ["month"] = 3, ["year"] = 4 });

    private static readonly PrecisionCodes<int> WherePrecisions = new(
        "1 exact place, 2 within 25 km, 3 second-order division, 4 first-order division, 5 larger part of a country, 6 country, 7 waters or airspace",
        new Dictionary<int, int> { [1] = 1, [2] = 2, [3] = 2, [4] = 3, [5] = 3, [6] = 4, [7] = 4 },
        new Dictionary<int, int> { [1] = 1, [2] = 2, [3] = 4, [4] = 6 });

    /// <summary>Count columns and the claim numbers they become.</summary>
    private static readonly (string Column, string Number)[] Deaths =
    [
        ("deaths_a", "deaths_a"), ("deaths_b", "deaths_b"), ("deaths_civilians", "deaths_civilians"), ("deaths_unknown", "deaths_unknown"),
        ("best", "deaths_best"), ("high", "deaths_high"), ("low", "deaths_low"),
    ];

    public override string Name => "ucdp";

    public override string Publisher => "UCDP";

    public override IReadOnlyList<string> Columns { get; } =
    [
        "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id",
        "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
        "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description",
        "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
        "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
    ];

    public override string IdColumn => "id";

    public override IReadOnlyDictionary<string, string> FieldColumns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title"] = "dyad_name", ["actors"] = "side_a/side_b", ["place"] = "where_coordinates", ["areas"] = "adm_1", ["geoPrecision"] = "where_prec",
        ["eventDate"] = "date_start", ["reportedDate"] = "date_start", ["endDate"] = "date_end", ["timePrecision"] = "date_prec",
        ["quote"] = "source_article", ["translation"] = "source_article", ["numbers"] = "best", ["geometry"] = "latitude/longitude",
    };

    protected override IReadOnlySet<string> ModelColumns { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "year", "where_prec", "where_coordinates", "latitude", "longitude", "geom_wkt", "date_prec", "date_start", "date_end", "source_article",
        "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
    };

    public override ClaimDraft? Draft(DatasetRow row, AreaCatalog areas)
    {
        var eventId = row.Required("id", "id");
        var start = row.Date("date_start");
        var end = row.Date("date_end");
        row.CheckYear("year", start);
        var timePrecision = row.Precision("date_prec", DatePrecisions, "day");
        var geoPrecision = row.Precision("where_prec", WherePrecisions, 1);
        var point = row.Point("latitude", "longitude");
        var numbers = Deaths.ToDictionary(d => d.Number, d => row.Count(d.Column), StringComparer.Ordinal);
        var article = row.Required("source_article", "quote");
        CheckEstimates(row, numbers, start, end);
        if (row.Problems.Count > 0)
        {
            return null;
        }

        var kept = UnmodelledCells(row)
            .Concat(KeptCodes(row, "date_prec", DatePrecisions.IsShared(timePrecision)))
            .Concat(KeptCodes(row, "where_prec", WherePrecisions.IsShared(geoPrecision)))
            .Concat(KeptDates(row, start!, end!));
        return Reported(eventId, point, new ClaimFields(
            Title(row.Text("dyad_name") is { Length: > 0 } dyad ? $"{dyad} at {row.Text("where_coordinates")}" : $"UCDP event {eventId}"),
            "military-presence",
            [.. new[] { row.Text("side_a"), row.Text("side_b") }.Where(s => s.Trim().Length > 0)],
            row.Text("where_coordinates"),
            AreaId(areas, row.Text("adm_1").Replace(" province", string.Empty, StringComparison.OrdinalIgnoreCase), row.Text("country")),
            geoPrecision,
            start!,
            end == start ? null : end,
            timePrecision,
            row.Quote("source_article"),
            article,
            KeptColumns.Note(Name, kept),
            numbers));
    }

    public override IReadOnlyList<string> Cells(Claim claim, AreaCatalog areas)
    {
        var d = claim.Data;
        var (kept, adm1, country) = KeptWithArea(claim, "adm_1", areas);
        var end = d.EndDate ?? d.EventDate;
        var best = Count(claim, "deaths_best", "fatalities");
        var cells = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = EventDatasets.EventId(this, claim, kept), ["relid"] = Kept(kept, "relid", claim.Id), ["year"] = d.EventDate[..4],
            ["side_a"] = Kept(kept, "side_a", d.Actors.ElementAtOrDefault(0) ?? string.Empty), ["side_b"] = Kept(kept, "side_b", d.Actors.ElementAtOrDefault(1) ?? string.Empty),
            ["source_article"] = d.Translation, ["where_prec"] = Code(WherePrecisions.CodeOf(d.GeoPrecision, kept.GetValueOrDefault("where_prec"))),
            ["where_coordinates"] = d.Place, ["adm_1"] = adm1, ["latitude"] = Number(claim.Anchor.Y), ["longitude"] = Number(claim.Anchor.X),
            ["geom_wkt"] = $"POINT ({Number(claim.Anchor.X)} {Number(claim.Anchor.Y)})", ["country"] = country,
            ["date_prec"] = Code(DatePrecisions.CodeOf(d.TimePrecision, kept.GetValueOrDefault("date_prec"))),
            ["date_start"] = KeptDate(kept, "date_start", d.EventDate), ["date_end"] = KeptDate(kept, "date_end", end),
            ["best"] = best, ["low"] = Count(claim, "deaths_low", "deaths_best", "fatalities"), ["high"] = Count(claim, "deaths_high", "deaths_best", "fatalities"),
        };
        foreach (var (column, number) in Deaths.Take(4))
        {
            cells[column] = Count(claim, number);
        }

        return [.. Columns.Select(c => cells.TryGetValue(c, out var cell) ? cell : Kept(kept, c))];
    }

    /// <summary>The low estimate is at most the best, the best at most the high; the end is not before the start.</summary>
    private static void CheckEstimates(DatasetRow row, Dictionary<string, double> numbers, string? start, string? end)
    {
        if (!(numbers["deaths_low"] <= numbers["deaths_best"] && numbers["deaths_best"] <= numbers["deaths_high"]))
        {
            row.Fail("best", $"the estimates must be low ≤ best ≤ high, not {numbers["deaths_low"]} ≤ {numbers["deaths_best"]} ≤ {numbers["deaths_high"]}");
        }

        if (start is not null && end is not null && string.CompareOrdinal(end, start) < 0)
        {
            row.Fail("date_end", $"{end} is before date_start {start}");
        }
    }

    private static IEnumerable<(string, string)> KeptCodes(DatasetRow row, string column, bool shared) => shared ? [(column, row.Text(column).Trim())] : [];

    /// <summary>A date written with a time of day (GED's "2021-07-05 00:00:00.000") is kept as written.</summary>
    private static IEnumerable<(string, string)> KeptDates(DatasetRow row, string start, string end) =>
        new[] { ("date_start", start), ("date_end", end) }.Where(d => row.Text(d.Item1).Trim() != d.Item2).Select(d => (d.Item1, row.Text(d.Item1)));

    private static string KeptDate(Dictionary<string, string> kept, string column, string date) =>
        kept.TryGetValue(column, out var written) && written.StartsWith(date, StringComparison.Ordinal) ? written : date;
}
