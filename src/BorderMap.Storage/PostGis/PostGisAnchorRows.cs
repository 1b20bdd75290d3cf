using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>Maps rows of the <c>quote_anchors</c> table (<see cref="QuoteAnchorsMigration"/>) to <see cref="QuoteAnchor"/>.</summary>
internal static class PostGisAnchorRows
{
    public const string SelectColumns = "claim_id, from_source, to_source, status, old_quote::text, new_quote::text, similarity, at, review, reviewed_by, reviewed_at";

    public static QuoteAnchor Read(NpgsqlDataReader row) => AnchorColumns.Read(
        i => row.IsDBNull(i) ? null : row.GetString(i),
        row.GetDouble,
        i => row.IsDBNull(i) ? null : new DateTimeOffset(row.GetDateTime(i), TimeSpan.Zero));
}
