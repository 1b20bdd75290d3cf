using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Puts the built tables of a <see cref="StagedImport"/> in place of the store's, in one short
/// transaction under the tables' exclusive locks: the store's tables move to a schema that is then
/// dropped, the staged ones move into <c>public</c> under the same names, and the store's triggers
/// are created on them again (from the catalog, <c>pg_get_triggerdef</c>). Moving a table keeps its
/// indexes, keys and identity, so no row is written. A reader waits for the moment of the swap and
/// then reads the whole import; other instances are told of the change as after any write
/// (<c>bordermap_changes</c>). The swap refuses a store that changed after it was copied, since
/// the copy would lose that write.
/// </summary>
internal static class StagedSwap
{
    /// <summary>Swaps the staged tables in; throws <see cref="ImportRejectedException"/>, with nothing changed, when the store changed meanwhile.</summary>
    public static void Run(NpgsqlConnection connection, StagedImport staged)
    {
        using var transaction = connection.BeginTransaction();
        var retired = staged.Schema + "_retired";
        StagedImport.Execute(connection, transaction, $"LOCK TABLE {string.Join(", ", staged.Tables.Select(t => "public." + t))} IN ACCESS EXCLUSIVE MODE");
        if (StagedImport.FingerprintOf(connection, transaction, staged.Tables) != staged.Fingerprint)
        {
            throw new ImportRejectedException([new ImportProblem(0, "store", "the store was written to while this import was being built into it; nothing of the import was kept: import it again")]);
        }

        var triggers = staged.Tables.SelectMany(t => StoreDefinitions.TriggersOf(connection, transaction, t)).ToList();
        StagedImport.Execute(connection, transaction, $"CREATE SCHEMA {retired}");
        foreach (var table in staged.Tables)
        {
            StagedImport.Execute(connection, transaction, $"ALTER TABLE public.{table} SET SCHEMA {retired}");
        }

        foreach (var table in staged.Tables)
        {
            StagedImport.Execute(connection, transaction, $"ALTER TABLE {staged.Schema}.{table} SET SCHEMA public");
        }

        triggers.ForEach(trigger => StagedImport.Execute(connection, transaction, trigger));
        StagedImport.Execute(connection, transaction, $"DROP SCHEMA {retired} CASCADE; DROP SCHEMA {staged.Schema}; SELECT pg_notify('bordermap_changes', '')");
        transaction.Commit();
    }
}
