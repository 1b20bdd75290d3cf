using BorderMap.Core.Claims;

namespace BorderMap.Storage.GeoPackage;

/// <summary>The SQL of source versions: publisher defaults of reliability and re-anchoring quotes into a new version (<see cref="AnchorRows"/>).</summary>
internal sealed partial class ClaimTables
{
    public string? LatestReliabilityOf(string publisher) =>
        Scalar("SELECT reliability FROM sources WHERE publisher = $publisher AND reliability IS NOT NULL ORDER BY fid DESC LIMIT 1", ("$publisher", publisher)) as string;

    public IReadOnlyList<Claim> ClaimsQuoting(string sourceId, string afterId, int limit) =>
        All($"SELECT {ClaimRows.SelectColumns} FROM claims WHERE source = $source AND id > $after ORDER BY id LIMIT $limit", row => Placed(ClaimRows.Read(row)), ("$source", sourceId), ("$after", afterId), ("$limit", limit));

    public void InsertAnchor(QuoteAnchor anchor) =>
        Execute(
            "INSERT INTO quote_anchors (claimId, fromSource, toSource, status, oldQuote, newQuote, similarity, at) VALUES ($claimId, $fromSource, $toSource, $status, $oldQuote, $newQuote, $similarity, $at)",
            AnchorRows.Parameters(anchor));

    public QuoteAnchor? FindAnchor(string toSource, string claimId) =>
        All($"SELECT {AnchorRows.SelectColumns} FROM quote_anchors WHERE toSource = $to AND claimId = $claim", AnchorRows.Read, ("$to", toSource), ("$claim", claimId)).FirstOrDefault();

    public bool ReviewAnchor(string toSource, string claimId, AnchorReview review, string? reviewer, DateTimeOffset at) =>
        Execute(
            "UPDATE quote_anchors SET review = $review, reviewedBy = $by, reviewedAt = $at WHERE toSource = $to AND claimId = $claim AND status = 'fuzzy' AND review IS NULL",
            ("$review", AnchorColumns.Word(review)),
            ("$by", reviewer),
            ("$at", Timestamps.Write(at)),
            ("$to", toSource),
            ("$claim", claimId)) == 1;
}
