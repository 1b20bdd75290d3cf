using NetTopologySuite.Geometries;

namespace BorderMap.Core.Queries;

/// <summary>
/// One tile of the web map's square grid (XYZ, Web Mercator, y counted from the north as
/// OpenLayers and every tile server count it).
/// </summary>
public readonly record struct TileAddress(int Z, int X, int Y)
{
    /// <summary>The deepest zoom served; deeper tiles would hold single claims anyway.</summary>
    public const int MaxZoom = 20;

    /// <summary>Half the width of the Web Mercator world square in metres (EPSG:3857).</summary>
    public const double WorldHalfWidth = 20037508.342789244;

    /// <summary>Below this zoom a tile holds clusters (a count and the category mix per grid cell); from it on, single claims.</summary>
    public const int ClusterBelowZoom = 10;

    /// <summary>Cells per tile side when clustering.</summary>
    public const int ClusterGrid = 32;

    /// <summary>The most single claims one tile holds; a denser tile is clustered whatever its zoom.</summary>
    public const int MaxClaimsPerTile = 10_000;

    public bool IsValid => Z is >= 0 and <= MaxZoom && X >= 0 && Y >= 0 && X < (1L << Z) && Y < (1L << Z);

    /// <summary>The tile's extent in Web Mercator metres.</summary>
    public Envelope MercatorEnvelope
    {
        get
        {
            var size = 2 * WorldHalfWidth / (1L << Z);
            var minX = -WorldHalfWidth + (X * size);
            var maxY = WorldHalfWidth - (Y * size);
            return new Envelope(minX, minX + size, maxY - size, maxY);
        }
    }

    /// <summary>The tile's extent in longitude and latitude.</summary>
    public Envelope LonLatEnvelope
    {
        get
        {
            var m = MercatorEnvelope;
            return new Envelope(Longitude(m.MinX), Longitude(m.MaxX), Latitude(m.MinY), Latitude(m.MaxY));
        }
    }

    public static double Longitude(double x) => x / WorldHalfWidth * 180;

    public static double Latitude(double y) => (Math.Atan(Math.Exp(y / WorldHalfWidth * Math.PI)) * 360 / Math.PI) - 90;

    /// <summary>Web Mercator x of a longitude.</summary>
    public static double MercatorX(double longitude) => longitude * WorldHalfWidth / 180;

    /// <summary>Web Mercator y of a latitude.</summary>
    public static double MercatorY(double latitude) => Math.Log(Math.Tan((90 + latitude) * Math.PI / 360)) / Math.PI * WorldHalfWidth;
}
