using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.PostGis;
using BorderMap.Storage.Writes;
using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A PostGIS import large beside its store, and not staged beside it (<see cref="PostGisStagedImportTests"/>),
/// writes its claims without their secondary indexes and builds them at its end, in its own transaction: afterwards every index, key and trigger is back
/// as the migrations defined it and valid (also those of the count tables, which a first import
/// fills from empty without them), the counts and month rollups are those a recount gives and
/// stay so through a later edit, a failed import leaves every index in place, and while it runs other
/// sessions wait for the table. An import smaller than the store keeps the indexes, and the
/// claims stay readable while it runs.
/// </summary>
[Collection(PostGisTestGroup.Name)]
public sealed class PostGisBulkImportTests(PostGisServer server)
{
    /// <summary>The word only this test's imported claims carry in their note (constructed text).</summary>
    private const string ImportWord = "bulkloadmarker";

    [Fact]
    public async Task A_large_import_rebuilds_every_index_as_defined_and_others_wait_for_it_while_it_runs()
    {
        var database = await server.NewDatabaseAsync();
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        var before = await PostGisCatalog.SchemaAsync(database);
        var reads = new ReadDuringImport(database);

        var report = await store.ImportAsync(Drafts("large", ImportedCount), InPlace(reads));

        Assert.Equal(ImportedCount, report.Created);
        Assert.Equal(before, await PostGisCatalog.SchemaAsync(database));
        Assert.True(reads.Attempts > 0);
        Assert.Equal(0, reads.Answered);
        Assert.Equal(ImportedCount, (await store.QueryAsync(new ClaimFilter { Text = ImportWord })).Count);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], await CountsApartFromRecountAsync(database));
        Assert.InRange(await CellSumsApartFromRecountAsync(database), 0, 1e-12);
        Assert.Equal(["counted claims = stored claims"], await PostGisCatalog.LinesAsync(database, PostGisCatalog.CountedEveryClaim));

        var edited = (await store.FindClaimAsync("large-3"))!;
        await store.UpdateClaimAsync(edited.Id, edited.Data.Version, Drafts("large", 4).Last().With(d => d with { Category = "refugees", EventDate = "2020-02-29" }), "ana");
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], await CountsApartFromRecountAsync(database));
    }

    [Fact]
    public async Task An_import_smaller_than_the_store_leaves_the_claims_readable_while_it_runs()
    {
        var database = await server.NewDatabaseAsync();
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        await store.ImportAsync(Drafts("first", ImportedCount), new ImportOptions());
        var reads = new ReadDuringImport(database);

        await store.ImportAsync(Drafts("second", ImportedCount - 2), new ImportOptions(Progress: reads));

        Assert.True(reads.Attempts > 0);
        Assert.Equal(reads.Attempts, reads.Answered);
    }

    [Fact]
    public async Task A_large_import_that_fails_after_writing_a_chunk_leaves_every_index_and_no_claim()
    {
        var database = await server.NewDatabaseAsync();
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        var before = await PostGisCatalog.SchemaAsync(database);
        var drafts = Drafts("failing", ImportedCount).Select((d, i) => i == ImportedCount - 1 ? d.With(c => c with { Category = "rumour" }) : d);
        var reads = new ReadDuringImport(database);

        await Assert.ThrowsAsync<ImportRejectedException>(() => store.ImportAsync(drafts, InPlace(reads)));

        Assert.Equal(0, reads.Answered);
        Assert.Equal(before, await PostGisCatalog.SchemaAsync(database));
        Assert.Null(await store.FindClaimAsync("failing-0"));
        Assert.Empty(await store.QueryAsync(new ClaimFilter { Text = ImportWord }));
    }

    /// <summary>
    /// An import that writes in place however small the store: one that registers sources (here the
    /// store's own, which it leaves as they are), since those are written into the store before its claims.
    /// </summary>
    private static ImportOptions InPlace(IProgress<int> progress) => new(Progress: progress, Sources: TestData.Seed.Sources);

    /// <summary>More than one chunk: the first is written before the last is read.</summary>
    private static int ImportedCount => ChunkedImport.ChunkSize + 7;

    /// <summary>Valid claims on a grid across the Panj, each carrying <see cref="ImportWord"/> in its note.</summary>
    private static IEnumerable<ClaimDraft> Drafts(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => TestData.PointDraft($"{prefix}-{i}", lon: 69.0 + (i % 80) * 0.05, lat: 36.5 + (i / 80) * 0.03)
            .With(d => d with { Note = $"Constructed claim, marked {ImportWord}." }));

    /// <summary>
    /// For each pre-counted table, then each month rollup, how many rows differ between what it
    /// holds and a recount of every stored claim (of every day row, for a rollup) by the migrations'
    /// own statements (made and rolled back in one transaction).
    /// </summary>
    private static async Task<List<long>> CountsApartFromRecountAsync(string database)
    {
        var claims = $"SELECT {CountTablesMigration.Changed}, 1 AS n FROM claims";
        const string Emptied = "DELETE FROM claim_cells; DELETE FROM claim_days; DELETE FROM claim_cell_days; DELETE FROM claim_area_values; ";
        (string Table, string Fill)[] recounts =
        [
            ("claim_cells", Emptied + CellRowsMigration.AddCells($"SELECT {CellRowsMigration.Changed}, 1 AS n FROM claims")),
            ("claim_days", Emptied + CountTablesMigration.AddDays(claims)),
            ("claim_cell_days", Emptied + ClusterCellDaysMigration.AddCellDays(claims)),
            ("claim_area_values", Emptied + AreaValuesMigration.AddValues($"SELECT {AreaValuesMigration.Changed}, 1 AS n FROM claims")),
            .. MonthRollup.All.Select(r => (r.MonthTable, MonthRollupsMigration.Refill(r))),
        ];
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var apart = new List<long>();
        foreach (var (table, fill) in recounts)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = new NpgsqlCommand(
                $"CREATE TEMP TABLE kept ON COMMIT DROP AS SELECT * FROM {table}; {fill}" +
                $"SELECT count(*) FROM ((SELECT {Compared("k")} FROM kept k EXCEPT ALL SELECT {Compared("t")} FROM {table} t) " +
                $"UNION ALL (SELECT {Compared("t")} FROM {table} t EXCEPT ALL SELECT {Compared("k")} FROM kept k)) AS apart",
                connection,
                transaction);
            apart.Add((long)(await command.ExecuteScalarAsync())!);
            await transaction.RollbackAsync();
        }

        return apart;
    }

    /// <summary>
    /// The largest relative difference between an anchor sum of <c>claim_cells</c> (per category
    /// <c>x_…</c>, <c>y_…</c>, which place a cluster's mean anchor) and the same sum of a recount by the
    /// trigger's statement: an import fills the cells of each zoom from the zoom below, which adds the
    /// same anchors in another order, so the sums may differ in the last bits only.
    /// </summary>
    private static async Task<double> CellSumsApartFromRecountAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            "CREATE TEMP TABLE kept ON COMMIT DROP AS SELECT * FROM claim_cells; DELETE FROM claim_cells; " +
            CellRowsMigration.AddCells($"SELECT {CellRowsMigration.Changed}, 1 AS n FROM claims") +
            $"SELECT coalesce(max(abs((s.value)::float8 - (to_jsonb(t) -> s.key)::float8) / greatest(abs((to_jsonb(t) -> s.key)::float8), 1)), 0) " +
            $"FROM kept k JOIN claim_cells t USING ({ClusterCellRows.Key}) CROSS JOIN jsonb_each(to_jsonb(k)) AS s WHERE s.key ~ '^[xy]_'",
            connection,
            transaction);
        var apart = (double)(await command.ExecuteScalarAsync())!;
        await transaction.RollbackAsync();
        return apart;
    }

    /// <summary>
    /// A count row's key and counts; the cells' coordinate sums (<c>sum_x</c>, <c>sum_y</c>, and per
    /// category <c>x_…</c>, <c>y_…</c>) are left out, since floating-point sums depend on the order they were added in.
    /// </summary>
    private static string Compared(string row) =>
        $"(SELECT jsonb_object_agg(key, value) FROM jsonb_each(to_jsonb({row})) WHERE key NOT IN ('sum_x', 'sum_y') AND key !~ '^[xy]_')";

    /// <summary>
    /// At each progress report, while the import's transaction is open, reads the claims from
    /// another session that will not wait for a lock; counts the reads tried and those answered.
    /// </summary>
    private sealed class ReadDuringImport(string database) : IProgress<int>
    {
        public int Attempts { get; private set; }

        public int Answered { get; private set; }

        public void Report(int value)
        {
            Attempts++;
            using var connection = new NpgsqlConnection(database);
            connection.Open();
            using var command = new NpgsqlCommand("SET lock_timeout = '200ms'; SELECT count(*) FROM claims", connection);
            try
            {
                command.ExecuteScalar();
                Answered++;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
            {
                // The import holds the table: this reader would wait for it.
            }
        }
    }
}
