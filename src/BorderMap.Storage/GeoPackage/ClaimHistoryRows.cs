using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The GeoPackage's statement and row reader for a claim's history, each version's text stored once
/// (<see cref="ClaimHistoryVersions"/>).
/// </summary>
internal static class ClaimHistoryRows
{
    /// <summary>
    /// A claim's entries in version order, each with the next one's old value and, when it made the
    /// claim's current version, the claim's row (<see cref="ClaimRows.SelectColumns"/>, first, null
    /// otherwise); one statement, so the history and the claim come from one snapshot.
    /// </summary>
    public static readonly string Select = $"""
        SELECT {ClaimRows.SelectColumnsOf("c")},
               h.claimId, h.version, h.at, h.actor, h.action, h.oldValue, h.newValue,
               lead(h.oldValue) OVER (ORDER BY h.version)
        FROM claim_history h LEFT JOIN claims c ON c.id = h.claimId AND c.version = h.version AND h.newValue IS NULL
        WHERE h.claimId = $id ORDER BY h.version
        """;

    /// <summary>Reads a row of <see cref="Select"/>; <paramref name="feature"/> is the GeoJSON feature of the claim in its first columns.</summary>
    public static ClaimHistoryEntry Read(SqliteDataReader row, Func<SqliteDataReader, string> feature) =>
        ClaimHistoryVersions.Read(row, ClaimRows.SelectColumnCount, (r, i) => Timestamps.Read(r.GetString(i)), r => feature((SqliteDataReader)r));
}
