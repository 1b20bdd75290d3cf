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
/// map), streamed a page at a time up to <see cref="MaxClaims"/>. A map of more claims would be
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

    /// <summary>The events the drawn claims belong to, for the quote panel to number and list with their sources.</summary>
    public static async Task<IReadOnlyList<ExportEvent>> EventsAsync(IClaimStore store, IReadOnlyList<Claim> claims, CancellationToken cancel) =>
        store is IEventStore events && claims.Count > 0
            ? [.. (await events.EventsOfClaimsAsync([.. claims.Select(c => c.Id)], cancel))
                .Select(s => new ExportEvent(s.Event.Id, s.Event.Title, s.Status, s.Summary.Independence.Summary, s.Event.ClaimIds, s.Summary.Sources))]
            : [];

    /// <summary>The claims the export draws, in creation order; null when more than <see cref="MaxClaims"/> match.</summary>
    public static async Task<IReadOnlyList<Claim>?> ClaimsAsync(IClaimStore store, ExportRequest request, CancellationToken cancel)
    {
        var claims = new List<Claim>();
        if (!request.Layers.Contains("claims"))
        {
            return claims;
        }

        await foreach (var claim in store.StreamAsync(request.Filter, cancel))
        {
            if (claims.Count == MaxClaims)
            {
                return null;
            }

            claims.Add(claim);
        }

        return claims;
    }
}
