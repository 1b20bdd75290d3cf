using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Storage;

namespace BorderMap.Storage.Tests;

/// <summary>A corrected text is a new source version, and every quote on the old one is re-anchored, never silently. The texts are constructed for the tests.</summary>
public abstract partial class ClaimStoreContract
{
    private const string FirstVersion =
        "Guards reported calm at the crossing. About 300 people waited at the bridge on Tuesday. Trade resumed in the evening. Two trucks were turned back.";

    private const string SecondVersion =
        "Guards reported calm at the crossing. Correction: the bridge was closed until noon. About 350 people waited at the bridge on Tuesday. Trade resumed in the evening.";

    private static readonly (string Id, string Quote)[] Quotes =
    [
        ("calm", "Guards reported calm at the crossing."),
        ("trade", "Trade resumed in the evening."),
        ("waiting", "About 300 people waited at the bridge on Tuesday."),
        ("trucks", "Two trucks were turned back."),
    ];

    [Fact]
    public async Task A_corrected_version_re_anchors_every_quote_as_exact_moved_fuzzy_or_orphaned()
    {
        var (old, current) = await RegisterTwoVersionsAsync();

        var anchors = (await Store.AnchorsAsync(current.Id, null, 10)).ToDictionary(a => a.ClaimId);
        Assert.Equal(
            [("calm", AnchorStatus.Exact), ("trade", AnchorStatus.Moved), ("trucks", AnchorStatus.Orphaned), ("waiting", AnchorStatus.Fuzzy)],
            anchors.Values.Select(a => (a.ClaimId, a.Status)));
        Assert.All(anchors.Values, a => Assert.Equal(old.Id, a.FromSource));
        Assert.Equal("About 350 people waited at the bridge on Tuesday.", anchors["waiting"].NewQuote!.Text);
        Assert.True(anchors["waiting"].AwaitsReview);
        Assert.Null(anchors["trucks"].NewQuote);

        // Exact and moved claims now quote the new version, as an update in their history; the others stay where they were.
        foreach (var (id, moved) in new[] { ("calm", true), ("trade", true), ("waiting", false), ("trucks", false) })
        {
            var claim = (await Store.FindClaimAsync(id))!;
            Assert.Equal((moved ? current.Id : old.Id, moved ? 2 : 1), (claim.Data.Source, claim.Data.Version));
            Assert.Equal(claim.Data.Quote.Text, CodePointText.Slice(moved ? current.Text : old.Text, claim.Data.Quote.Start, claim.Data.Quote.End));
            Assert.Equal(moved ? [HistoryAction.Create, HistoryAction.Update] : [HistoryAction.Create], (await Store.HistoryAsync(id)).Select(h => h.Action));
        }
    }

    [Fact]
    public async Task Accepting_a_fuzzy_anchor_moves_the_claim_and_a_decision_is_made_once()
    {
        var (_, current) = await RegisterTwoVersionsAsync();

        var accepted = await Store.ReviewAnchorAsync(current.Id, "waiting", AnchorReview.Accepted, "ana");

        Assert.Equal((AnchorReview.Accepted, "ana"), (accepted.Review, accepted.ReviewedBy));
        var claim = (await Store.FindClaimAsync("waiting"))!;
        Assert.Equal((current.Id, "About 350 people waited at the bridge on Tuesday.", 2), (claim.Data.Source, claim.Data.Quote.Text, claim.Data.Version));
        var update = (await Store.HistoryAsync("waiting"))[^1];
        Assert.Equal((HistoryAction.Update, "ana"), (update.Action, update.Actor));
        Assert.Equal(AnchorReview.Accepted, (await Store.AnchorsAsync(current.Id, "trucks", 10)).Single().Review);
        var again = await Assert.ThrowsAsync<StoreValidationException>(() => Store.ReviewAnchorAsync(current.Id, "waiting", AnchorReview.Rejected, "ana"));
        Assert.Equal("decision", Assert.Single(again.Problems).Field);
    }

    [Fact]
    public async Task Rejecting_keeps_the_claim_on_the_old_version_and_only_fuzzy_anchors_are_reviewed()
    {
        var (old, current) = await RegisterTwoVersionsAsync();

        await Store.ReviewAnchorAsync(current.Id, "waiting", AnchorReview.Rejected, "ana");

        Assert.Equal((old.Id, 1), ((await Store.FindClaimAsync("waiting"))!.Data.Source, (await Store.FindClaimAsync("waiting"))!.Data.Version));
        await Assert.ThrowsAsync<StoreValidationException>(() => Store.ReviewAnchorAsync(current.Id, "trucks", AnchorReview.Accepted, "ana"));
        await Assert.ThrowsAsync<AnchorNotFoundException>(() => Store.ReviewAnchorAsync(current.Id, "no-such-claim", AnchorReview.Accepted, "ana"));
    }

    /// <summary>Registers the first version, a claim on each quote, then the corrected second version.</summary>
    private async Task<(Source Old, Source Current)> RegisterTwoVersionsAsync()
    {
        var draft = new SourceDraft("Crossing report", "Example News", "en", null, null, "2021-07-06", [], FirstVersion);
        var old = await Store.RegisterSourceAsync(draft);
        foreach (var (id, quote) in Quotes)
        {
            await Store.CreateClaimAsync(TestData.PointDraft(id).With(d => d with { Source = old.Id, Quote = new Quote(quote, ClaimDraft.MissingOffset, ClaimDraft.MissingOffset) }), "ana");
        }

        var current = await Store.RegisterSourceAsync(draft with { Text = SecondVersion, Supersedes = old.Id }, "ana");
        return (old, current);
    }
}
