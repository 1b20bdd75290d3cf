using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The month rollups (<see cref="MonthRollupSchema"/>) left unkept for the rest of a large import
/// and added up again at its end. Kept by row triggers, every day row the import's set-wise counts
/// insert or change upserts a month row too: at 100,000 claims half a million cell-day rows, each
/// one more upsert, and most of the end of the import. Adding up each whole day table once into its
/// emptied month table is one sort, and exact whatever the chunks did to the day rows meanwhile
/// (an update's old rows are still uncounted by the day tables' own delete triggers). Only for an
/// import as large as the store (<see cref="Writes.ImportScale"/>): the sum reads every day row,
/// the stored claims' as well. In the import's transaction, so a failed import rolls the drop back.
/// </summary>
internal sealed class PausedMonthRollups
{
    private readonly IReadOnlyList<string> _triggers;

    private PausedMonthRollups(IReadOnlyList<string> triggers) => _triggers = triggers;

    /// <summary>Drops the rollups' triggers, remembering their text for <see cref="Resume"/>.</summary>
    public static PausedMonthRollups Pause(SqliteConnection connection, SqliteTransaction transaction) =>
        new(StoredTriggers.Drop(connection, transaction, [.. MonthRollup.All.SelectMany(MonthRollupSchema.Triggers)]));

    /// <summary>Adds up each month table from its day table again and creates the triggers again; after the day tables' last write of the import.</summary>
    public void Resume(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = string.Concat(MonthRollup.All.Select(r => $"DELETE FROM {r.MonthTable};" + MonthRollupSchema.Fill(r)))
            + StoredTriggers.Create(_triggers);
        command.ExecuteNonQuery();
    }
}
