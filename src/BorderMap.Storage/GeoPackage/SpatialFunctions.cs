using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The SQL functions the GeoPackage R-tree triggers call. SQLite knows none of them, so they are
/// registered on every connection; without them every insert into <c>claims</c> fails with
/// "no such function: ST_MinX". GDAL and QGIS register their own when they edit the file.
/// </summary>
internal static class SpatialFunctions
{
    public static void Register(SqliteConnection connection)
    {
        connection.CreateFunction("ST_MinX", (byte[]? blob) => Bound(blob, e => e.MinX), isDeterministic: true);
        connection.CreateFunction("ST_MaxX", (byte[]? blob) => Bound(blob, e => e.MaxX), isDeterministic: true);
        connection.CreateFunction("ST_MinY", (byte[]? blob) => Bound(blob, e => e.MinY), isDeterministic: true);
        connection.CreateFunction("ST_MaxY", (byte[]? blob) => Bound(blob, e => e.MaxY), isDeterministic: true);
        connection.CreateFunction("ST_IsEmpty", (byte[]? blob) => blob is null || GeometryBlob.IsEmpty(blob), isDeterministic: true);
    }

    // The insert trigger asks for all four bounds of the same blob in a row; the envelope is computed once.
    [ThreadStatic]
    private static (byte[] Blob, Envelope? Envelope)? _last;

    private static double? Bound(byte[]? blob, Func<Envelope, double> pick)
    {
        if (blob is null)
        {
            return null;
        }

        if (_last is not { } last || !last.Blob.AsSpan().SequenceEqual(blob))
        {
            last = (blob, GeometryBlob.Envelope(blob));
            _last = last;
        }

        return last.Envelope is { } envelope ? pick(envelope) : null;
    }
}
