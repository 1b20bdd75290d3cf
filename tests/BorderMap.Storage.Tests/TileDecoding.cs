using System.Globalization;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles.Mapbox;

namespace BorderMap.Storage.Tests;

/// <summary>One point feature of a decoded tile: where it is, in tile pixels (y down), and its properties.</summary>
internal sealed record TileFeature(double X, double Y, IReadOnlyDictionary<string, object> Properties)
{
    public string Text(string name) => Convert.ToString(Properties[name], CultureInfo.InvariantCulture)!;

    public long Number(string name) => Convert.ToInt64(Properties[name], CultureInfo.InvariantCulture);
}

/// <summary>Reads a store's Mapbox Vector Tile back with an independent reader, so the tests check the bytes a map would get.</summary>
internal static class TileDecoding
{
    /// <summary>The point features of the tile's <c>claims</c> layer; a tile of zero bytes has none.</summary>
    public static IReadOnlyList<TileFeature> Decode(byte[] bytes, TileAddress tile)
    {
        using var stream = new MemoryStream(bytes);
        var decoded = new MapboxTileReader(TestData.Wgs84).Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(tile.X, tile.Y, tile.Z));
        Assert.All(decoded.Layers, layer => Assert.Equal("claims", layer.Name));
        return [.. decoded.Layers.SelectMany(layer => layer.Features).Select(feature =>
        {
            var point = Assert.IsType<Point>(feature.Geometry);
            var (x, y) = ReferenceTiles.Pixel(point, tile);
            return new TileFeature(x, y, feature.Attributes.GetNames().ToDictionary(name => name, name => feature.Attributes[name], StringComparer.Ordinal));
        })];
    }
}
