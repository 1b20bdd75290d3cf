using System.Text.Json.Nodes;
using BorderMap.Core.Areas;
using BorderMap.Core.Geocoding;
using BorderMap.Core.Towns;

namespace BorderMap.App.Api;

internal static class TownEndpoints
{
    /// <summary>Registers the town catalog, built once from the geocoder's gazetteer and the boundaries; immutable, so shared.</summary>
    public static IServiceCollection AddTowns(this IServiceCollection services) =>
        services.AddSingleton(s => new TownCatalog(s.GetRequiredService<Geocoder>().Gazetteer, s.GetRequiredService<AreaCatalog>()));

    /// <summary>
    /// <c>GET /api/towns</c>: the towns maps show (<see cref="TownCatalog"/>) as a GeoJSON
    /// FeatureCollection of Points with properties <c>id</c>, <c>name</c>, <c>rank</c>
    /// (<c>capital</c>, <c>provincial</c> or <c>border</c>) and <c>country</c>, most important first.
    /// </summary>
    public static void MapTownEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/towns", (TownCatalog towns, FixedGeoJson fixedAnswers) => TypedResults.Bytes(GeoJson(fixedAnswers, towns), GeoJsonWriter.ContentType));

    /// <summary>The towns' GeoJSON FeatureCollection as UTF-8, written once (also the base map's part, <see cref="BaseMapEndpoints"/>).</summary>
    public static byte[] GeoJson(FixedGeoJson fixedAnswers, TownCatalog towns) =>
        fixedAnswers.Bytes("towns", () => GeoJsonWriter.Collection(towns.Towns.Select(Feature)));

    private static JsonObject Feature(Town town) => new()
    {
        ["type"] = "Feature",
        ["id"] = town.Id,
        ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(town.Lon, town.Lat) },
        ["properties"] = new JsonObject
        {
            ["id"] = town.Id,
            ["name"] = town.Name,
            ["rank"] = TownRanks.Name(town.Rank),
            ["country"] = town.Country,
        },
    };
}
