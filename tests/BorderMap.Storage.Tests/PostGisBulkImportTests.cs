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
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], await PostGisRecount.CountsApartAsync(database));
        Assert.InRange(await PostGisRecount.CellSumsApartAsync(database), 0, 1e-12);
        Assert.Equal(["counted claims = stored claims"], await PostGisCatalog.LinesAsync(database, PostGisCatalog.CountedEveryClaim));

        var edited = (await store.FindClaimAsync("large-3"))!;
        await store.UpdateClaimAsync(edited.Id, edited.Data.Version, Drafts("large", 4).Last().With(d => d with { Category = "refugees", EventDate = "2020-02-29" }), "ana");
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], await PostGisRecount.CountsApartAsync(database));
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
