using BorderMap.Core.Claims;

namespace BorderMap.Storage.PostGis;

/// <summary>The SQL of source versions: publisher defaults of reliability and re-anchoring quotes into a new version (<see cref="PostGisAnchorRows"/>).</summary>
internal sealed partial class PostGisTables
{
    public string? LatestReliabilityOf(string publisher) =>
        Scalar("SELECT reliability FROM sources WHERE publisher = @publisher AND reliability IS NOT NULL ORDER BY fid DESC LIMIT 1", ("publisher", publisher)) as string;

    public IReadOnlyList<Claim> ClaimsQuoting(string sourceId, string afterId, int limit) =>
        Rows($"SELECT {ClaimColumns} FROM claims WHERE source = @source AND id > @after ORDER BY id LIMIT @limit", [("source", sourceId), ("after", afterId), ("limit", limit)], r => Placed(ReadClaim(r)));

    public void InsertAnchor(QuoteAnchor anchor) =>
        Execute(
            "INSERT INTO quote_anchors (claim_id, from_source, to_source, status, old_quote, new_quote, similarity, at) " +
            "VALUES (@claim, @from, @to, @status, @old::jsonb, @new::jsonb, @similarity, @at)",
            ("claim", anchor.ClaimId),
            ("from", anchor.FromSource),
            ("to", anchor.ToSource),
            ("status", AnchorColumns.Word(anchor.Status)),
            ("old", AnchorColumns.JsonOf(anchor.OldQuote)),
            ("new", anchor.NewQuote is { } quote ? AnchorColumns.JsonOf(quote) : null),
            ("similarity", anchor.Similarity),
            ("at", anchor.At.ToUniversalTime()));

    public QuoteAnchor? FindAnchor(string toSource, string claimId) =>
        Rows($"SELECT {PostGisAnchorRows.SelectColumns} FROM quote_anchors WHERE to_source = @to AND claim_id = @claim", [("to", toSource), ("claim", claimId)], PostGisAnchorRows.Read).FirstOrDefault();

    public bool ReviewAnchor(string toSource, string claimId, AnchorReview review, string? reviewer, DateTimeOffset at) =>
        Execute(
            "UPDATE quote_anchors SET review = @review, reviewed_by = @by, reviewed_at = @at WHERE to_source = @to AND claim_id = @claim AND status = 'fuzzy' AND review IS NULL",
            ("review", AnchorColumns.Word(review)),
            ("by", reviewer),
            ("at", at.ToUniversalTime()),
            ("to", toSource),
            ("claim", claimId)) == 1;
}
