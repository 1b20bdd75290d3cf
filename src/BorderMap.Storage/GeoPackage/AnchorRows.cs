using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The <c>quote_anchors</c> table of a BorderMap GeoPackage (<see cref="QuoteAnchor"/>): one row per
/// quote re-anchored into a new source version, kept for good; only a fuzzy anchor's review is
/// filled in, once. Like the derived tables it is no GeoPackage content, and a file from an earlier
/// release gets it when opened. The index on <c>claims (source, id)</c> lets re-anchoring page
/// through one source's claims.
/// </summary>
internal static class AnchorRows
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS quote_anchors (
          fid INTEGER PRIMARY KEY AUTOINCREMENT,
          claimId TEXT NOT NULL,
          fromSource TEXT NOT NULL REFERENCES sources(id),
          toSource TEXT NOT NULL REFERENCES sources(id),
          status TEXT NOT NULL CHECK (status IN ('exact', 'moved', 'fuzzy', 'orphaned')),
          oldQuote TEXT NOT NULL,
          newQuote TEXT,
          similarity REAL NOT NULL,
          at DATETIME NOT NULL,
          review TEXT CHECK (review IN ('accepted', 'rejected')),
          reviewedBy TEXT,
          reviewedAt DATETIME,
          UNIQUE (toSource, claimId));
        CREATE TRIGGER IF NOT EXISTS quote_anchors_kept BEFORE DELETE ON quote_anchors
        BEGIN SELECT RAISE(ABORT, 'quote anchors are kept: they record every re-anchoring'); END;
        CREATE TRIGGER IF NOT EXISTS quote_anchors_reviewed_once BEFORE UPDATE ON quote_anchors WHEN OLD.review IS NOT NULL OR OLD.status <> 'fuzzy'
        BEGIN SELECT RAISE(ABORT, 'only a fuzzy anchor is reviewed, once'); END;
        CREATE INDEX IF NOT EXISTS claims_by_source ON claims (source, id);
        """;

    public const string SelectColumns = "claimId, fromSource, toSource, status, oldQuote, newQuote, similarity, at, review, reviewedBy, reviewedAt";

    public static QuoteAnchor Read(SqliteDataReader row) => AnchorColumns.Read(
        i => row.IsDBNull(i) ? null : row.GetString(i),
        row.GetDouble,
        i => row.IsDBNull(i) ? null : Timestamps.Read(row.GetString(i)));

    public static (string Name, object? Value)[] Parameters(QuoteAnchor anchor) =>
    [
        ("$claimId", anchor.ClaimId),
        ("$fromSource", anchor.FromSource),
        ("$toSource", anchor.ToSource),
        ("$status", AnchorColumns.Word(anchor.Status)),
        ("$oldQuote", AnchorColumns.JsonOf(anchor.OldQuote)),
        ("$newQuote", anchor.NewQuote is { } quote ? AnchorColumns.JsonOf(quote) : null),
        ("$similarity", anchor.Similarity),
        ("$at", Timestamps.Write(anchor.At)),
    ];
}
