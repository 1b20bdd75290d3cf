using System.Text.Json;
using BorderMap.Core.Sources;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>Maps rows of the <c>sources</c> table to <see cref="Source"/>.</summary>
internal static class SourceRows
{
    public const string SelectColumns = "id, title, publisher, language, translatedFrom, url, publishedDate, sha256, notes, text, supersedes, reliability";

    public static Source Read(SqliteDataReader row)
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
