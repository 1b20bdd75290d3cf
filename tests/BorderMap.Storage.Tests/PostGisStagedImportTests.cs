using System.Globalization;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.PostGis;
using NetTopologySuite.Geometries;
using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A PostGIS import large before it has written a thing (a store holding fewer claims than it
/// creates) is written into tables of its own beside the store, built once committed and swapped
/// in: while it runs, readers see the store as it was, never a part of the import; afterwards the
/// store holds every claim with its history, counted, under every index, key and trigger the
/// migrations define, and other instances hear of it. If the store was written to meanwhile, the
/// import is refused whole and nothing of it is left. A later import smaller than the store
/// writes in place. The threshold is lowered (<see cref="ImportOptions.LargeFrom"/>) so that a few
/// hundred claims take this route; the same answers as writing row by row are checked by the
/// contract (<see cref="ClaimStoreContract"/>, the first large import into an empty store).
/// </summary>
[Collection(PostGisTestGroup.Name)]
public sealed class PostGisStagedImportTests(PostGisServer server)
{
    private const int Imported = 300;

    private const int LargeFrom = 100;

    [Fact]
    public async Task A_first_large_import_is_built_beside_the_store_and_appears_whole_to_readers_and_other_instances()
    {
        var database = await server.NewDatabaseAsync();
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        await using var other = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        var seeded = await CountAsync(database, "SELECT count(*) FROM claims");
        var before = await PostGisCatalog.SchemaAsync(database);
        var seen = await other.PositionAsync();
        var heard = other.WaitForChangeAsync(seen, TimeSpan.FromMinutes(2));
        var watch = new WatchDuringImport(database);
        var table = await CountAsync(database, ClaimsTable);

        var report = await store.ImportAsync(Drafts("staged", Imported), new ImportOptions(Progress: watch, LargeFrom: LargeFrom));

        Assert.Equal(Imported, report.Created);
        Assert.Equal([seeded], watch.Seen);
        Assert.NotEqual(table, await CountAsync(database, ClaimsTable));
        Assert.Equal(before, await PostGisCatalog.SchemaAsync(database));
        Assert.Equal(0, await CountAsync(database, StagingSchemas));
        Assert.Equal(Imported, (await store.QueryAsync(new ClaimFilter { Text = "stagedmarker" })).Count);
        Assert.Equal(Imported, await CountAsync(database, "SELECT count(*) FROM claim_history WHERE claim_id LIKE 'staged-%' AND action = 'create'"));
        Assert.Equal(["counted claims = stored claims"], await PostGisCatalog.LinesAsync(database, PostGisCatalog.CountedEveryClaim));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], await PostGisRecount.CountsApartAsync(database));
        Assert.InRange(await PostGisRecount.CellSumsApartAsync(database), 0, 1e-12);
        Assert.True((await heard.WaitAsync(TimeSpan.FromMinutes(2))).History > seen.History);

        var edited = (await store.FindClaimAsync("staged-3"))!;
        await store.UpdateClaimAsync(edited.Id, edited.Data.Version, Drafts("staged", 4).Last().With(d => d with { Category = "refugees" }), "ana");
        Assert.Equal(["counted claims = stored claims"], await PostGisCatalog.LinesAsync(database, PostGisCatalog.CountedEveryClaim));
        Assert.Equal(2, (await store.HistoryAsync("staged-3")).Count);
    }

    [Fact]
    public async Task A_staged_import_into_a_store_written_meanwhile_is_refused_whole_and_the_store_stays_usable()
    {
        var database = await server.NewDatabaseAsync();
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        await using var other = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        var before = await PostGisCatalog.SchemaAsync(database);
        var table = await CountAsync(database, ClaimsTable);
        var meanwhile = new WriteDuringImport(other);

        var refused = await Assert.ThrowsAsync<ImportRejectedException>(() => store.ImportAsync(Drafts("refused", Imported), new ImportOptions(Progress: meanwhile, LargeFrom: LargeFrom)));

        Assert.Contains("written to while this import was being built", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(before, await PostGisCatalog.SchemaAsync(database));
        Assert.Equal(0, await CountAsync(database, StagingSchemas));
        Assert.Equal(table, await CountAsync(database, ClaimsTable));
        Assert.Null(await store.FindClaimAsync("refused-0"));
        Assert.Equal(0, await CountAsync(database, "SELECT count(*) FROM claim_history WHERE claim_id LIKE 'refused-%'"));
        Assert.NotNull(await store.FindClaimAsync("meanwhile"));

        var report = await store.ImportAsync(Drafts("again", Imported), new ImportOptions(LargeFrom: LargeFrom));
        Assert.Equal(Imported, report.Created);
        Assert.Equal(Imported, (await store.QueryAsync(new ClaimFilter { Text = "againmarker" })).Count);
    }

    [Fact]
    public async Task An_import_after_a_staged_one_and_smaller_than_the_store_is_written_in_place()
    {
        var database = await server.NewDatabaseAsync();
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        await store.ImportAsync(Drafts("first", Imported), new ImportOptions(LargeFrom: LargeFrom));
        var stored = await CountAsync(database, "SELECT count(*) FROM claims");
        var table = await CountAsync(database, ClaimsTable);

        var report = await store.ImportAsync(Drafts("second", Imported - 10), new ImportOptions(LargeFrom: LargeFrom));

        Assert.Equal(Imported - 10, report.Created);
        Assert.Equal(table, await CountAsync(database, ClaimsTable));
        Assert.Equal(stored + Imported - 10, await CountAsync(database, "SELECT count(*) FROM claims"));
        Assert.Equal(["counted claims = stored claims"], await PostGisCatalog.LinesAsync(database, PostGisCatalog.CountedEveryClaim));
    }

    /// <summary>
    /// The area rows' key is built once their rows are all written, so it is as small as a key built
    /// afresh from them: kept while the rows arrived, in no order of the key, its pages split in
    /// half and it stayed about half empty (18 MB against 11 MB at 100,000 claims).
    /// </summary>
    [Fact]
    public async Task The_area_rows_key_of_a_staged_import_is_as_compact_as_one_built_afresh()
    {
        var database = await server.NewDatabaseAsync();
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);

        await store.ImportAsync(Drafts("keyed", 3000), new ImportOptions(LargeFrom: LargeFrom));

        var built = await CountAsync(database, "SELECT pg_relation_size('claim_areas_pkey')");
        await ExecuteAsync(database, "REINDEX INDEX claim_areas_pkey");
        Assert.True(await CountAsync(database, "SELECT count(*) FROM claim_areas") > 3000);
        Assert.Equal(await CountAsync(database, "SELECT pg_relation_size('claim_areas_pkey')"), built);
    }

    /// <summary>
    /// A staged import leaves its claims' pages all-visible and all-frozen as soon as it has ended
    /// (the claims are written in order, then frozen), so readers skip the rows' visibility checks
    /// and the vacuum after a large insert has nothing to rewrite; written without freezing, every
    /// page is left for it.
    /// </summary>
    [Fact]
    public async Task A_staged_import_leaves_every_page_of_its_claims_frozen()
    {
        // A store seeded beforehand: seeding on this opening would clean the search key's pending list a
        // second later (PendingSearchKeys), and a cleaning still running when the import freezes keeps
        // the claims from being frozen, which is the store's upkeep beside writes, not the import.
        var database = await server.NewSeededStoreDatabaseAsync(TestData.Geodata.Areas, TestData.Seed);
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);

        await store.ImportAsync(Drafts("frozen", 3000), new ImportOptions(LargeFrom: LargeFrom));

        await ExecuteAsync(database, "CREATE EXTENSION IF NOT EXISTS pg_visibility");
        var pages = await CountAsync(database, "SELECT pg_relation_size('claims') / current_setting('block_size')::bigint");
        Assert.True(pages > 10);
        Assert.InRange(await CountAsync(database, "SELECT all_frozen FROM pg_visibility_map_summary('claims')"), pages * 9 / 10, pages);
    }

    /// <summary>
    /// A staged import writes its claims in place-and-date order: those of a small box and a short
    /// window lie together on a few table pages, where in the order they came (their dates unrelated
    /// to their places) nearly each one lies on a page of its own. Pages in the order of creation
    /// still give them in the import's order, each once, across the cursor.
    /// </summary>
    [Fact]
    public async Task A_staged_import_lays_a_box_and_windows_claims_together_and_keeps_their_order_of_creation()
    {
        var database = await server.NewDatabaseAsync();
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        var first = new DateOnly(2021, 1, 1);
        var drafts = Drafts("ordered", 3000).Select((draft, i) => draft.With(d => d with { EventDate = first.AddDays(i * 37 % 360).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })).ToList();
        await store.ImportAsync(drafts, new ImportOptions(LargeFrom: LargeFrom));
        var (from, to) = (new DateOnly(2021, 3, 1), new DateOnly(2021, 4, 30));
        var filter = new ClaimFilter { BoundingBox = new Envelope(68.99, 70.01, 36.49, 36.96), From = from, To = to };

        var expected = drafts.Where(d => filter.BoundingBox.Contains(d.Geometry!.Coordinate) && DateOnly.Parse(d.Data.EventDate, CultureInfo.InvariantCulture) is var day && day >= from && day <= to).Select(d => d.Id!).ToList();
        var pages = await CountAsync(database, $"SELECT count(DISTINCT (ctid::text::point)[0])::bigint FROM claims WHERE id = ANY(ARRAY['{string.Join("','", expected)}'])");
        var walked = new List<string>();
        for (ClaimCursor? after = null; walked.Count <= expected.Count;)
        {
            var page = await store.PageAsync(filter, after, 7);
            walked.AddRange(page.Claims.Select(c => c.Id));
            if ((after = page.Next) is null)
            {
                break;
            }
        }

        Assert.InRange(expected.Count, 40, 80);
        Assert.InRange(pages, 1, expected.Count / 2); // one page each, nearly, in the order they came
        Assert.Equal(expected, walked);
    }

    /// <summary>
    /// A page in the order of creation returns a box and window's claims of the lowest positions. A
    /// staged import lays those together although their places and days are unrelated to their order:
    /// the first 500 of 4,000 claims lie on fewer than half of the table's pages, where in one place-and-date
    /// order over all the claims most of them lie on a page of their own, among the later claims of their place.
    /// </summary>
    [Fact]
    public async Task A_staged_import_lays_the_claims_a_first_page_returns_together()
    {
        var database = await server.NewDatabaseAsync();
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        var first = new DateOnly(2021, 1, 1);
        var drafts = Enumerable.Range(0, 4000).Select(i => (Index: i, Cell: i * 2_477 % 4000)) // a place unrelated to the order
            .Select(c => TestData.PointDraft($"spread-{c.Index}", lon: 69.0 + (c.Cell % 80) * 0.05, lat: 36.5 + (c.Cell / 80) * 0.01)
                .With(d => d with { EventDate = first.AddDays(c.Index * 37 % 360).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }))
            .ToList();
        await store.ImportAsync(drafts, new ImportOptions(LargeFrom: LargeFrom));
        var filter = new ClaimFilter { BoundingBox = new Envelope(68.9, 73.1, 36.4, 37.1), From = first, To = first.AddDays(365) };

        var page = await store.PageAsync(filter, null, 500);

        var imported = page.Claims.Where(c => c.Id.StartsWith("spread-", StringComparison.Ordinal)).Select(c => c.Id).ToList(); // after the seed's
        Assert.Equal(drafts.Take(imported.Count).Select(d => d.Id!), imported);
        Assert.InRange(imported.Count, 450, 500);
        var pages = await CountAsync(database, $"SELECT count(DISTINCT (ctid::text::point)[0])::bigint FROM claims WHERE id = ANY(ARRAY['{string.Join("','", page.Claims.Select(c => c.Id))}'])");
        var tablePages = await CountAsync(database, "SELECT pg_relation_size('claims') / current_setting('block_size')::bigint");
        Assert.True(pages * 2 < tablePages, $"the first page's 500 claims lie on {pages} of the table's {tablePages} pages");
    }

    /// <summary>Which table <c>claims</c> is (its object id): a staged import puts another in its place, an import in place writes into it.</summary>
    private const string ClaimsTable = "SELECT 'claims'::regclass::oid::bigint";

    /// <summary>The schemas of imports being staged.</summary>
    private const string StagingSchemas = "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'bordermap\\_staging%'";

    /// <summary>Valid claims on a grid across the Panj, each carrying the word <c>{prefix}marker</c> in its note (constructed text).</summary>
    private static IEnumerable<ClaimDraft> Drafts(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => TestData.PointDraft($"{prefix}-{i}", lon: 69.0 + (i % 80) * 0.05, lat: 36.5 + (i / 80) * 0.03)
            .With(d => d with { Note = $"Constructed claim, marked {prefix}marker." }));

    private static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>At each progress report, while the import runs: how many claims a reader in another session sees.</summary>
    private sealed class WatchDuringImport(string database) : IProgress<int>
    {
        public List<long> Seen { get; } = [];

        public void Report(int value) => Seen.Add(CountAsync(database, "SELECT count(*) FROM claims").GetAwaiter().GetResult());
    }

    /// <summary>At the first progress report, another instance creates a claim.</summary>
    private sealed class WriteDuringImport(IClaimStore other) : IProgress<int>
    {
        public void Report(int value)
        {
            if (value > 0)
            {
                other.CreateClaimAsync(TestData.PointDraft("meanwhile", lon: 70.0, lat: 37.0), "ana").GetAwaiter().GetResult();
            }
        }
    }
}
