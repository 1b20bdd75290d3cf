using System.Text.Json.Nodes;
using BorderMap.Core.Claims;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// How a GeoPackage keeps a claim's history with each version's text once. An entry that makes a
/// version (a create or an update) stores no new value: the version it made is the next entry's
/// old value, or, for the last entry, the claim as it stands. A delete's new value is null as
/// ever, and files written before this layout keep their stored new values, which are read as
/// they are. So a 100,000-claim import writes each claim's feature once (in <c>claims</c>), not
/// twice, and an edit writes the version before it, as it always did, and nothing more.
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

    /// <summary>The value to store as an entry's new value: none, unless the entry deletes the claim (then null too).</summary>
    public static string? StoredNewValue(HistoryAction action, string? newValue) => action == HistoryAction.Delete ? newValue : null;

    /// <summary>Reads a row of <see cref="Select"/>; <paramref name="feature"/> is the GeoJSON feature of the claim in its first columns.</summary>
    public static ClaimHistoryEntry Read(SqliteDataReader row, Func<SqliteDataReader, string> feature)
    {
        var at = ClaimRows.SelectColumnCount;
        var action = Enum.Parse<HistoryAction>(row.GetString(at + 4), ignoreCase: true);
        return new ClaimHistoryEntry(
            row.GetString(at),
            row.GetInt32(at + 1),
            Timestamps.Read(row.GetString(at + 2)),
            row.IsDBNull(at + 3) ? null : row.GetString(at + 3),
            action,
            Parse(Text(row, at + 5)),
            Parse(Text(row, at + 6) ?? NewValue(row, action, feature)));
    }

    /// <summary>The version an entry without a stored new value made: the next entry's old value, or the claim itself.</summary>
    private static string? NewValue(SqliteDataReader row, HistoryAction action, Func<SqliteDataReader, string> feature)
    {
        if (action == HistoryAction.Delete)
        {
            return null;
        }

        if (Text(row, ClaimRows.SelectColumnCount + 7) is { } next)
        {
            return next;
        }

        var version = row.GetInt32(ClaimRows.SelectColumnCount + 1);
        return row.IsDBNull(0)
            ? throw new InvalidDataException($"the history of claim '{row.GetString(ClaimRows.SelectColumnCount)}' ends at version {version}, which the store does not hold")
            : feature(row);
    }

    private static string? Text(SqliteDataReader row, int i) => row.IsDBNull(i) ? null : row.GetString(i);

    private static JsonObject? Parse(string? text) => text is null ? null : JsonNode.Parse(text)!.AsObject();
}
