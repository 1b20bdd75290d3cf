using System.Buffers.Binary;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Converts between NTS geometries and GeoPackage geometry blobs (a "GP" header with the SRS id and
/// an optional envelope, then WKB). Only X and Y are written: NTS would otherwise write XYZM with
/// NaN Z and M, which GDAL rejects. Thread-safe: the reader and writer keep no state between calls.
/// </summary>
internal static class GeometryBlob
{
    private const int HeaderLength = 8;

    private static readonly GeometryFactory Wgs84 = NtsGeometryServices.Instance.CreateGeometryFactory(GeoPackageSchema.Wgs84);

    public static byte[] Write(Geometry geometry)
    {
        // Placed geometries may come straight from the boundary data; they are copied, not re-labelled.
        var labelled = geometry.SRID == GeoPackageSchema.Wgs84 ? geometry : Wgs84.CreateGeometry(geometry);
        return new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY }.Write(labelled);
    }

    public static Geometry Read(byte[] blob) =>
        new GeoPackageGeoReader(Wgs84.CoordinateSequenceFactory, Wgs84.PrecisionModel) { HandleSRID = true }.Read(blob);

    /// <summary>The empty flag of the header (bit 4 of the flags byte).</summary>
    public static bool IsEmpty(byte[] blob) => blob.Length >= HeaderLength && (blob[3] & 0b1_0000) != 0;

    /// <summary>
    /// The envelope from the header when it has one (envelope indicator in bits 1-3 of the flags),
    /// otherwise from the geometry itself; null for an empty geometry.
    /// </summary>
    public static Envelope? Envelope(byte[] blob)
    {
        if (blob.Length < HeaderLength || IsEmpty(blob))
        {
            return null;
        }

        var flags = blob[3];
        var hasEnvelope = ((flags >> 1) & 0b111) != 0;
        if (!hasEnvelope || blob.Length < HeaderLength + (4 * sizeof(double)))
        {
            return Read(blob).EnvelopeInternal;
        }

        var littleEndian = (flags & 1) == 1;
        double At(int index)
        {
            var bytes = blob.AsSpan(HeaderLength + (index * sizeof(double)), sizeof(double));
            return littleEndian ? BinaryPrimitives.ReadDoubleLittleEndian(bytes) : BinaryPrimitives.ReadDoubleBigEndian(bytes);
        }

        // Every envelope kind starts with minx, maxx, miny, maxy.
        return new Envelope(At(0), At(1), At(2), At(3));
    }
}
