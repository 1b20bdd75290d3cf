using System.Data.Common;
using System.Text.Json.Nodes;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage;

/// <summary>
/// How both stores keep a claim's history with each version's text once. No entry stores a new
/// value (<see cref="Writes.HistoryRecord"/> has none): the version a create or an update made is the
/// next entry's old value, or, for the last entry, the claim as it stands; a delete's is null.
/// Entries written before this layout keep their stored new values, which are read as they are.
/// So an import writes each claim's feature once (in <c>claims</c>), not twice, and an edit
/// writes the version before it, as it always did, and nothing more. Each backend reads a
/// claim's entries with the next one's old value and the claim's row in one statement, so that
/// the history and the claim come from one snapshot.
/// </summary>
internal static class ClaimHistoryVersions
{
    /// <summary>
    /// Reads a row of a backend's history statement: the claim's row first (null unless it is the version the entry
    /// made, which <paramref name="feature"/> turns into its GeoJSON feature), then from <paramref name="first"/> the
    /// entry's claim id, version, time (read by <paramref name="at"/>), actor, action, old and stored new value, and the next entry's old value.
    /// </summary>
    public static ClaimHistoryEntry Read(DbDataReader row, int first, Func<DbDataReader, int, DateTimeOffset> at, Func<DbDataReader, string> feature)
    {
        var claimId = row.GetString(first);
        var version = row.GetInt32(first + 1);
        var action = Enum.Parse<HistoryAction>(row.GetString(first + 4), ignoreCase: true);
        var newValue = Text(row, first + 6) ?? MadeVersion(claimId, version, action, Text(row, first + 7), () => row.IsDBNull(0) ? null : feature(row));
        return new(claimId, version, at(row, first + 2), Text(row, first + 3), action, Parse(Text(row, first + 5)), Parse(newValue));
    }

    /// <summary>
    /// The version an entry without a stored new value made: none for a delete, else the next entry's old value
    /// (<paramref name="nextOldValue"/>, null for the last entry) or the claim itself when the store's row is that version.
    /// </summary>
    private static string? MadeVersion(string claimId, int version, HistoryAction action, string? nextOldValue, Func<string?> currentFeature) =>
        action == HistoryAction.Delete
            ? null
            : nextOldValue ?? currentFeature()
              ?? throw new InvalidDataException($"the history of claim '{claimId}' ends at version {version}, which the store does not hold");

    private static string? Text(DbDataReader row, int i) => row.IsDBNull(i) ? null : row.GetString(i);

    private static JsonObject? Parse(string? text) => text is null ? null : JsonNode.Parse(text)!.AsObject();
}
