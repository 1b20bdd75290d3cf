using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>What a PostGIS store's catalog and counts say, for the import tests.</summary>
internal static class PostGisCatalog
{
    /// <summary>
    /// Every index in the database with its definition and whether it is valid and ready, every
    /// constraint with its definition, and every trigger with whether it is enabled.
    /// </summary>
    public static async Task<List<string>> SchemaAsync(string database) =>
        await LinesAsync(
            database,
            """
            SELECT format('index %s valid %s ready %s', pg_get_indexdef(i.indexrelid), i.indisvalid, i.indisready)
              FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
            UNION ALL
            SELECT format('constraint %s on %s: %s', k.conname, k.conrelid::regclass, pg_get_constraintdef(k.oid))
              FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace WHERE n.nspname = 'public'
            UNION ALL
            SELECT format('trigger %s on %s: %s', t.tgname, t.tgrelid::regclass, t.tgenabled)
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal
            ORDER BY 1
            """);

    /// <summary>Whether <c>claim_days</c> counts every stored claim once (area <c>''</c> holds every claim).</summary>
    public const string CountedEveryClaim =
        "SELECT CASE WHEN (SELECT sum(count) FROM claim_days WHERE area_id = '') = (SELECT count(*) FROM claims) THEN 'counted claims = stored claims' ELSE 'apart' END";

    public static async Task<List<string>> LinesAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
