using System.Text.Json.Nodes;
using BorderMap.App.Api;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage;
using BorderMap.Storage.Events;
using NetTopologySuite.Geometries;

namespace BorderMap.App.Ogc;

/// <summary>
/// The events as an OGC API collection: the store's event pages (creation order, keyset cursor,
/// the box and days indexed as for <c>/api/events</c>), each event a point at its derived place
/// with flat properties, so GIS clients read them as columns: title, note, status, first and last
/// day, place and its precision, category, the number of sources and of independent ones, and
/// the claim ids. The number matched is not counted: it would read every event the filter meets.
/// </summary>
internal sealed class EventsCollection(IClaimStore store) : OgcCollection
{
    public override string Id => "events";

    public override string Title => "Events";

    public override string Description => "Happenings that gather the claims of several sources, with their derived span, place, status and independence.";

    public override Envelope SpatialExtent { get; } = new(-180, 180, -90, 90);

    public override IReadOnlyList<OgcQueryable> Queryables { get; } =
    [
        new("status", "string", ClaimVocabulary.Statuses, "events of these statuses, the researcher's override or else the derived one (comma-separated)"),
    ];

    public override async Task<(OgcPage? Page, IReadOnlyList<FieldProblem> Problems)> ItemsAsync(OgcItemsQuery query, CancellationToken cancel)
    {
        var problems = new List<FieldProblem>();
        long? after = null;
        if (query.Cursor is { } text)
        {
            after = EventDraftReader.TryParseCursor(text, out var position) ? position : null;
            if (after is null)
            {
                problems.Add(new FieldProblem("cursor", $"'{text}' is not a cursor; follow the next link as it is"));
            }
        }

        var statuses = ClaimFilterParser.ParseList("status", query.Properties.GetValueOrDefault("status"), ClaimVocabulary.Statuses, problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var events = EventEndpoints.Events(store);
        var page = await events.EventPageAsync(after, Math.Min(query.Limit, IEventStore.MaxPageSize), query.BoundingBox, query.From, query.To, statuses, cancel);
        var next = page.Next is { } last ? EventDraftReader.Cursor(last) : null;
        return (new OgcPage(page.Events.Select(Feature), page.Events.Count, next, null), []);
    }

    public override async Task<JsonObject?> ItemAsync(string featureId, CancellationToken cancel) =>
        await EventEndpoints.Events(store).FindEventAsync(featureId, cancel) is { } stored ? Feature(stored) : null;

    private static JsonObject Feature(StoredEvent stored)
    {
        return new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = stored.Event.Id,
            ["geometry"] = EventJsonWriter.Point(stored) is { } point ? new JsonObject { ["type"] = "Point", ["coordinates"] = point } : null,
            ["properties"] = new JsonObject
            {
                ["title"] = stored.Event.Title,
                ["note"] = stored.Event.Note,
                ["status"] = stored.Status,
                ["derivedStatus"] = stored.Summary.DerivedStatus,
                ["first"] = stored.Summary.First,
                ["last"] = stored.Summary.Last,
                ["place"] = stored.Summary.Place,
                ["geoPrecision"] = stored.Summary.GeoPrecision,
                ["category"] = stored.Summary.Category,
                ["sources"] = stored.Summary.Sources.Count,
                ["independentSources"] = stored.Summary.Independence.Independent,
                ["independence"] = stored.Summary.Independence.Summary,
                ["claims"] = string.Join(',', stored.Event.ClaimIds),
                ["version"] = stored.Event.Version,
            },
        };
    }
}
