using System.Globalization;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Storage.Interchange.Datasets;
using static BorderMap.Storage.Interchange.Datasets.DatasetValues;

namespace BorderMap.Storage.Interchange.Acled;

/// <summary>
/// ACLED's CSV export, with every column of its codebook. A row becomes a claim:
/// <c>acled-</c> and the slug of <c>event_id_cnty</c> is its id; <c>event_date</c>, <c>time_precision</c>
/// (1 day, 2 week, 3 month), <c>location</c>, <c>latitude</c>/<c>longitude</c> and <c>geo_precision</c>
/// (1–3, the claim's geo-precisions 1–3) its date and place; the actors (with their associated actors)
/// its actors; <c>fatalities</c> its <c>fatalities</c> number; <c>admin1</c> its area when it names a
/// known province; <c>notes</c> its quote, at its offsets in the file, and translation. The other
/// columns are kept in its note (<see cref="KeptColumns"/>).
/// </summary>
internal sealed class AcledDataset : CodebookDataset
{
    private static readonly PrecisionCodes<string> TimePrecisions = new(
        "1 day, 2 week, 3 month",
        new Dictionary<int, string> { [1] = "day", [2] = "week", [3] = "month" },
        new Dictionary<string, int>(StringComparer.Ordinal) { ["day"] = 1, ["week"] = 2, ["month"] = 3, ["year"] = 3 });

    private static readonly PrecisionCodes<int> GeoPrecisions = new(
        "1 the place itself, 2 near it or in its district, 3 its province",
        new Dictionary<int, int> { [1] = 1, [2] = 2, [3] = 3 },
        new Dictionary<int, int> { [1] = 1, [2] = 2, [3] = 3, [4] = 3 });

    private static readonly string[] ActorColumns = ["actor1", "assoc_actor_1", "actor2", "assoc_actor_2"];

    public override string Name => "acled";

    public override string Publisher => "ACLED";

    public override IReadOnlyList<string> Columns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
        "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
        "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public override string IdColumn => "event_id_cnty";

    public override IReadOnlyDictionary<string, string> FieldColumns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "event_id_cnty", ["title"] = "sub_event_type", ["category"] = "event_type", ["actors"] = "actor1", ["place"] = "location",
        ["areas"] = "admin1", ["geoPrecision"] = "geo_precision", ["eventDate"] = "event_date", ["reportedDate"] = "event_date",
        ["timePrecision"] = "time_precision", ["quote"] = "notes", ["translation"] = "notes", ["numbers"] = "fatalities", ["geometry"] = "latitude/longitude",
    };

    protected override IReadOnlySet<string> ModelColumns { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "event_date", "year", "time_precision", "location", "latitude", "longitude", "geo_precision", "notes", "fatalities",
    };

    public override ClaimDraft? Draft(DatasetRow row, AreaCatalog areas)
    {
        var eventId = row.Required("event_id_cnty", "id");
        var date = row.Date("event_date");
        row.CheckYear("year", date);
        var timePrecision = row.Precision("time_precision", TimePrecisions, "day");
        var geoPrecision = row.Precision("geo_precision", GeoPrecisions, 1);
        var point = row.Point("latitude", "longitude");
        var fatalities = row.Count("fatalities");
        var notes = row.Required("notes", "quote");
        if (row.Problems.Count > 0)
        {
            return null;
        }

        var subEvent = row.Text("sub_event_type");
        return Reported(eventId, point, new ClaimFields(
            Title(string.Join(" in ", new[] { subEvent.Length > 0 ? subEvent : row.Text("event_type"), row.Text("location") }.Where(p => p.Length > 0))),
            AcledCategories.CategoryOf(row.Text("event_type"), subEvent),
            [.. ActorColumns.SelectMany(c => Actors(row.Text(c)))],
            row.Text("location"),
            AreaId(areas, row.Text("admin1"), row.Text("country")),
            geoPrecision,
            date!,
            null,
            timePrecision,
            row.Quote("notes"),
            notes,
            KeptColumns.Note(Name, UnmodelledCells(row)),
            new Dictionary<string, double>(StringComparer.Ordinal) { ["fatalities"] = fatalities }));
    }

    public override IReadOnlyList<string> Cells(Claim claim, AreaCatalog areas)
    {
        var d = claim.Data;
        var (kept, admin1, country) = KeptWithArea(claim, "admin1", areas);
        var types = KeptTypes(kept, d.Category) ?? AcledCategories.TypesOf(d.Category);
        var actors = KeptActors(kept, d.Actors) ?? DerivedActors(d.Actors);
        var timestamp = claim.Data.UpdatedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return
        [
            EventDatasets.EventId(this, claim, kept), d.EventDate, d.EventDate[..4], Code(TimePrecisions.CodeOf(d.TimePrecision, null)),
            types.Disorder, types.Event, types.SubEvent, actors[0], actors[1], Kept(kept, "inter1"), actors[2], actors[3], Kept(kept, "inter2"),
            Kept(kept, "interaction"), Kept(kept, "civilian_targeting"), Kept(kept, "iso"), Kept(kept, "region"), country, admin1,
            Kept(kept, "admin2"), Kept(kept, "admin3"), d.Place, Number(claim.Anchor.Y), Number(claim.Anchor.X), Code(GeoPrecisions.CodeOf(d.GeoPrecision, null)),
            Kept(kept, "source", d.Source), Kept(kept, "source_scale"), d.Translation, Count(claim, "fatalities", "deaths_best"), Kept(kept, "tags"),
            Kept(kept, "timestamp", timestamp),
        ];
    }

    private static IEnumerable<string> Actors(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The kept event types, while they still give the claim's category.</summary>
    private static (string Disorder, string Event, string SubEvent)? KeptTypes(Dictionary<string, string> kept, string category)
    {
        var (eventType, subEvent) = (Kept(kept, "event_type"), Kept(kept, "sub_event_type"));
        return eventType.Length > 0 && AcledCategories.CategoryOf(eventType, subEvent) == category ? (Kept(kept, "disorder_type"), eventType, subEvent) : null;
    }

    /// <summary>The kept actor columns, while they still give the claim's actors.</summary>
    private static string[]? KeptActors(Dictionary<string, string> kept, IReadOnlyList<string> actors)
    {
        var columns = ActorColumns.Select(c => Kept(kept, c)).ToArray();
        return columns.SelectMany(Actors).SequenceEqual(actors, StringComparer.Ordinal) ? columns : null;
    }

    /// <summary>A claim's actors as ACLED's columns: the first two as actor1 and actor2, the rest associated with actor1.</summary>
    private static string[] DerivedActors(IReadOnlyList<string> actors) =>
        [actors.ElementAtOrDefault(0) ?? string.Empty, string.Join("; ", actors.Skip(2)), actors.ElementAtOrDefault(1) ?? string.Empty, string.Empty];
}
