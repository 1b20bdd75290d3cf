using System.Globalization;
using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The SQL of one write transaction on a BorderMap GeoPackage. Statements are prepared once per
/// transaction and reused, which is what makes a 100,000-claim import fast. Not thread-safe: one
/// instance belongs to one transaction.
/// </summary>
internal sealed class ClaimTables(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public (string Id, ClaimData Data, byte[] Geometry)? FindClaim(string id) =>
        FindById($"SELECT {ClaimRows.SelectColumns} FROM claims WHERE id = $id", id, row => ((string, ClaimData, byte[])?)ClaimRows.Read(row));

    /// <summary>Every claim id in the store.</summary>
    public HashSet<string> ClaimIds() => [.. All("SELECT id FROM claims", row => row.GetString(0))];

    /// <summary>The last history version of every claim id that has a history.</summary>
    public Dictionary<string, int> LastHistoryVersions() =>
        All("SELECT claimId, max(version) FROM claim_history GROUP BY claimId", row => (row.GetString(0), row.GetInt32(1)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    public bool ClaimExists(string id) => Scalar("SELECT 1 FROM claims WHERE id = $id", ("$id", id)) is not null;

    /// <summary>The version a claim created with this id gets: one past any deleted claim's history, so stale versions never match again.</summary>
    public int NextCreateVersion(string id) =>
        Convert.ToInt32(Scalar("SELECT coalesce(max(version), 0) + 1 FROM claim_history WHERE claimId = $id", ("$id", id)), CultureInfo.InvariantCulture);

    private static readonly string InsertSql =
        $"INSERT INTO claims (geom, id, {string.Join(", ", ClaimRows.DataColumns)}) VALUES ($geom, $id, {string.Join(", ", ClaimRows.DataColumns.Select(c => "$" + c))})";

    private static readonly string UpdateSql =
        $"UPDATE claims SET geom = $geom, {string.Join(", ", ClaimRows.DataColumns.Select(c => $"{c} = ${c}"))} WHERE id = $id";

    public void InsertClaim(Claim claim) => Write(InsertSql, ClaimRows.Serialize(claim));

    public void UpdateClaim(Claim claim) => Write(UpdateSql, ClaimRows.Serialize(claim));

    /// <summary>Inserts or updates a claim and writes its R-tree entry directly, for use while the index triggers are dropped (<see cref="BulkImport"/>).</summary>
    public void WriteIndexed(ClaimRow row, bool isNew)
    {
        Write(isNew ? InsertSql : UpdateSql, row);
        var e = row.Envelope;
        Execute(
            "INSERT OR REPLACE INTO rtree_claims_geom VALUES (CASE WHEN $isNew THEN last_insert_rowid() ELSE (SELECT fid FROM claims WHERE id = $id) END, $minx, $maxx, $miny, $maxy)",
            ("$isNew", isNew),
            ("$id", row.Id),
            ("$minx", e.MinX),
            ("$maxx", e.MaxX),
            ("$miny", e.MinY),
            ("$maxy", e.MaxY));
    }

    /// <summary>Runs DDL such as dropping and re-creating triggers, inside this transaction.</summary>
    public void ExecuteDdl(string sql) => Execute(sql);

    public void DeleteClaim(string id) => Execute("DELETE FROM claims WHERE id = $id", ("$id", id));

    public void AppendHistory(string claimId, int version, DateTimeOffset at, string? actor, HistoryAction action, Claim? oldValue, Claim? newValue) =>
        AppendHistory(claimId, version, at, actor, action, oldValue is null ? null : ClaimGeoJson.FeatureText(oldValue), newValue is null ? null : ClaimGeoJson.FeatureText(newValue));

    /// <summary>Appends a history entry whose old and new values are already GeoJSON text.</summary>
    public void AppendHistory(string claimId, int version, DateTimeOffset at, string? actor, HistoryAction action, string? oldValue, string? newValue) =>
        Execute(
            "INSERT INTO claim_history (claimId, version, at, actor, action, oldValue, newValue) VALUES ($claimId, $version, $at, $actor, $action, $old, $new)",
            ("$claimId", claimId),
            ("$version", version),
            ("$at", Timestamps.Write(at)),
            ("$actor", actor),
            ("$action", action.ToString().ToLowerInvariant()),
            ("$old", oldValue),
            ("$new", newValue));

    public Source? FindSource(string id) => FindById($"SELECT {SourceRows.SelectColumns} FROM sources WHERE id = $id", id, SourceRows.Read);

    public bool SourceExists(string id) => Scalar("SELECT 1 FROM sources WHERE id = $id", ("$id", id)) is not null;

    public void InsertSource(Source source, string? supersedes, DateTimeOffset registeredAt) =>
        Execute(
            """
            INSERT INTO sources (id, title, publisher, language, translatedFrom, url, publishedDate, sha256, notes, text, supersedes, registeredAt)
            VALUES ($id, $title, $publisher, $language, $translatedFrom, $url, $publishedDate, $sha256, $notes, $text, $supersedes, $registeredAt)
            """,
            ("$id", source.Id),
            ("$title", source.Title),
            ("$publisher", source.Publisher),
            ("$language", source.Language),
            ("$translatedFrom", source.TranslatedFrom),
            ("$url", source.Url?.ToString()),
            ("$publishedDate", source.PublishedDate),
            ("$sha256", source.Sha256),
            ("$notes", JsonSerializer.Serialize(source.Notes, ClaimGeoJson.Options)),
            ("$text", source.Text),
            ("$supersedes", supersedes),
            ("$registeredAt", Timestamps.Write(registeredAt)));

    /// <summary>Records the change time and the claims' extent in <c>gpkg_contents</c>, which GIS tools show as the layer's extent.</summary>
    public void TouchContents(DateTimeOffset at)
    {
        Execute(
            """
            UPDATE gpkg_contents SET last_change = $at,
              min_x = (SELECT min(minx) FROM rtree_claims_geom), max_x = (SELECT max(maxx) FROM rtree_claims_geom),
              min_y = (SELECT min(miny) FROM rtree_claims_geom), max_y = (SELECT max(maxy) FROM rtree_claims_geom)
            WHERE table_name = 'claims'
            """,
            ("$at", Timestamps.Write(at)));
        Execute("UPDATE gpkg_contents SET last_change = $at WHERE table_name <> 'claims'", ("$at", Timestamps.Write(at)));
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }

    private void Write(string sql, ClaimRow row) =>
        Bound(sql, [("$geom", row.Geometry), ("$id", row.Id), .. ClaimRows.DataParameters.Select((name, i) => (name, row.Values[i]))]).ExecuteNonQuery();

    private List<T> All<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var reader = Bound(sql, []).ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private T? FindById<T>(string sql, string id, Func<SqliteDataReader, T> read)
    {
        using var reader = Bound(sql, [("$id", id)]).ExecuteReader();
        return reader.Read() ? read(reader) : default;
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters) => Bound(sql, parameters).ExecuteScalar();

    private void Execute(string sql, params (string Name, object? Value)[] parameters) => Bound(sql, parameters).ExecuteNonQuery();

    /// <summary>The command for <paramref name="sql"/> with these values; a command's parameters are created once and then only get new values.</summary>
    private SqliteCommand Bound(string sql, (string Name, object? Value)[] parameters)
    {
        var command = Command(sql);
        if (command.Parameters.Count != parameters.Length)
        {
            command.Parameters.Clear();
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    private SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            _commands[sql] = command;
        }

        return command;
    }
}
