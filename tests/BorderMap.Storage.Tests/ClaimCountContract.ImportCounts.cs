using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// What an import derives set-wise (a backend may count its claims and index their words once, at
/// the import's end, rather than with each one): on every backend the pre-counted cells, days and
/// region values, and the text search, equal the reference over the claims stored after an import
/// into a filled store that also changes claims (small, and larger than the store), after an import that fails half-way, and after
/// the store is opened again; and writes after those imports are still counted.
/// </summary>
public abstract partial class ClaimCountContract
{
    /// <summary>A word no other test claim uses, so the search for it finds exactly the claims given it.</summary>
    private const string ImportWord = "quartermaster";

    [Fact]
    public async Task An_import_that_adds_to_a_filled_store_and_changes_claims_counts_and_finds_exactly_what_is_stored()
    {
        await ImportQueryClaimSetAsync();
        var tile = ReferenceTiles.Holding(Fayzabad, 5);
        var before = await AssertClustersMatchStoreAsync(tile);
        var (drafts, changed, added) = ChangingImport();

        var report = await Store.ImportAsync(drafts, new ImportOptions(Actor: "bulk"));

        Assert.Equal((added.Count, changed.Count), (report.Created, report.Updated));
        Assert.True(await AssertClustersMatchStoreAsync(tile) > before, "the import should add claims to the checked tile");
        Assert.Equal([.. changed.Concat(added).Order(StringComparer.Ordinal)], (await SearchIdsAsync(ImportWord)).Order(StringComparer.Ordinal));
        // The notes the changed claims had are searched no more, the others' still are.
        var stillNoted = (await ReferenceClaims.ReadAsync(Store)).All.Where(c => c.Data.Note?.Contains("satellite", StringComparison.Ordinal) == true).Select(c => c.Id);
        Assert.Equal(stillNoted.Order(StringComparer.Ordinal), (await SearchIdsAsync("satellite")).Order(StringComparer.Ordinal));

        var created = await Store.CreateClaimAsync(TestData.PointDraft("after-import").With(d => d with { Category = "refugees", Note = "The quartermaster again." }), "ana");
        Assert.Contains(created.Id, await SearchIdsAsync(ImportWord));
        await AssertClustersMatchStoreAsync(tile);
    }

    [Fact]
    public async Task An_import_that_fails_after_writing_a_chunk_leaves_counts_and_search_as_they_were_and_later_writes_are_counted()
    {
        await ImportQueryClaimSetAsync();
        var tile = ReferenceTiles.Holding(Fayzabad, 5);
        var before = await AssertClustersMatchStoreAsync(tile);
        var bad = Chunk;
        var drafts = Enumerable.Range(0, bad + 1).Select(i => i == bad
            ? Break("unknown category") with { Id = "failing-bad" }
            : TestData.PointDraft($"failing-{i}", lon: 69.0 + (i % 80) * 0.05, lat: 36.5 + (i / 80) * 0.03).With(d => d with { Note = $"The {ImportWord} wrote this." }));

        await Assert.ThrowsAsync<ImportRejectedException>(() => Store.ImportAsync(drafts, InChunksOf(Chunk)));

        Assert.Equal(before, await AssertClustersMatchStoreAsync(tile));
        Assert.Empty(await SearchIdsAsync(ImportWord));
        await Store.ImportAsync([TestData.PointDraft("imported-after-failure").With(d => d with { Note = $"The {ImportWord} came back." })], new ImportOptions());
        await Store.CreateClaimAsync(TestData.PointDraft("created-after-failure"), "ana");
        Assert.Equal(before + 2, await AssertClustersMatchStoreAsync(tile));
        Assert.Equal(["imported-after-failure"], await SearchIdsAsync(ImportWord));
    }

    [Fact]
    public async Task A_large_import_that_also_changes_claims_counts_exactly_what_is_stored()
    {
        await ImportQueryClaimSetAsync();
        var tile = ReferenceTiles.Holding(Fayzabad, 5);
        var before = await AssertClustersMatchStoreAsync(tile);
        // Larger than the store and than a chunk: a backend may count it otherwise than a small one.
        var added = Enumerable.Range(0, ChunkAboveQuerySet + 7).Select(i =>
            TestData.PointDraft($"large-{i}", lon: 70.5 + (i % 40) * 0.02, lat: 37.0 + (i / 40) * 0.01).With(d => d with { Actors = [$"Actor {i % 3}"] }));

        await Store.ImportAsync(ChangingImport().Drafts.Concat(added), InChunksOf(ChunkAboveQuerySet));

        await AssertCountsMatchAsync(Store, await ReferenceClaims.ReadAsync(Store));
        Assert.True(await AssertClustersMatchStoreAsync(tile) > before, "the import should add claims to the checked tile");
    }

    [Fact]
    public async Task What_an_import_counted_holds_when_the_store_is_opened_again_and_its_writes_are_counted()
    {
        await ImportQueryClaimSetAsync();
        await Store.ImportAsync(ChangingImport().Drafts, new ImportOptions());

        await using var reopened = await Backend.OpenSameStoreAsync();

        await AssertCountsMatchAsync(reopened, await ReferenceClaims.ReadAsync(reopened));
        var created = await reopened.CreateClaimAsync(TestData.PointDraft("after-reopening").With(d => d with { Note = $"The {ImportWord} once more." }), "ana");
        var current = await reopened.FindClaimAsync("q-0000");
        await reopened.DeleteClaimAsync(current!.Id, current.Data.Version, "ana");
        await AssertCountsMatchAsync(reopened, await ReferenceClaims.ReadAsync(reopened));
        Assert.Contains(created.Id, (await reopened.QueryAsync(new ClaimFilter { Text = ImportWord })).Select(c => c.Id));
    }

    /// <summary>
    /// Drafts for the store after <see cref="ImportQueryClaimSetAsync"/>: every other claim of the
    /// first 120 changed (another category and actor, moved east, a new note), and as many new ones,
    /// all with <see cref="ImportWord"/> in their note.
    /// </summary>
    private static (List<ClaimDraft> Drafts, List<string> Changed, List<string> Added) ChangingImport()
    {
        var drafts = QueryClaimSet.Drafts().Where(d => d.Id!.StartsWith("q-", StringComparison.Ordinal)).Take(120).Select((draft, i) =>
        {
            var moved = draft.Geometry is { } g ? Moved(g) : null;
            var data = draft.Data with { Category = i % 4 == 0 ? "refugees" : "statement", Actors = [$"Actor {i % 5}"], Note = $"Seen by the {ImportWord}." };
            return new ClaimDraft(i % 2 == 0 ? draft.Id : $"new-{i:D3}", data, moved);
        }).ToList();
        return (drafts, [.. drafts.Where(d => d.Id!.StartsWith("q-", StringComparison.Ordinal)).Select(d => d.Id!)], [.. drafts.Where(d => d.Id!.StartsWith("new-", StringComparison.Ordinal)).Select(d => d.Id!)]);
    }

    private static Geometry Moved(Geometry geometry)
    {
        var copy = geometry.Copy();
        copy.Apply(new CoordinateShift(0.3));
        copy.GeometryChanged();
        return copy;
    }

    private async Task<List<string>> SearchIdsAsync(string text) =>
        [.. (await Store.QueryAsync(new ClaimFilter { Text = text })).Select(c => c.Id)];

    /// <summary>Moves every coordinate east by <paramref name="degrees"/>.</summary>
    private sealed class CoordinateShift(double degrees) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i) => seq.SetX(i, seq.GetX(i) + degrees);
    }
}
