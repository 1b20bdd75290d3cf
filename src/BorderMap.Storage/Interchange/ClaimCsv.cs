using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// Claims as CSV with ACLED-like columns, one claim per row. The header names the columns, in any
/// order; only the required ones must be present. Each row is turned into a claim feature and
/// read by <see cref="ClaimFeatureReader"/>, so CSV obeys the same rules, and problems are
/// reported under the CSV column names.
/// <list type="table">
/// <item><term>id</term><description>claim id; derived from the title when empty</description></item>
/// <item><term>title, category, status, translation</term><description>as in the claim model; status defaults to reported</description></item>
/// <item><term>actors</term><description>actor names separated by <c>;</c></description></item>
/// <item><term>event_date, end_date, reported_date</term><description>YYYY-MM-DD; reported_date defaults to event_date</description></item>
/// <item><term>time_precision</term><description>day, week, month, year, or ACLED's codes 1 (day), 2 (week), 3 (month)</description></item>
/// <item><term>location</term><description>the place name as written (<c>place</c>)</description></item>
/// <item><term>latitude, longitude</term><description>WGS84 point; on export the marker anchor of any claim</description></item>
/// <item><term>geometry_wkt</term><description>a line or polygon as WKT, instead of latitude/longitude</description></item>
/// <item><term>refs</term><description><c>region:ID</c> or <c>border:ID/ID</c> references separated by <c>;</c>; they place the claim, and latitude/longitude are then ignored</description></item>
/// <item><term>admin1</term><description>areas the claim concerns, by id (AF-BDS) or name (Badakhshan), separated by <c>;</c></description></item>
/// <item><term>geo_precision</term><description>1 exact site, 2 town or district, 3 province, 4 country</description></item>
/// <item><term>source, quote, quote_start, quote_end</term><description>source id, verbatim quote and its code-point offsets (found when empty)</description></item>
/// <item><term>notes</term><description>the claim's note</description></item>
/// <item><term>numbers</term><description>a JSON object such as <c>{"soldiers": 1037}</c></description></item>
/// <item><term>credibility</term><description>information credibility in the Admiralty code, 1 (confirmed) to 6 (cannot be judged); empty when not rated</description></item>
/// <item><term>event</term><description>the id of the event the claim belongs to; the events themselves are in the companion file (<see cref="EventsCsv"/>), which this column must agree with</description></item>
/// <item><term>created_at, updated_at, version</term><description>bookkeeping, kept by an import of an export</description></item>
/// </list>
/// </summary>
public static class ClaimCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "title", "category", "actors", "event_date", "end_date", "time_precision", "reported_date", "location", "latitude", "longitude",
        "geometry_wkt", "refs", "admin1", "geo_precision", "source", "quote", "quote_start", "quote_end", "translation", "notes", "status",
        "numbers", "created_at", "updated_at", "version", "credibility", "event",
    ];

    private static readonly string[] Required = ["title", "category", "event_date", "time_precision", "location", "geo_precision", "source", "quote", "translation"];

    /// <summary>Claim property → CSV column, for reporting problems in the file's own terms.</summary>
    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["place"] = "location", ["eventDate"] = "event_date", ["endDate"] = "end_date", ["timePrecision"] = "time_precision",
        ["reportedDate"] = "reported_date", ["areas"] = "admin1", ["geoPrecision"] = "geo_precision", ["quote.text"] = "quote",
        ["quote.start"] = "quote_start", ["quote.end"] = "quote_end", ["note"] = "notes", ["createdAt"] = "created_at",
        ["updatedAt"] = "updated_at", ["geometry"] = "latitude/longitude/geometry_wkt",
    };

    /// <summary>Columns written as numbers this program formats; they never get <see cref="CsvFormulaGuard"/>'s apostrophe.</summary>
    private static readonly HashSet<string> NumberColumns = new(StringComparer.Ordinal) { "latitude", "longitude", "geo_precision", "quote_start", "quote_end", "version", "credibility" };

    private static readonly Dictionary<string, string> AcledTimePrecision = new(StringComparer.Ordinal) { ["1"] = "day", ["2"] = "week", ["3"] = "month" };

    /// <summary>The CSV column a claim field comes from, to report the store's problems in the file's terms.</summary>
    public static string ColumnFor(string field) => ColumnOf.GetValueOrDefault(field, field);

    /// <summary>
    /// The claims of a CSV text, one row per record, read as the sequence is enumerated: memory holds
    /// one batch of records whatever the file's size. The sequence can be enumerated once. (Why a
    /// synchronous sequence: see <see cref="GeoJsonClaimFile.Read"/>.)
    /// </summary>
    /// <exception cref="ClaimFileException">while enumerating: the header is missing or names unknown columns, or a record is unreadable.</exception>
    /// <param name="eventOf">which event each claim belongs to, from the companion file (<see cref="EventsCsv"/>); null without one.</param>
    public static IEnumerable<ImportRow> Read(TextReader reader, AreaCatalog areas, IReadOnlyDictionary<string, string>? eventOf = null, CancellationToken cancel = default) =>
        OrderedBatches.Convert(Records(reader), record => ReadRecord(record, areas, eventOf), cancel);

    private static IEnumerable<(string Position, IReadOnlyList<string> Header, IReadOnlyList<string> Fields)> Records(TextReader reader)
    {
        using var records = CsvText.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new ClaimFileException("row 1", "the file is empty; it needs a header row naming the columns");
        }

        var header = Header(records.Current.Fields);
        for (var row = 2; records.MoveNext(); row++)
        {
            var (line, fields) = records.Current;
            yield return (line == row ? $"row {row}" : $"row {row} (line {line})", header, fields);
        }
    }

    private static List<string> Header(IReadOnlyList<string> names)
    {
        var header = names.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var unknown = header.Where(h => !Columns.Contains(h, StringComparer.Ordinal)).ToList();
        var missing = Required.Where(r => !header.Contains(r, StringComparer.Ordinal)).ToList();
        var repeated = header.Where(Columns.Contains).GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (unknown.Count > 0 || missing.Count > 0 || repeated.Count > 0)
        {
            var parts = unknown.Select(u => $"unknown column '{u}'").Concat(missing.Select(m => $"missing column '{m}'")).Concat(repeated.Select(r => $"column '{r}' appears more than once"));
            throw new ClaimFileException("row 1", $"{string.Join("; ", parts)}. Columns: {string.Join(", ", Columns)}");
        }

        return header;
    }

    private static ImportRow ReadRecord((string Position, IReadOnlyList<string> Header, IReadOnlyList<string> Fields) record, AreaCatalog areas, IReadOnlyDictionary<string, string>? eventOf)
    {
        var (position, header, fields) = record;
        if (fields.Count != header.Count)
        {
            return new ImportRow(position, null, [new FieldProblem("row", $"has {fields.Count} fields, the header {header.Count}")]);
        }

        var cells = header.Zip(fields).Where(p => p.Second.Length > 0).ToDictionary(p => p.First, p => CsvFormulaGuard.Restore(p.Second), StringComparer.Ordinal);
        var row = ReadRow(position, cells, areas);
        return cells.TryGetValue("event", out var eventId) && EventProblem(cells.GetValueOrDefault("id"), eventId, eventOf) is { } problem
            ? new ImportRow(position, null, [.. row.Problems, problem])
            : row;
    }

    /// <summary>The <c>event</c> cell must name the event the companion file lists the claim in: the events are created from that file, never silently from a cell it contradicts.</summary>
    private static FieldProblem? EventProblem(string? claimId, string eventId, IReadOnlyDictionary<string, string>? eventOf) =>
        eventOf is null ? new FieldProblem("event", $"names event '{eventId}', but there is no events file (NAME.events.csv) beside this one")
        : claimId is null || eventOf.GetValueOrDefault(claimId) != eventId ? new FieldProblem("event", $"names event '{eventId}', but the events file does not list this claim in it")
        : null;

    /// <param name="eventOf">which event each claim belongs to, for the <c>event</c> column.</param>
    public static async Task WriteAsync(TextWriter writer, IEnumerable<Claim> claims, IReadOnlyDictionary<string, string>? eventOf = null)
    {
        await writer.WriteLineAsync(string.Join(',', Columns));
        foreach (var claim in claims)
        {
            var cells = Cells(claim).Append(eventOf?.GetValueOrDefault(claim.Id));
            await writer.WriteLineAsync(string.Join(',', cells.Select((cell, i) => CsvText.Field(NumberColumns.Contains(Columns[i]) ? cell : CsvFormulaGuard.Neutralise(cell)))));
        }
    }

    private static ImportRow ReadRow(string position, Dictionary<string, string> cells, AreaCatalog areas)
    {
        var problems = new List<FieldProblem>();
        string? Cell(string column) => cells.GetValueOrDefault(column);
        JsonNode? Number(string column) => Cell(column) is { } text
            ? TryParseFinite(text, out var value) ? JsonValue.Create(value) : JsonValue.Create(text)
            : null;
        JsonArray List(string column) => new([.. (Cell(column) ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode)v)]);

        var properties = new JsonObject
        {
            ["id"] = Cell("id"),
            ["title"] = Cell("title"),
            ["category"] = Cell("category"),
            ["actors"] = List("actors"),
            ["place"] = Cell("location"),
            ["refs"] = List("refs"),
            ["areas"] = new JsonArray([.. List("admin1").Select(a => (JsonNode?)AreaId(a!.GetValue<string>(), areas))]),
            ["geoPrecision"] = Number("geo_precision"),
            ["eventDate"] = Cell("event_date"),
            ["endDate"] = Cell("end_date"),
            ["timePrecision"] = Cell("time_precision") is { } precision ? AcledTimePrecision.GetValueOrDefault(precision, precision) : null,
            ["reportedDate"] = Cell("reported_date") ?? Cell("event_date"),
            ["source"] = Cell("source"),
            ["quote"] = new JsonObject { ["text"] = Cell("quote"), ["start"] = Number("quote_start"), ["end"] = Number("quote_end") },
            ["translation"] = Cell("translation"),
            ["note"] = Cell("notes"),
            ["status"] = Cell("status") ?? "reported",
            ["numbers"] = Json("numbers", Cell("numbers"), problems),
            ["createdAt"] = Cell("created_at"),
            ["updatedAt"] = Cell("updated_at"),
            ["version"] = Number("version"),
            ["credibility"] = Number("credibility"),
        };
        var feature = new JsonObject { ["type"] = "Feature", ["geometry"] = Geometry(cells, problems), ["properties"] = properties };
        var (draft, featureProblems) = ClaimFeatureReader.Read(JsonSerializer.SerializeToElement(feature));
        problems.AddRange(featureProblems.Select(p => p with { Field = ColumnFor(p.Field) }));
        return new ImportRow(position, problems.Count > 0 ? null : draft, problems);
    }

    private static JsonNode? Geometry(Dictionary<string, string> cells, List<FieldProblem> problems)
    {
        if (cells.TryGetValue("geometry_wkt", out var wkt))
        {
            try
            {
                return JsonSerializer.SerializeToNode(new WKTReader().Read(wkt), ClaimGeoJson.Options);
            }
            catch (ParseException e)
            {
                problems.Add(new FieldProblem("geometry_wkt", $"is not WKT: {e.Message}"));
                return null;
            }
        }

        var hasLat = cells.TryGetValue("latitude", out var latText);
        var hasLon = cells.TryGetValue("longitude", out var lonText);
        if (!hasLat && !hasLon)
        {
            return null;
        }

        if (!TryParseFinite(latText, out var lat) || !TryParseFinite(lonText, out var lon))
        {
            problems.Add(new FieldProblem("latitude/longitude", $"'{latText}', '{lonText}' are not both decimal degrees"));
            return null;
        }

        return new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) };
    }

    /// <summary>A decimal number a double can hold; 1e400 parses as infinity, which JSON cannot carry, so it stays text for the field checks to report.</summary>
    private static bool TryParseFinite(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static JsonNode? Json(string column, string? text, List<FieldProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            problems.Add(new FieldProblem(column, $"is not JSON: {e.Message.Split(" Path:", 2)[0]}"));
            return null;
        }
    }

    /// <summary>An area id as given, or the id of the area with that name in any language; unknown names stay as they are for the validator to report.</summary>
    private static string AreaId(string idOrName, AreaCatalog areas) =>
        areas.Find(idOrName) is not null ? idOrName
        : areas.All.FirstOrDefault(a => new[] { a.Name, a.LocalName }.Concat(a.Names.Values).Contains(idOrName, StringComparer.OrdinalIgnoreCase))?.Id ?? idOrName;

    private static IEnumerable<string?> Cells(Claim claim)
    {
        var d = claim.Data;
        var isPoint = claim.Geometry is Point && d.Refs.Count == 0;
        string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        return
        [
            claim.Id, d.Title, d.Category, string.Join("; ", d.Actors), d.EventDate, d.EndDate, d.TimePrecision, d.ReportedDate, d.Place,
            Number(claim.Anchor.Y), Number(claim.Anchor.X), isPoint || d.Refs.Count > 0 ? null : claim.Geometry.AsText(),
            string.Join("; ", d.Refs), string.Join("; ", d.Areas), d.GeoPrecision.ToString(CultureInfo.InvariantCulture), d.Source,
            d.Quote.Text, d.Quote.Start.ToString(CultureInfo.InvariantCulture), d.Quote.End.ToString(CultureInfo.InvariantCulture),
            d.Translation, d.Note, d.Status, JsonSerializer.Serialize(d.Numbers, ClaimGeoJson.Options),
            d.CreatedAt.ToString("O", CultureInfo.InvariantCulture), d.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
            d.Version.ToString(CultureInfo.InvariantCulture), d.Credibility?.ToString(CultureInfo.InvariantCulture),
        ];
    }
}
