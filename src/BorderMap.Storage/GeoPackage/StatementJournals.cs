namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Inside a transaction SQLite copies each page a statement changes, that existed before the
/// statement began, to a statement journal, so that the statement alone can be undone; beyond
/// 64 KiB the journal spills to a temporary file. With the ten or so statements an import runs per
/// claim, that was some twenty page writes to disk per claim, more system time than the import's
/// own writes. A spill threshold of 16 MiB keeps every statement's journal in memory but for a few
/// very large statements, whose memory stays bounded all the same. SQLite takes the setting only
/// before the process's first connection; if one was opened earlier it refuses, and the default
/// stands: slower, never wrong.
/// </summary>
internal static class StatementJournals
{
    /// <summary>SQLITE_CONFIG_STMTJRNL_SPILL.</summary>
    private const int SpillOption = 26;

    private const int SpillBytes = 16 << 20;

    public static void KeepInMemory()
    {
        SQLitePCL.Batteries_V2.Init();
        SQLitePCL.raw.sqlite3_config(SpillOption, SpillBytes);
    }
}
