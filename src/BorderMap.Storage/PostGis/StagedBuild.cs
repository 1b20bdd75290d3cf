using System.Collections.Concurrent;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Builds what a committed <see cref="StagedImport"/> lacks: the claims' table in place-and-date
/// order (<see cref="OrderedClaimsCopy"/>), first and with its keys, then the indexes and foreign
/// keys of the store's tables, the keys its writes did without, and the counts (filled from the
/// claims, then their keys and indexes). The jobs, the longest first (the trigram index, then the counts), are
/// taken by <see cref="Connections"/> connections, one per core, each job in a transaction of its
/// own (<see cref="PostGisLocalSettings"/>). Each build runs without parallel workers of its own
/// (the connections are the parallelism) and with room to sort in memory.
/// </summary>
internal static class StagedBuild
{
    /// <summary>Connections building at once: the machines BorderMap is measured on have two cores.</summary>
    public const int Connections = 2;

    /// <summary>The memory each build may sort in; two at once.</summary>
    private const string BuildMemory = "1GB";

    /// <summary>Builds every index, key and count of the staged tables; the first failure is thrown once both connections have stopped.</summary>
    public static void Run(NpgsqlDataSource dataSource, StagedImport staged)
    {
        // Each job commits without waiting for the WAL flush, as the chunks do (StagedImport.CommitWithoutFlush says why that is safe).
        (string Name, string Value)[] settings = [("synchronous_commit", "off"), ("search_path", $"{staged.Schema}, public"), ("maintenance_work_mem", $"'{BuildMemory}'"), ("max_parallel_maintenance_workers", "0")];
        // Before any index, which the claims' copy would otherwise fill row by row.
        OrderedClaimsCopy.Run(dataSource, staged.Schema, settings);

        var jobs = new ConcurrentQueue<Action<NpgsqlConnection, NpgsqlTransaction>>(Jobs(dataSource, staged));
        var builders = Enumerable.Range(0, Connections).Select(_ => Task.Run(() =>
        {
            try
            {
                using var connection = dataSource.OpenConnection();
                while (jobs.TryDequeue(out var job))
                {
                    PostGisLocalSettings.Run(connection, settings, transaction => job(connection, transaction));
                }
            }
            catch
            {
                // The import is lost: the other connection starts nothing more.
                jobs.Clear();
                throw;
            }
        })).ToArray();
        try
        {
            Task.WaitAll(builders);
        }
        catch (AggregateException e)
        {
            throw e.InnerExceptions[0];
        }
    }

    /// <summary>Every build, the longest first and the foreign keys last (<see cref="StoreDefinition.Weight"/>): one job per index or foreign key, and one for all the counts.</summary>
    private static List<Action<NpgsqlConnection, NpgsqlTransaction>> Jobs(NpgsqlDataSource dataSource, StagedImport staged)
    {
        using var connection = dataSource.OpenConnection();
        var definitions = staged.Tables.SelectMany(t => StoreDefinitions.Of(connection, null, t)).ToList();
        var counted = definitions.Where(d => StagedImport.IsCounted(d.Table)).Select(d => d.For(staged.Schema)).ToList();
        var built = definitions.Where(d => !StagedImport.IsCounted(d.Table) && !(d.IsKey && StagedImport.IsKeyedWhileWriting(d.Table))).OrderByDescending(d => d.Weight).ToList();
        var jobs = new List<Action<NpgsqlConnection, NpgsqlTransaction>>();
        foreach (var definition in built)
        {
            jobs.Add((c, t) => StagedImport.Execute(c, t, definition.For(staged.Schema)));
            if (jobs.Count == 1)
            {
                jobs.Add((c, t) => Count(c, t, counted));
            }
        }

        return jobs.Count == 0 ? [(c, t) => Count(c, t, counted)] : jobs;
    }

    /// <summary>Counts every claim into the empty count tables and rollups, then builds their keys and indexes.</summary>
    private static void Count(NpgsqlConnection connection, NpgsqlTransaction transaction, List<string> keysAndIndexes)
    {
        DeferredCounts.CountFromEmpty(connection, transaction);
        keysAndIndexes.ForEach(sql => StagedImport.Execute(connection, transaction, sql));
    }
}
