using System.Globalization;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Queries;

/// <summary>
/// Which claims to show. Every criterion is optional; a claim must meet all that are given, and
/// within a list criterion (categories, actors, statuses, precisions) any one value. A list left
/// null does not filter; an empty list lets nothing pass (every box unticked). The API, the command
/// line and the export renderer all filter through this one type.
/// </summary>
public sealed record ClaimFilter
{
    public static readonly ClaimFilter All = new();

    /// <summary>Only claims whose geometry intersects this lon/lat envelope.</summary>
    public Envelope? BoundingBox { get; init; }

    /// <summary>Only claims whose date range [eventDate, endDate] ends on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only claims whose date range starts on or before this day.</summary>
    public DateOnly? To { get; init; }

    public IReadOnlySet<string>? Categories { get; init; }

    /// <summary>Actor names, matched case-insensitively.</summary>
    public IReadOnlySet<string>? Actors { get; init; }

    public IReadOnlySet<string>? Statuses { get; init; }

    /// <summary>Only claims placed inside this area, or referencing it.</summary>
    public string? Region { get; init; }

    public IReadOnlySet<int>? GeoPrecisions { get; init; }

    /// <summary>
    /// Only claims whose title, place, actors, quote, translation or note contain every word of
    /// this text, in any spelling that <see cref="Search.NameFolding"/> joins (see <see cref="ClaimSearchKey"/>).
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Only claims whose source is rated with one of these reliability grades (A–F, <see cref="Sources.SourceReliability"/>).</summary>
    public IReadOnlySet<string>? Reliabilities { get; init; }

    /// <summary>Only claims rated with one of these information credibility grades (1–6, <see cref="Claims.InformationCredibility"/>).</summary>
    public IReadOnlySet<int>? Credibilities { get; init; }

    /// <summary>
    /// Only claims whose happening has one of these statuses (<see cref="Events.DerivedStatus"/>, or the
    /// researcher's override): the status of the claim's event; a claim in no event is reported.
    /// </summary>
    public IReadOnlySet<string>? EventStatuses { get; init; }

    /// <summary>
    /// True: only claims whose happening one independent source reports (a claim in no event, or in
    /// an event whose sources copy one another, <see cref="Events.SourceIndependence"/>); false: only
    /// those at least two independent sources report; null: both.
    /// </summary>
    public bool? SingleSource { get; init; }

    /// <summary>Only claims quoting this source (its id): the source reader numbers them in its text.</summary>
    public string? Source { get; init; }

    /// <summary>A one-line description for map captions and export footers, e.g. "2021-07-01 to 2021-07-05; category: troop-movement".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (From is not null || To is not null)
        {
            parts.Add($"{Iso(From)} to {Iso(To)}");
        }

        AddList(parts, "category", Categories);
        AddList(parts, "actor", Actors);
        AddList(parts, "status", Statuses);
        AddList(parts, "geo-precision", GeoPrecisions?.Order().Select(p => p.ToString(CultureInfo.InvariantCulture)));
        AddList(parts, "source reliability", Reliabilities?.Order(StringComparer.Ordinal));
        AddList(parts, "information credibility", Credibilities?.Order().Select(c => c.ToString(CultureInfo.InvariantCulture)));
        AddList(parts, "event status", EventStatuses);
        if (SingleSource is { } single)
        {
            parts.Add(single ? "single source" : "several independent sources");
        }

        if (Region is not null)
        {
            parts.Add($"region: {Region}");
        }

        if (Text is not null)
        {
            parts.Add($"text: {Text}");
        }

        if (Source is not null)
        {
            parts.Add($"source: {Source}");
        }

        if (BoundingBox is { } box)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"bbox: {box.MinX:0.###},{box.MinY:0.###},{box.MaxX:0.###},{box.MaxY:0.###}"));
        }

        return parts.Count == 0 ? "all claims" : string.Join("; ", parts);
    }

    private static string Iso(DateOnly? date) => date is { } day ? IsoDate.Format(day) : "any date";

    private static void AddList(List<string> parts, string name, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            var list = values.Order(StringComparer.Ordinal).ToList();
            parts.Add($"{name}: {(list.Count == 0 ? "none" : string.Join(", ", list))}");
        }
    }
}
