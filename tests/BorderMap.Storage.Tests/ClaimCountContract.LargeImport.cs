using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.Tests;

/// <summary>
/// An import large beside its store (<see cref="ImportScale"/>) may leave indexes, counts and
/// rollups for its end and build them there set-wise. On every backend, a store filled by one such
/// import — new claims first, then changes to claims stored before, so the changes are written
/// while the backend is deferring — answers exactly as a store given the same claims by small
/// imports and single writes, which keep everything row by row: the same pages in the same order,
/// the same search results, the same counts by facet, day, week and month (month rollups and day
/// tables) and the same cluster cells, for ranges that cross month edges. The same holds for a
/// first import into an empty store, which a backend may fill from empty (count tables and rollups
/// without their keys), and for an edit after it.
/// </summary>
public abstract partial class ClaimCountContract
{
    /// <summary>Reads of every kind, and the long date ranges that take whole months from the rollups.</summary>
    private static IEnumerable<string> LargeImportReads() =>
        ["", "region=AF-BDS", "category=refugees,statement&status=reported", "q=taliban", "q=Бадахшан", "bbox=69,36,72,38&from=2021-06-01", .. MonthWindows];

    [Fact]
    public async Task A_large_import_leaves_the_store_as_small_imports_and_single_writes_would()
    {
        var stored = QueryClaimSet.Drafts();
        var (added, changed) = LargeImport(stored.Count, ChunkAboveQuerySet);
        await Store.ImportAsync(stored, new ImportOptions());
        await using var rowByRow = await Backend.OpenNewStoreAsync(TestData.Seed);
        await rowByRow.ImportAsync(stored, new ImportOptions());

        var report = await Store.ImportAsync([.. added, .. changed], InChunksOf(ChunkAboveQuerySet));
        foreach (var piece in added.Chunk(ChunkAboveQuerySet / 5))
        {
            await rowByRow.ImportAsync(piece, new ImportOptions());
        }

        foreach (var draft in changed)
        {
            var current = (await rowByRow.FindClaimAsync(draft.Id!))!;
            await rowByRow.UpdateClaimAsync(current.Id, current.Data.Version, draft, "ana");
        }

        Assert.Equal((added.Count, changed.Count), (report.Created, report.Updated));
        foreach (var filter in LargeImportReads().Select(Parse))
        {
            await AssertSameAnswersAsync(rowByRow, Store, filter);
        }
    }

    [Fact]
    public async Task A_first_large_import_into_an_empty_store_leaves_it_as_small_imports_would_and_edits_count_after_it()
    {
        var drafts = QueryClaimSet.Drafts(Chunk + 50);
        await using var rowByRow = await Backend.OpenNewStoreAsync(TestData.Seed);

        var report = await Store.ImportAsync(drafts, InChunksOf(Chunk));
        foreach (var piece in drafts.Chunk(Chunk / 5))
        {
            await rowByRow.ImportAsync(piece, new ImportOptions());
        }

        Assert.Equal(drafts.Count, report.Created);
        foreach (var store in new[] { Store, rowByRow })
        {
            var current = (await store.FindClaimAsync(drafts[1].Id!))!;
            await store.UpdateClaimAsync(current.Id, current.Data.Version, drafts[1].With(d => d with { Category = "refugees", EventDate = "2022-03-30", EndDate = "2022-05-02", TimePrecision = "day" }), "ana");
        }

        foreach (var filter in LargeImportReads().Select(Parse))
        {
            await AssertSameAnswersAsync(rowByRow, Store, filter);
        }

        foreach (var id in new[] { drafts[0].Id!, drafts[1].Id!, drafts[^1].Id! })
        {
            Assert.Equal(await HistoryLinesAsync(rowByRow, id), await HistoryLinesAsync(Store, id));
        }
    }

    /// <summary>A claim's history as a reader sees it, less the times of its entries.</summary>
    private static async Task<List<string>> HistoryLinesAsync(IClaimStore store, string id) =>
        [.. (await store.HistoryAsync(id)).Select(h => $"{h.Version} {h.Action} {h.Actor} {h.NewValue?["properties"]?["category"]}")];

    /// <summary>One chunk of <paramref name="chunk"/> and more of new claims (large beside a store of <paramref name="stored"/>), then every third stored claim changed: moved to another month, category and status.</summary>
    private static (List<ClaimDraft> Added, List<ClaimDraft> Changed) LargeImport(int stored, int chunk)
    {
        var all = QueryClaimSet.Drafts(stored + chunk + 50);
        var changed = all.Take(stored).Where((_, i) => i % 3 == 0).Select((draft, i) => draft.With(d => d with
        {
            Category = "refugees",
            Status = i % 2 == 0 ? "disputed" : "reported",
            EventDate = $"2022-0{(i % 9) + 1}-28",
            EndDate = $"2022-{(i % 9) + 2:D2}-03",
            TimePrecision = "day",
        }));
        return ([.. all.Skip(stored)], [.. changed]);
    }

    private static async Task AssertSameAnswersAsync(IClaimStore expected, IClaimStore answered, ClaimFilter filter)
    {
        // Both stores hold more claims than the default count cap, and past it each counts the first
        // claims it happens to find, in its own order: the comparison is of exact counts.
        expected.CountCap = answered.CountCap = 1_000_000;
        var pages = await AllPagesAsync(expected, filter);
        Assert.NotEmpty(pages);
        Assert.Equal(pages, await AllPagesAsync(answered, filter));
        AssertFacetsEqual(await expected.FacetsAsync(filter), await answered.FacetsAsync(filter));
        foreach (var size in Enum.GetValues<DateBinSize>())
        {
            Assert.Equal((await expected.HistogramAsync(filter, size)).Bins, (await answered.HistogramAsync(filter, size)).Bins);
        }

        var tiles = new[] { new TileAddress(0, 0, 0), ReferenceTiles.Holding(Fayzabad, 2), ReferenceTiles.Holding(Fayzabad, 5), ReferenceTiles.Holding(Fayzabad, 8) };
        foreach (var tile in filter.Region is null ? tiles : [])
        {
            Assert.Equal(Cells(await expected.TileAsync(filter, tile), tile), Cells(await answered.TileAsync(filter, tile), tile));
        }
    }

    /// <summary>Every claim the filter's pages give, in their order, as what a reader sees of it (not its timestamps).</summary>
    private static async Task<List<string>> AllPagesAsync(IClaimStore store, ClaimFilter filter)
    {
        var claims = new List<string>();
        ClaimCursor? after = null;
        do
        {
            var page = await store.PageAsync(filter, after, IClaimStore.MaxPageSize);
            claims.AddRange(page.Claims.Select(c => $"{c.Id} {c.Data.Version} {c.Data.Category} {c.Data.Status} {c.Data.EventDate}–{c.Data.EndDate} {string.Join('/', c.Data.Areas)} {c.Geometry?.AsText()}"));
            after = page.Next;
        }
        while (after is not null);
        return claims;
    }

    private static List<string> Cells(byte[] tile, TileAddress address) =>
        [.. TileDecoding.Decode(tile, address).Select(f => $"{f.X} {f.Y} {string.Join(' ', f.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}").Order(StringComparer.Ordinal)];
}
