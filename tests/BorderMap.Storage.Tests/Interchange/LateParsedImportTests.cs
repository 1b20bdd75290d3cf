using BorderMap.Storage.GeoPackage;
using BorderMap.Storage.Interchange;
using static BorderMap.Storage.Tests.Interchange.ClaimFileSamples;

namespace BorderMap.Storage.Tests.Interchange;

/// <summary>
/// A GeoJSON file imported with its features parsed late, a chunk at a time on the cores that prepare
/// it (<see cref="ClaimFiles.Rows"/>), in chunks of three here: every feature arrives in file order; an
/// unreadable feature in the middle of a chunk stops a real import with nothing written; unreadable
/// features in different chunks leave the drafts numbered without them; an id repeated across chunks
/// and a malformed feature after chunks were written are reported with their features, nothing written.
/// </summary>
public sealed class LateParsedImportTests : IDisposable
{
    private const string NotAClaim = "42";

    private readonly TemporaryFolder _folder = new();
    private readonly List<string> _seen = [];

    [Fact]
    public async Task Every_feature_of_several_chunks_is_imported_once_in_file_order()
    {
        await using var store = NewStore();

        var report = await store.ImportAsync(Rows(Features(10)), Admit, InChunksOfThree());

        Assert.Equal(10, report.Created);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"feature {i}"), _seen);
        Assert.Equal("Claim 9", (await store.FindClaimAsync("c-9"))!.Data.Title);
    }

    [Fact]
    public async Task A_real_import_stops_at_an_unreadable_feature_in_the_middle_of_a_chunk_and_writes_nothing()
    {
        var features = Features(9);
        features[4] = NotAClaim;
        await using var store = NewStore();

        var error = await Assert.ThrowsAsync<UnreadableFeature>(() => store.ImportAsync(Rows(features), StopAtUnreadable, InChunksOfThree()));

        Assert.Equal("feature 5", error.Message);
        Assert.Null(await store.FindClaimAsync("c-0"));
    }

    [Fact]
    public async Task Unreadable_features_in_different_chunks_are_left_out_and_the_drafts_numbered_without_them()
    {
        var features = Features(10);
        (features[1], features[7]) = (NotAClaim, NotAClaim);
        features[9] = features[9].Replace("\"eventDate\":\"2021-07-05\"", "\"eventDate\":\"2021-02-30\"", StringComparison.Ordinal);
        await using var store = NewStore();

        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => store.ImportAsync(Rows(features), Admit, InChunksOfThree(dryRun: true)));

        Assert.Equal(["feature 2", "feature 8"], _seen.Where((_, i) => i is 1 or 7));
        var problem = Assert.Single(error.Problems);
        Assert.Equal((7, "eventDate"), (problem.Index, problem.Field));
    }

    [Fact]
    public async Task An_id_repeated_in_a_later_chunk_is_reported_at_its_second_feature_and_nothing_is_written()
    {
        var features = Features(7);
        features[5] = features[5].Replace("\"id\":\"c-5\"", "\"id\":\"c-1\"", StringComparison.Ordinal);
        await using var store = NewStore();

        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => store.ImportAsync(Rows(features), Admit, InChunksOfThree()));

        Assert.Equal(new ImportProblem(5, "id", "'c-1' occurs more than once in the import (first at 2)"), Assert.Single(error.Problems));
        Assert.Null(await store.FindClaimAsync("c-0"));
    }

    [Fact]
    public async Task A_malformed_feature_after_written_chunks_is_refused_with_its_number_and_nothing_is_written()
    {
        var features = Features(8);
        features[7] = """{"type": "Feature", "id": }""";
        await using var store = NewStore();

        var error = await Assert.ThrowsAsync<ClaimFileException>(() => store.ImportAsync(Rows(features), Admit, InChunksOfThree()));

        Assert.StartsWith("feature 8: malformed JSON at line", error.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindClaimAsync("c-0"));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Large from the first chunk, so the chunks before a failure are written (then rolled back), not only checked.</summary>
    private static ImportOptions InChunksOfThree(bool dryRun = false) => new(DryRun: dryRun, LargeFrom: 3, ChunkSize: 3);

    private static string[] Features(int count) => [.. Enumerable.Range(0, count).Select(i => Feature(i))];

    private GeoPackageClaimStore NewStore() => GeoPackageClaimStore.Open(_folder.NewFile(".gpkg"), TestData.Geodata.Areas, TestData.Seed);

    private ImportRows Rows(IEnumerable<string> features)
    {
        var path = _folder.NewFile(".geojson");
        File.WriteAllText(path, Collection(features));
        return ClaimFiles.Rows(path, TestData.Geodata.Areas);
    }

    private ClaimDraft? Admit(ImportRow row)
    {
        _seen.Add(row.Position);
        return row.Draft;
    }

    private ClaimDraft? StopAtUnreadable(ImportRow row) => Admit(row) ?? throw new UnreadableFeature(row.Position);

    private sealed class UnreadableFeature(string position) : Exception(position);
}
