using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// What a bulk import leaves for its end instead of writing it with each claim, because per row it
/// cost more than everything else: the pre-counted tables (<see cref="CountTables"/>), whose insert
/// triggers join and upsert for every summary, area and actor row; the full-text index, where FTS5
/// flushes a segment at every statement of a transaction; and the GeoPackage R-tree's write
/// triggers, which call the ST_* functions five times per row. While the import writes its chunks
/// those triggers are dropped, and every claim written is listed with its search key in a temporary
/// table. At the end, in the same transaction, the counts and the index take the listed claims
/// set-wise and the triggers are created again from their own stored text, so no reader ever sees
/// them gone and a failed import rolls the drops back with the rest. The delete triggers stay: an
/// update removes its claim's old rows, which were counted before the import, as any write does.
/// A large import counts the claims it writes from then on aside, on another core (<see cref="CountAside"/>).
/// </summary>
internal sealed class ImportTail : IDisposable
{
    /// <summary>The insert triggers of the pre-counted tables: <see cref="Count"/> counts what they would have.</summary>
    private static readonly string[] CountTriggers =
    [
        "claim_cells_add", "claim_days_add", "claim_days_add_area", "claim_cell_days_add",
        "claim_area_values_add", "claim_area_values_add_area", "claim_area_values_add_actor",
    ];

    /// <summary>The claims this import wrote, as <c>claim_summary</c> rows.</summary>
    private const string WrittenSummary = "(SELECT s.* FROM temp.import_written w JOIN claim_summary s ON s.claim_fid = w.fid)";

    /// <summary>Each claim the import writes, with its search key.</summary>
    public static readonly RowTable Written = new("temp.import_written (fid, search_key)", 2);

    private static readonly string FillFromWritten = CountTables.FillFrom(WrittenSummary);

    private readonly IReadOnlyList<string> _countTriggers;
    private SideCounts? _aside;

    private ImportTail(IReadOnlyList<string> countTriggers) => _countTriggers = countTriggers;

    /// <summary>Drops the triggers and starts an empty list of written claims (a pooled connection may keep an earlier import's).</summary>
    public static ImportTail Begin(SqliteConnection connection, SqliteTransaction transaction) =>
        new(StoredTriggers.Drop(
            connection,
            transaction,
            CountTriggers,
            "DROP TABLE IF EXISTS temp.import_written; CREATE TEMP TABLE import_written (fid INTEGER PRIMARY KEY, search_key TEXT NOT NULL);" + GeoPackageSchema.DropClaimsIndexWriteTriggers));

    /// <summary>
    /// Counts the claims written so far, and from now on hands those written to <see cref="SideCounts"/>:
    /// for a large import, whose counting would be most of its end.
    /// </summary>
    public void CountAside(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = FillFromWritten;
        command.ExecuteNonQuery();
        _aside = SideCounts.Start(connection, transaction);
    }

    /// <summary>A chunk's claims, once written with their fids (and listed in <see cref="Written"/>).</summary>
    public void Wrote(IReadOnlyList<SideCounts.Claim> chunk) => _aside?.Add(chunk);

    /// <summary>No more claims: the counting aside starts.</summary>
    public void EndChunks() => _aside?.EndChunks();

    /// <summary>Indexes the claims written for search.</summary>
    public static void Index(SqliteConnection connection, SqliteTransaction transaction)
    {
        SearchMerges.FillForImport(connection, transaction, "SELECT fid, search_key FROM temp.import_written ORDER BY fid");
        ImportPhases.Ended("search index");
    }

    /// <summary>Counts the claims written, or adds those counted aside, and creates the triggers again.</summary>
    public void Count(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (_aside is null)
        {
            command.CommandText = FillFromWritten;
            command.ExecuteNonQuery();
        }
        else
        {
            _aside.MergeInto(connection, transaction);
        }

        command.CommandText = "DROP TABLE temp.import_written;" + StoredTriggers.Create(_countTriggers) + GeoPackageSchema.ClaimsIndexWriteTriggers;
        command.ExecuteNonQuery();
    }

    /// <summary>After the import's transaction has ended: the counting aside, if any, lets go of its scratch database.</summary>
    public void Dispose() => _aside?.Dispose();
}
