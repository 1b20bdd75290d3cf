using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace BorderMap.GeodataBuild;

/// <summary>One row of the <c>states_provinces</c> layer, with the attributes needed to identify it.</summary>
internal sealed record Admin1Row(long Fid, string CountryIso, string Name, string? WoeName, string? GnName, Geometry Geometry);

/// <summary>Reads QGIS's world_map.gpkg (Natural Earth 10m, simplified) for a set of ISO 3166-1 alpha-2 codes.</summary>
internal sealed class NaturalEarthReader(string geoPackagePath)
{
    public IReadOnlyList<Admin1Row> ReadAdmin1(IReadOnlyCollection<string> countryIsoCodes) =>
        Query(
            "states_provinces",
            "fid, iso_a2, name, woe_name, gn_name, geom",
            "iso_a2",
            countryIsoCodes,
            (reader, geometry) => new Admin1Row(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                geometry));

    /// <summary>The admin-0 polygons, used only to cross-check the countries dissolved from admin-1 rows.</summary>
    public IReadOnlyDictionary<string, Geometry> ReadCountries(IReadOnlyCollection<string> countryIsoCodes) =>
        Query("countries", "iso_a2, geom", "iso_a2", countryIsoCodes, (reader, geometry) => (Iso: reader.GetString(0), Geometry: geometry))
            .ToDictionary(c => c.Iso, c => c.Geometry, StringComparer.Ordinal);

    private List<T> Query<T>(string table, string columns, string isoColumn, IReadOnlyCollection<string> isoCodes, Func<SqliteDataReader, Geometry, T> map)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = geoPackagePath, Mode = SqliteOpenMode.ReadOnly }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        var parameters = isoCodes.Select((code, i) => (Name: "$iso" + i, Code: code)).ToList();
        // Table and column names are constants of this class; only the codes come from callers, as parameters.
#pragma warning disable CA2100
        command.CommandText = $"SELECT {columns} FROM {table} WHERE {isoColumn} IN ({string.Join(", ", parameters.Select(p => p.Name))}) ORDER BY fid";
#pragma warning restore CA2100
        foreach (var (name, code) in parameters)
        {
            command.Parameters.AddWithValue(name, code);
        }

        var geometryReader = new GeoPackageGeoReader();
        var rows = new List<T>();
        using var reader = command.ExecuteReader();
        var geometryOrdinal = reader.GetOrdinal("geom");
        while (reader.Read())
        {
            var blob = (byte[])reader.GetValue(geometryOrdinal);
            rows.Add(map(reader, geometryReader.Read(blob)));
        }

        return rows;
    }
}
