using BorderMap.Core.Queries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The text search (<see cref="ClaimFilter.Text"/>) on every backend: spellings that
/// <see cref="Core.Search.NameFolding"/> joins find the same claims, every term must occur, and the
/// search key follows the claim's edits. That the answers equal the reference's is checked with
/// the other filters (<see cref="Filters"/>).
/// </summary>
public abstract partial class ClaimQueryContract
{
    [Fact]
    public async Task The_spellings_of_one_name_find_the_same_claims_in_any_script()
    {
        var reference = await ImportQueryClaimSetAsync();

        var russian = await SearchAsync("Бадахшан");

        Assert.Equal(reference.Ids(Parse("q=Бадахшан")), russian);
        Assert.Contains("q-0004", russian);
        Assert.Equal(russian, await SearchAsync("Badakhshan"));
        Assert.Equal(russian, await SearchAsync("BADACHSCHAN"));
    }

    [Fact]
    public async Task Every_term_must_occur_but_in_any_field_and_order()
    {
        var reference = await ImportQueryClaimSetAsync();

        var both = await SearchAsync("khorog taliban");

        Assert.Equal(reference.Ids(Parse("q=khorog taliban")), both);
        Assert.Equal(both, await SearchAsync("Taliban, Khorog!"));
        Assert.Equal(both, (await SearchAsync("khorog")).Intersect(await SearchAsync("taliban")));
        Assert.NotEqual(both, await SearchAsync("khorog"));
    }

    [Fact]
    public async Task A_claim_is_found_by_the_words_of_its_new_note_and_no_longer_by_those_of_its_old()
    {
        var created = await Store.CreateClaimAsync(TestData.PointDraft("noted-claim").With(d => d with { Note = "Seen from the watchtower." }), "ana");
        Assert.Equal([created.Id], await SearchAsync("watchtower"));

        await Store.UpdateClaimAsync(created.Id, created.Data.Version, TestData.PointDraft("noted-claim").With(d => d with { Note = "A minefield lies beyond." }), "ana");

        Assert.Empty(await SearchAsync("watchtower"));
        Assert.Equal([created.Id], await SearchAsync("minefield"));
    }

    /// <summary>
    /// A term is found inside one word of the claim's texts, never across the space between two: a store
    /// whose index held the key's words joined (where "towermine" occurs) would still have to test the words.
    /// </summary>
    [Fact]
    public async Task A_term_across_two_adjacent_words_finds_nothing()
    {
        var created = await Store.CreateClaimAsync(TestData.PointDraft("joined-words").With(d => d with { Note = "watchtower minefield" }), "ana");
        Assert.Equal([created.Id], await SearchAsync("towe fiel"));

        Assert.Empty(await SearchAsync("towermine"));
        Assert.Empty(await SearchAsync("watchtowerminefield"));
    }

    /// <summary>
    /// PostgreSQL looks for a search's page among the next claims in order first and asks the
    /// index when they hold less than a page (the last page here): either way a page is the next
    /// matches in creation order, so the walk is the reference's answer, each claim once.
    /// </summary>
    [Theory]
    [InlineData("taliban", 2)]
    [InlineData("khorog taliban", 1)]
    [InlineData("badakhshan taliban", 3)]
    public async Task The_pages_of_a_search_walk_its_claims_in_creation_order(string text, int limit)
    {
        var reference = await ImportQueryClaimSetAsync();
        var expected = reference.Ids(Parse("q=" + text));

        var walked = await WalkAsync(Store, new ClaimFilter { Text = text }, null, limit);

        Assert.True(expected.Count > limit, $"'{text}' matches {expected.Count} claims, not more than a page of {limit}");
        Assert.Equal(expected, walked.Select(c => c.Id));
    }

    private async Task<List<string>> SearchAsync(string text) =>
        [.. (await Store.QueryAsync(new ClaimFilter { Text = text })).Select(c => c.Id)];
}
