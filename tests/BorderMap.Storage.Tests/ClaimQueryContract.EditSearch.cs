namespace BorderMap.Storage.Tests;

/// <summary>
/// An edit is searchable the moment it is acknowledged, on every backend, whatever the store does
/// with its search index beside the writes (merged later in the GeoPackage, a pending list emptied
/// later in PostGIS): after a bulk import, after a rejected edit, and edit after edit.
/// </summary>
public abstract partial class ClaimQueryContract
{
    [Fact]
    public async Task After_an_import_each_edit_is_found_by_its_new_title_at_once_and_no_longer_by_its_old()
    {
        var drafts = Enumerable.Range(0, 300).Select(i => TestData.PointDraft($"imported-{i}", lon: 69.0 + (i % 30) * 0.05, lat: 36.5 + (i / 30) * 0.03)
            .With(d => d with { Title = $"Constructed import title {Word("wqv", i)}" }));
        await Store.ImportAsync(drafts, new ImportOptions());

        for (var edit = 1; edit <= 20; edit++)
        {
            var id = $"imported-{edit * 7}";
            var current = await Store.FindClaimAsync(id) ?? throw new InvalidOperationException($"{id} was not imported");
            await Store.UpdateClaimAsync(id, current.Data.Version, TestData.PointDraft(id).With(d => d with { Title = $"Constructed edited title {Word("jkr", edit)}" }), "ana");

            Assert.Equal([id], await SearchAsync(Word("jkr", edit)));
            Assert.Empty(await SearchAsync(Word("wqv", edit * 7)));
        }

        Assert.Equal(["imported-8"], await SearchAsync(Word("wqv", 8)));
    }

    [Fact]
    public async Task An_edit_rejected_for_its_stale_version_leaves_nothing_and_the_next_edit_is_found_at_once()
    {
        var created = await Store.CreateClaimAsync(TestData.PointDraft("stale-edit").With(d => d with { Title = "Constructed first title pmv" }), "ana");
        await Store.UpdateClaimAsync(created.Id, created.Data.Version, TestData.PointDraft("stale-edit").With(d => d with { Title = "Constructed second title pmw" }), "ana");

        await Assert.ThrowsAsync<ClaimConflictException>(() =>
            Store.UpdateClaimAsync(created.Id, created.Data.Version, TestData.PointDraft("stale-edit").With(d => d with { Title = "Constructed lost title pmx" }), "bo"));
        Assert.Empty(await SearchAsync("pmx"));
        Assert.Equal([created.Id], await SearchAsync("pmw"));

        var current = await Store.FindClaimAsync(created.Id);
        await Store.UpdateClaimAsync(created.Id, current!.Data.Version, TestData.PointDraft("stale-edit").With(d => d with { Title = "Constructed third title pmy" }), "bo");
        Assert.Equal([created.Id], await SearchAsync("pmy"));
        Assert.Empty(await SearchAsync("pmw"));
        Assert.Equal(3, (await Store.HistoryAsync(created.Id)).Count);
    }

    /// <summary>
    /// A made-up word for a number that the search's folding (<see cref="Core.Search.NameFolding"/>)
    /// keeps apart from every other: letters alone (the search splits digits from letters), each
    /// digit a consonant no folding rule touches and followed by an <c>a</c> (doubled letters
    /// collapse), closed by an <c>o</c>, so that no word is a part of another.
    /// </summary>
    internal static string Word(string prefix, int number) =>
        prefix + string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(digit => $"{"bdflmnprtx"[digit - '0']}a")) + "o";
}
