using SQLitePCL;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// How the process's SQLite guards its connections. e_sqlite3 is built serialized: every call on a
/// connection (each bind, step and reset) takes that connection's mutex, and every allocation SQLite
/// makes takes a global one to keep its memory statistics. BorderMap never uses a connection on two
/// threads at once — one is taken from the pool, or held under the store's write gate, by one thread
/// at a time, and <c>sqlite3_interrupt</c>, the one call made from another thread, takes no mutex — and
/// reads no memory statistics, so neither lock guards anything here. In a 100,000-claim import they
/// were 5 % of the transaction's thread (measured, 2026-12-05).
/// </summary>
public static class SqliteThreading
{
    /// <summary>
    /// Puts SQLite in multi-thread mode without memory statistics. SQLite takes this only before its
    /// first use in the process, so it is the first thing the program does; when SQLite was in use
    /// already, it refuses and stays serialized, which is as correct, only slower, so the refusal is
    /// not an error.
    /// </summary>
    public static void UseUnguardedConnections()
    {
        Batteries_V2.Init();
        if (raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK)
            raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
