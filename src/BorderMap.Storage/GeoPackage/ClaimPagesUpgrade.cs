using BorderMap.Core.Claims;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Gives a file whose derived tables (<see cref="DerivedSchema"/>) are older than version 4 the table
/// <c>claim_pages</c>: each claim's page item (<see cref="ClaimPageJson"/>), which a page copies out
/// instead of decoding the claim's columns. The claims are read a chunk at a time by fid and their
/// items built in parallel. Runs when the file is opened, after <see cref="AreaDaysUpgrade"/> and
/// before any later upgrade, in the same transaction, which re-checks the version, so one process
/// does it, once. A table of its own, not a column of <c>claims</c>: GDAL and QGIS show the claims
/// layer's columns, and a layer converted to GeoJSON must keep the shape of the API's claims.
/// </summary>
internal static class ClaimPagesUpgrade
{
    /// <summary>The version of the derived tables that hold <c>claim_pages</c>.</summary>
    public const int Version = 4;

    public const string CreateTable = "CREATE TABLE IF NOT EXISTS claim_pages (claim_fid INTEGER PRIMARY KEY, json BLOB NOT NULL);";

    private const int ChunkSize = 5000;

    /// <summary>Upgrades the file if its derived tables are older than <see cref="Version"/>; <paramref name="page"/> builds a claim's item, <paramref name="place"/> reads a claim row.</summary>
    public static void Apply(SqliteConnection connection, SqliteTransaction transaction, Func<Claim, byte[]> page, Func<(string Id, ClaimData Data, byte[] Geometry), Claim> place)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (!DerivedSchema.IsBefore(command, Version))
        {
            return;
        }

        command.CommandText = CreateTable + "DELETE FROM claim_pages;";
        command.ExecuteNonQuery();
        command.CommandText = $"SELECT {ClaimRows.SelectColumns}, fid FROM claims WHERE fid > $after ORDER BY fid LIMIT {ChunkSize}";
        var position = command.Parameters.AddWithValue("$after", 0L);
        using (var rows = new RowInserter(connection, "claim_pages (claim_fid, json)", 2))
        {
            for (List<(long Fid, Claim Claim)> claims; (claims = Read(command, place)).Count > 0; position.Value = claims[^1].Fid)
            {
                var pages = new byte[claims.Count][];
                Parallel.For(0, claims.Count, i => pages[i] = page(claims[i].Claim));
                for (var i = 0; i < claims.Count; i++)
                {
                    rows.Add(claims[i].Fid).Add(pages[i]);
                }

                rows.Flush();
            }
        }

        command.Parameters.Clear();
        command.CommandText = $"DELETE FROM bordermap_schema; INSERT INTO bordermap_schema VALUES ({Version});";
        command.ExecuteNonQuery();
    }

    private static List<(long Fid, Claim Claim)> Read(SqliteCommand command, Func<(string Id, ClaimData Data, byte[] Geometry), Claim> place)
    {
        using var reader = command.ExecuteReader();
        return MalformedRows.ReadAll(reader, row => (row.GetInt64(ClaimRows.SelectColumnCount), place(ClaimRows.Read(row))));
    }
}
