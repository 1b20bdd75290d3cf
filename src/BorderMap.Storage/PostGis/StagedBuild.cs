using System.Collections.Concurrent;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Builds what a committed <see cref="StagedImport"/> lacks: the claims' table in place-and-date
/// order (<see cref="OrderedClaimsCopy"/>) with its keys and the count tables counted on the way, the indexes and foreign keys
/// of the store's tables, the keys its writes did without, and the month rollups (summed from the count tables, then the
/// count tables' keys and indexes). <see cref="Connections"/> connections, one per core, build at once, each job in a
/// transaction of its own (<see cref="PostGisLocalSettings"/>): the first writes the claims while the
/// second builds the indexes of the other tables; then both take the jobs left, the longest first (the
/// trigram index, then the counts) and the foreign keys last (<see cref="StagedBuildQueue"/>). Each build
/// runs without parallel workers of its own (the connections are the parallelism) and with room to sort in memory.
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
        var queue = new StagedBuildQueue(Jobs(dataSource, staged));
        var builders = Enumerable.Range(0, Connections).Select(builder => Task.Run(() =>
        {
            try
            {
                using var connection = dataSource.OpenConnection();
                if (builder == 0)
                {
                    // Before any index of the claims, which their copy would otherwise fill row by row.
                    OrderedClaimsCopy.Write(connection, staged.Schema, staged.Created, settings);
                    queue.ClaimsWritten();
                }

                while (queue.TryTake(out var job))
                {
                    PostGisLocalSettings.Run(connection, settings, transaction => job(connection, transaction));
                }
            }
            catch
            {
                // The import is lost: the other connection starts nothing more.
                queue.Stop();
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

    /// <summary>
    /// Every build, the longest first and the foreign keys last (<see cref="StoreDefinition.Weight"/>): one job per
    /// index or foreign key, and one for the month rollups and the count tables' keys, second, which waits for the claims' copy.
    /// </summary>
    private static List<StagedBuildJob> Jobs(NpgsqlDataSource dataSource, StagedImport staged)
    {
        using var connection = dataSource.OpenConnection();
        var definitions = staged.Tables.SelectMany(t => StoreDefinitions.Of(connection, null, t)).ToList();
        var counted = definitions.Where(d => StagedImport.IsCounted(d.Table)).Select(d => d.For(staged.Schema)).ToList();
        var built = definitions.Where(d => !StagedImport.IsCounted(d.Table) && !(d.IsKey && StagedImport.IsKeyedWhileWriting(d.Table))).OrderByDescending(d => d.Weight).ToList();
        var count = new StagedBuildJob((c, t) => RollUp(c, t, counted), NeedsOrderedClaims: true);
        var jobs = new List<StagedBuildJob>();
        foreach (var definition in built)
        {
            var needsClaims = definition.Table == OrderedClaimsCopy.Table || definition.IsForeignKey;
            jobs.Add(new StagedBuildJob((c, t) => StagedImport.Execute(c, t, definition.For(staged.Schema)), needsClaims));
            if (jobs.Count == 1)
            {
                jobs.Add(count);
            }
        }

        return jobs.Count == 0 ? [count] : jobs;
    }

    /// <summary>
    /// Sums the empty month rollups from the day tables, which the claims' ordered copy counted (<see cref="ImportCounts"/>), then
    /// builds the keys and indexes of every count table.
    /// </summary>
    private static void RollUp(NpgsqlConnection connection, NpgsqlTransaction transaction, List<string> keysAndIndexes)
    {
        DeferredCounts.RollUpFromEmpty(connection, transaction);
        keysAndIndexes.ForEach(sql => StagedImport.Execute(connection, transaction, sql));
    }
}
