using System.Data.Common;
using System.Text.Json.Nodes;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage;

/// <summary>
/// How both stores keep a claim's history with each version's text once. An entry that makes a
/// version (a create or an update) stores no new value: the version it made is the next entry's
/// old value, or, for the last entry, the claim as it stands. A delete's new value is null as
/// ever, and entries written before this layout keep their stored new values, which are read as
/// they are. So an import writes each claim's feature once (in <c>claims</c>), not twice, and an
/// edit writes the version before it, as it always did, and nothing more. Each backend reads a
/// claim's entries with the next one's old value and the claim's row in one statement, so that
/// the history and the claim come from one snapshot.
/// </summary>
internal static class ClaimHistoryVersions
{
    /// <summary>The value to store as an entry's new value: none, unless the entry deletes the claim (then null too).</summary>
    public static string? StoredNewValue(HistoryAction action, string? newValue) => action == HistoryAction.Delete ? newValue : null;

    /// <summary>
    /// Reads a row of a backend's history statement: the claim's row first (null unless it is the version the entry
    /// made, which <paramref name="feature"/> turns into its GeoJSON feature), then from <paramref name="first"/> the
    /// entry's claim id, version, time (read by <paramref name="at"/>), actor, action, old and new value, and the next entry's old value.
    /// </summary>
    public static ClaimHistoryEntry Read(DbDataReader row, int first, Func<DbDataReader, int, DateTimeOffset> at, Func<DbDataReader, string> feature)
    {
        var stored = new HistoryRecord(
            row.GetString(first),
            row.GetInt32(first + 1),
            at(row, first + 2),
            Text(row, first + 3),
            Enum.Parse<HistoryAction>(row.GetString(first + 4), ignoreCase: true),
            Text(row, first + 5),
            Text(row, first + 6));
        return Read(stored, Text(row, first + 7), () => row.IsDBNull(0) ? null : feature(row));
    }

    /// <summary>
    /// An entry as the history shows it, from its stored row, the next entry's old value (null for the last),
    /// and the claim's feature when the store's row is the version this entry made (null otherwise).
    /// </summary>
    private static ClaimHistoryEntry Read(HistoryRecord stored, string? nextOldValue, Func<string?> currentFeature) =>
        new(
            stored.ClaimId,
            stored.Version,
            stored.At,
            stored.Actor,
            stored.Action,
            Parse(stored.OldValue),
            Parse(stored.NewValue ?? NewValue(stored, nextOldValue, currentFeature)));

    /// <summary>The version an entry without a stored new value made: the next entry's old value, or the claim itself.</summary>
    private static string? NewValue(HistoryRecord stored, string? nextOldValue, Func<string?> currentFeature) =>
        stored.Action == HistoryAction.Delete
            ? null
            : nextOldValue ?? currentFeature()
              ?? throw new InvalidDataException($"the history of claim '{stored.ClaimId}' ends at version {stored.Version}, which the store does not hold");

    private static string? Text(DbDataReader row, int i) => row.IsDBNull(i) ? null : row.GetString(i);

    private static JsonObject? Parse(string? text) => text is null ? null : JsonNode.Parse(text)!.AsObject();
}
