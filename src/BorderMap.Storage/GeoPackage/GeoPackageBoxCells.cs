using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// A box's claims read from a GeoPackage's pre-counted cells (<see cref="BoxCells"/>), shared by the
/// sort walk and the count budget, which both choose their route by it.
/// </summary>
internal static class GeoPackageBoxCells
{
    /// <summary>The claims the box holds by its cells (an upper bound) and the store's claims.</summary>
    public static (long InBox, long All) Claims(SqliteConnection connection, Envelope box) =>
        SqliteRows.Select(
            connection,
            BoxCells.Sql('$'),
            BoxCells.Parameters(box).ToDictionary(p => "$" + p.Name, p => (object)p.Value),
            r => (r.GetInt64(0), r.GetInt64(1)))[0];
}
