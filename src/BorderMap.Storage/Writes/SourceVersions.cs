using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage.Writes;

/// <summary>
/// The use cases of source versions, written once for every backend: re-anchoring every quote of
/// the superseded version when a correction is registered, and the review of fuzzy anchors.
/// Nothing moves silently: every quote gets an anchor row, and every claim that moves to the new
/// version gets a version and a history entry.
/// </summary>
internal sealed class SourceVersions(ClaimWrites writes)
{
    private const int Chunk = 500;

    /// <summary>Re-anchors, a chunk at a time, every claim that quotes <paramref name="old"/> into <paramref name="current"/>.</summary>
    public void Reanchor(IClaimTransaction tx, Source old, Source current, string? actor)
    {
        var now = writes.Now();
        var after = string.Empty;
        for (var claims = tx.ClaimsQuoting(old.Id, after, Chunk); claims.Count > 0; claims = tx.ClaimsQuoting(old.Id, after, Chunk))
        {
            foreach (var claim in claims)
            {
                var match = QuoteReanchoring.Find(claim.Data.Quote, current.Text);
                tx.InsertAnchor(new QuoteAnchor(claim.Id, old.Id, current.Id, match.Status, claim.Data.Quote, match.Quote, match.Similarity, now));
                if (match.Status is AnchorStatus.Exact or AnchorStatus.Moved)
                {
                    Move(tx, claim, current.Id, match.Quote!, actor);
                }
            }

            after = claims[^1].Id;
        }
    }

    /// <summary>Accepts (the claim moves to the new text) or rejects (it stays on the old version) a fuzzy anchor.</summary>
    public QuoteAnchor Review(IClaimTransaction tx, string sourceId, string claimId, AnchorReview review, string? actor)
    {
        var anchor = tx.FindAnchor(sourceId, claimId) ?? throw new AnchorNotFoundException(sourceId, claimId);
        if (!anchor.AwaitsReview)
        {
            var state = anchor.Review is { } done ? $"was already {done.ToString().ToLowerInvariant()}" : $"is {anchor.Status.ToString().ToLowerInvariant()}";
            throw new StoreValidationException([new FieldProblem("decision", $"only a fuzzy anchor awaiting review can be decided; this one {state}")]);
        }

        var now = writes.Now();
        if (review == AnchorReview.Accepted)
        {
            var claim = tx.FindClaim(claimId);
            if (claim is null || claim.Data.Source != anchor.FromSource || claim.Data.Quote != anchor.OldQuote)
            {
                throw new StoreValidationException([new FieldProblem("decision", $"claim '{claimId}' no longer quotes '{anchor.OldQuote.Text}' in '{anchor.FromSource}'; it was edited or deleted since")]);
            }

            Move(tx, claim, anchor.ToSource, anchor.NewQuote!, actor);
        }

        if (!tx.ReviewAnchor(sourceId, claimId, review, actor, now))
        {
            throw new StoreValidationException([new FieldProblem("decision", "another researcher decided this anchor meanwhile")]);
        }

        return anchor with { Review = review, ReviewedBy = actor, ReviewedAt = now };
    }

    private void Move(IClaimTransaction tx, Claim claim, string sourceId, Quote quote, string? actor)
    {
        var draft = ClaimDraft.Of(claim with { Data = claim.Data with { Source = sourceId, Quote = quote } });
        writes.Update(tx, claim.Id, claim.Data.Version, draft, actor);
    }
}
