using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// PostGIS's statement and row reader for a claim's history, each version's text stored once
/// (<see cref="ClaimHistoryVersions"/>; entries stored before schema 26 keep their new values).
/// </summary>
internal static class PostGisHistoryRows
{
    /// <summary>
    /// A claim's entries in version order, each with the next one's old value and, when it made the
    /// claim's current version, the claim's row (<see cref="PostGisTables.ClaimColumns"/>, first, null
    /// otherwise); one statement, so the history and the claim come from one snapshot.
    /// </summary>
    public const string Select = """
        SELECT c.id, c.data::text, c.geom,
               h.claim_id, h.version, h.at, h.actor, h.action, h.old_value::text, h.new_value::text,
               lead(h.old_value::text) OVER (ORDER BY h.version)
        FROM claim_history h LEFT JOIN claims c ON c.id = h.claim_id AND c.version = h.version AND h.new_value IS NULL AND h.action <> 'delete'
        WHERE h.claim_id = @id ORDER BY h.version
        """;

    /// <summary>Reads a row of <see cref="Select"/>; <paramref name="feature"/> is the GeoJSON feature of the claim in its first columns.</summary>
    public static ClaimHistoryEntry Read(NpgsqlDataReader row, Func<NpgsqlDataReader, string> feature) =>
        ClaimHistoryVersions.Read(row, 3, (r, i) => new DateTimeOffset(r.GetDateTime(i), TimeSpan.Zero), r => feature((NpgsqlDataReader)r));
}
