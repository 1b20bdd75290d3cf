using Microsoft.Data.Sqlite;
using Npgsql;

namespace BorderMap.Storage;

/// <summary>
/// A failure of the storage under the store rather than of the request: a full disk, a read-only
/// file system, a locked or corrupt file, PostgreSQL down or out of room. The HTTP server answers
/// it with 503 and the CLI with exit 2, both naming <see cref="Cause"/>; <see cref="MayPass"/>
/// says whether retrying later can help (a restart, a lock, space freed), for <c>Retry-After</c>.
/// </summary>
public sealed record StorageFault(string Cause, bool MayPass)
{
    private const int Enospc = 28;
    private const int Erofs = 30;

    /// <summary>The fault <paramref name="exception"/> (or one it wraps) stands for, or null when it is not a storage failure.</summary>
    public static StorageFault? From(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (Classify(e) is { } fault)
            {
                return fault;
            }
        }

        return null;
    }

    private static StorageFault? Classify(Exception e) => e switch
    {
        SqliteException sqlite => FromSqlite(sqlite),
        PostgresException postgres => FromPostgres(postgres),
        NpgsqlException npgsql => new($"PostgreSQL cannot be reached: {npgsql.Message}", MayPass: true),
        IOException io when (io.HResult & 0xFFFF) == Enospc => new("the disk holding the store is full", MayPass: true),
        IOException io when (io.HResult & 0xFFFF) == Erofs => new("the store is on a read-only file system", MayPass: false),
        _ => null,
    };

    /// <summary>By SQLite's primary result codes: 13 full, 8 read-only, 5 and 6 busy or locked, 10 I/O error, 11 and 26 corrupt, 14 cannot open.</summary>
    private static StorageFault? FromSqlite(SqliteException e) => (e.SqliteErrorCode & 0xFF) switch
    {
        13 => new("the disk holding the store is full", MayPass: true),
        8 => new("the store is read-only (the file, its folder or the file system)", MayPass: false),
        5 or 6 => new("the store is locked by another writer", MayPass: true),
        10 => new($"the store could not be read or written: {e.Message}", MayPass: true),
        11 or 26 => new("the store file is corrupt", MayPass: false),
        14 => new("the store file cannot be opened", MayPass: false),
        _ => null,
    };

    /// <summary>SQLSTATE classes 08 (connection), 53 (insufficient resources), 57 (operator intervention), 58 (system error), and read-only transactions.</summary>
    private static StorageFault? FromPostgres(PostgresException e) => e.SqlState switch
    {
        "53100" => new("PostgreSQL's disk is full", MayPass: true),
        "25006" => new("PostgreSQL refuses writes (a read-only server or replica)", MayPass: false),
        var s when s.StartsWith("08", StringComparison.Ordinal) || s.StartsWith("53", StringComparison.Ordinal)
            || s.StartsWith("57", StringComparison.Ordinal) || s.StartsWith("58", StringComparison.Ordinal) =>
            new($"PostgreSQL is unavailable: {e.MessageText}", MayPass: true),
        _ => null,
    };
}
