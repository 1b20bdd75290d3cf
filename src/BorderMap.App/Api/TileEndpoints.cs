using System.Globalization;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// <c>GET /api/tiles/claims/{z}/{x}/{y}.mvt</c>: the claims of one map tile that meet the filter
/// parameters of <c>GET /api/claims</c>, as a Mapbox Vector Tile the store builds (clusters below
/// zoom <see cref="TileAddress.ClusterBelowZoom"/> or in a crowded tile, single claims otherwise).
/// Tiles change with every write, so they are revalidated on every use (<c>no-cache</c>) against an
/// ETag made of the store position: an unchanged store answers 304 without building the tile.
/// </summary>
internal static class TileEndpoints
{
    public const string ContentType = "application/vnd.mapbox-vector-tile";

    public static void MapTileEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/tiles/claims/{z}/{x}/{y}.mvt", async Task<IResult> (string z, string x, string y, HttpRequest request, HttpResponse response, ClaimFilterParser parser, IClaimStore store, CancellationToken cancel) =>
        {
            var (filter, problems) = QueryParameters.ReadFilter(request, parser);
            var tile = ParseTile(z, x, y, problems);
            if (filter is null || tile is null || problems.Count > 0)
            {
                return Problems.Invalid(problems);
            }

            // The position is read before the tile, so an ETag never names a tile older than it.
            var etag = $"\"t{PositionText.Format(await store.PositionAsync(cancel))}\"";
            response.Headers.CacheControl = "no-cache";
            response.Headers.ETag = etag;
            if (request.Headers.IfNoneMatch.Any(tag => tag == etag))
            {
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }

            return TypedResults.Bytes(await store.TileAsync(filter, tile.Value, cancel), ContentType);
        });

    /// <summary>The tile, or null after naming the coordinate that is not a whole number or lies outside the grid.</summary>
    private static TileAddress? ParseTile(string zText, string xText, string yText, List<FieldProblem> problems)
    {
        int? Whole(string name, string text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            problems.Add(new FieldProblem(name, $"'{text}' is not a whole number"));
            return null;
        }

        if ((Whole("z", zText), Whole("x", xText), Whole("y", yText)) is not ({ } z, { } x, { } y))
        {
            return null;
        }

        var tile = new TileAddress(z, x, y);
        if (tile.IsValid)
        {
            return tile;
        }

        var (field, message) = z > TileAddress.MaxZoom
            ? ("z", $"{z} is deeper than the deepest zoom, {TileAddress.MaxZoom}")
            : (x >= (1L << z) ? "x" : "y", string.Create(CultureInfo.InvariantCulture, $"tile {z}/{x}/{y} is outside the grid: at zoom {z}, x and y run from 0 to {(1L << z) - 1}"));
        problems.Add(new FieldProblem(field, message));
        return null;
    }
}
