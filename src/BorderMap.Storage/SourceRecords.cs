using System.Data.Common;
using System.Text.Json;
using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>
/// Reads a <c>sources</c> row into a <see cref="Source"/> for either backend. Each backend names its
/// own columns (their spellings differ), but selects them in this one order (id, title, publisher, language, translated-from, url,
/// published date, SHA-256, notes as JSON, text, supersedes, reliability), so the mapping lives once.
/// </summary>
internal static class SourceRecords
{
    public static Source Read(DbDataReader row)
    {
        string? Text(int i) => row.IsDBNull(i) ? null : row.GetString(i);
        return new Source(
            row.GetString(0),
            row.GetString(1),
            row.GetString(2),
            row.GetString(3),
            Text(4),
            Text(5) is { } url ? new Uri(url) : null,
            row.GetString(6),
            row.GetString(7),
            JsonSerializer.Deserialize<List<string>>(row.GetString(8), ClaimGeoJson.Options) ?? [],
            row.GetString(9),
            Text(10)) { Reliability = Text(11) };
    }
}
