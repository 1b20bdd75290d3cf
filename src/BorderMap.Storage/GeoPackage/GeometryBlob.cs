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

    /// <summary>An XY envelope's four doubles in a header.</summary>
    private const int XYEnvelopeLength = 4 * sizeof(double);

    private static readonly GeometryFactory Wgs84 = NtsGeometryServices.Instance.CreateGeometryFactory(GeoPackageSchema.Wgs84);

    public static byte[] Write(Geometry geometry)
    {
        if (WriteInPlace(geometry) is { } blob)
        {
            return blob;
        }

        // Placed geometries may come straight from the boundary data; they are copied, not re-labelled.
        var labelled = geometry.SRID == GeoPackageSchema.Wgs84 ? geometry : Wgs84.CreateGeometry(geometry);
        return new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY }.Write(labelled);
    }

    /// <summary>
    /// A point or line written straight into a blob of its size, byte for byte what NTS's writer makes of it (little-endian,
    /// the XY envelope, XY WKB): most claims are points or short lines, and that writer's stream, binary writer, header and
    /// growing buffers (and a copy of the geometry to label it WGS 84) were a twentieth of the bytes an import allocated.
    /// Null for anything else, and for an empty geometry, which that writer then writes.
    /// </summary>
    private static byte[]? WriteInPlace(Geometry geometry)
    {
        var (type, sequence) = geometry switch
        {
            Point { IsEmpty: false } point => (1u, point.CoordinateSequence),
            LineString { IsEmpty: false } line and not LinearRing => (2u, line.CoordinateSequence),
            _ => (0u, null),
        };
        if (sequence is null)
        {
            return null;
        }

        var counted = type == 2 ? sizeof(uint) : 0;
        var wkb = HeaderLength + XYEnvelopeLength;
        var blob = new byte[wkb + 1 + sizeof(uint) + counted + (sequence.Count * 2 * sizeof(double))];
        var envelope = geometry.EnvelopeInternal;
        // "GP", version 0, flags: little-endian header with an XY envelope; then the SRS id and the envelope (minx, maxx, miny, maxy).
        blob[0] = (byte)'G';
        blob[1] = (byte)'P';
        blob[3] = 0b11;
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(4), GeoPackageSchema.Wgs84);
        ReadOnlySpan<double> bounds = [envelope.MinX, envelope.MaxX, envelope.MinY, envelope.MaxY];
        for (var i = 0; i < bounds.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(HeaderLength + (i * sizeof(double))), bounds[i]);
        }

        blob[wkb] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(blob.AsSpan(wkb + 1), type);
        var at = wkb + 1 + sizeof(uint);
        if (type == 2)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(blob.AsSpan(at), (uint)sequence.Count);
            at += sizeof(uint);
        }

        for (var i = 0; i < sequence.Count; i++, at += 2 * sizeof(double))
        {
            BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(at), sequence.GetX(i));
            BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(at + sizeof(double)), sequence.GetY(i));
        }

        return blob;
    }

    public static Geometry Read(byte[] blob) =>
        WgsPoint(blob) ?? new GeoPackageGeoReader(Wgs84.CoordinateSequenceFactory, Wgs84.PrecisionModel) { HandleSRID = true }.Read(blob);

    /// <summary>
    /// A blob that holds a WGS 84 point in little-endian XY WKB, read in place: most claims are points,
    /// and NTS's reader (a stream, a binary reader and a factory lookup for the SRID each time) took
    /// ~40 ms of a map export's 10,000 claims. Null for anything else, which that reader then reads.
    /// </summary>
    private static Point? WgsPoint(byte[] blob)
    {
        // Flags: bit 0 the header's byte order (1 little-endian), bits 1-3 the envelope kind, bit 4 empty, bit 5 extended type.
        if (blob.Length < HeaderLength || blob[0] != 'G' || blob[1] != 'P' || (blob[3] & 0b11_0001) != 1
            || BinaryPrimitives.ReadInt32LittleEndian(blob.AsSpan(4)) != GeoPackageSchema.Wgs84)
        {
            return null;
        }

        var envelope = ((blob[3] >> 1) & 0b111) switch { 0 => 0, 1 => 32, 2 or 3 => 48, 4 => 64, _ => -1 };
        var wkb = HeaderLength + envelope;
        // WKB: byte order 1 (little-endian), geometry type 1 (Point, XY), then X and Y.
        if (envelope < 0 || blob.Length != wkb + 21 || blob[wkb] != 1 || BinaryPrimitives.ReadUInt32LittleEndian(blob.AsSpan(wkb + 1)) != 1)
        {
            return null;
        }

        var x = BinaryPrimitives.ReadDoubleLittleEndian(blob.AsSpan(wkb + 5));
        var y = BinaryPrimitives.ReadDoubleLittleEndian(blob.AsSpan(wkb + 13));
        return double.IsNaN(x) || double.IsNaN(y) ? null : Wgs84.CreatePoint(new Coordinate(x, y));
    }

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
