using BorderMap.Core.Styling;

namespace BorderMap.App.Api;

internal static class StyleEndpoints
{
    /// <summary><c>GET /api/style</c>: the style definition the web map shares with the export renderer.</summary>
    public static void MapStyleEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/style", () => TypedResults.Ok(MapStyle.Default));
}
