using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Lets SQLite read the file through a memory map (<c>PRAGMA mmap_size</c>) instead of one
/// <c>pread</c> and a copy per 4 KiB page. A page of <c>GET /api/claims</c> (a box and a 30-day
/// window, 500 claims) reads ~1,000 pages scattered over the file, which the connection's own page
/// cache (2 MiB) cannot keep between requests: ~1,000 system calls a page, a large part of the
/// server's CPU per page (bench/RESULTS.md, 2026-12-04). The mapped pages are the operating
/// system's file cache, shared and reclaimable, not the process's own memory; they count in its
/// resident size as it touches them. SQLite clamps the size to the largest it was built for.
/// </summary>
internal static class MappedReads
{
    /// <summary>The whole of any store SQLite can map.</summary>
    private const long MapBytes = 1L << 40;

    public static void Use(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA mmap_size = {MapBytes}";
        command.ExecuteNonQuery();
    }
}
