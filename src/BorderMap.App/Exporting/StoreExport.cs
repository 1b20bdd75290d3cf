using System.Globalization;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Rendering.Export;
using BorderMap.Storage;
using BorderMap.Rendering.Furniture;
using BorderMap.Storage.Events;

namespace BorderMap.App.Exporting;

/// <summary>
/// What a map export (<c>GET /api/export</c>, <c>bordermap export</c>) reads from the claim store
/// before the renderer, which queries nothing, draws it: the selected claim, to check that it
/// exists, and the claims that meet the request's filter (whose region or bbox also frames the
/// map), streamed a page at a time up to <see cref="MaxClaims"/>: a map reads their marks, and
/// whole only the claims its quote panel may list. A map of more claims would be
/// unreadable and costly to draw, so such a request is refused with advice to narrow the filters.
/// </summary>
internal static class StoreExport
{
    public const int MaxClaims = 10_000;

    public static string TooManyClaims { get; } =
        string.Create(CultureInfo.InvariantCulture, $"more than {MaxClaims:N0} claims match; narrow the filters (dates, categories, actors, region or bbox) to draw them");

    /// <summary>A parser for these parameters: their <c>selected</c> claim is looked up in the store first, so parsing reads no claims.</summary>
    public static async Task<ExportRequestParser> ParserAsync(IClaimStore store, AreaCatalog areas, string? selected, CancellationToken cancel)
    {
        var found = string.IsNullOrWhiteSpace(selected) ? null : await store.FindClaimAsync(selected.Trim(), cancel);
        return new ExportRequestParser(areas, id => found?.Id == id);
    }

    /// <summary>
    /// Lays a map out from the marks of its claims (<see cref="MarksAsync"/>), then reads what drawing
    /// it needs besides: the whole claims of those its quote panel may list, and their events.
    /// </summary>
    public static async Task<ReadyMap> PrepareAsync(IClaimStore store, MapExporter exporter, ExportRequest request, IReadOnlyList<ClaimMark> marks, CancellationToken cancel)
    {
        var plan = exporter.Plan(request, marks);
        ExportPhases.Ended("plan");
        try
        {
            // Only a claim the panel lists shows its event, so only those claims' events are read,
            // beside their whole claims. A claim deleted since its mark was read is missing; the
            // panel's list ends before it.
            var events = EventsAsync(store, plan.QuotedClaimIds, cancel);
            var quoted = plan.QuotedClaimIds.Count == 0 ? new Dictionary<string, Claim>() : await store.FindClaimsAsync(plan.QuotedClaimIds, cancel);
            var ready = new ReadyMap(plan, quoted, await events);
            ExportPhases.Ended("quoted, events");
            return ready;
        }
        catch
        {
            plan.Dispose();
            throw;
        }
    }

    /// <summary>The marks of the claims the export draws, in creation order; null when more than <see cref="MaxClaims"/> match.</summary>
    public static Task<IReadOnlyList<ClaimMark>?> MarksAsync(IClaimStore store, ExportRequest request, CancellationToken cancel) =>
        UpToMax(request.Layers.Contains("claims") ? store.StreamMarksAsync(request.Filter, cancel) : null);

    /// <summary>The whole claims the export draws (for animations and small multiples), in creation order; null when more than <see cref="MaxClaims"/> match.</summary>
    public static Task<IReadOnlyList<Claim>?> ClaimsAsync(IClaimStore store, ExportRequest request, CancellationToken cancel) =>
        UpToMax(request.Layers.Contains("claims") ? store.StreamAsync(request.Filter, cancel) : null);

    /// <summary>The events the claims belong to, for the quote panel to number and list with their sources.</summary>
    private static async Task<IReadOnlyList<ExportEvent>> EventsAsync(IClaimStore store, IReadOnlyList<string> claimIds, CancellationToken cancel) =>
        store is IEventStore events && claimIds.Count > 0
            ? [.. (await events.EventsOfClaimsAsync(claimIds, cancel))
                .Select(s => new ExportEvent(s.Event.Id, s.Event.Title, s.Status, s.Summary.Independence.Summary, s.Event.ClaimIds, s.Summary.Sources))]
            : [];

    private static async Task<IReadOnlyList<T>?> UpToMax<T>(IAsyncEnumerable<T>? items)
    {
        var read = new List<T>();
        if (items is null)
        {
            return read;
        }

        await foreach (var item in items)
        {
            if (read.Count == MaxClaims)
            {
                return null;
            }

            read.Add(item);
        }

        return read;
    }
}
