namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 10: <c>event_areas</c> (<see cref="Events.EventPlaceSchema"/>, filled from C# right
/// after, as the store opens) and <c>claim_area_values</c> (<see cref="AreaValueCounts"/>), filled from the claims
/// already stored and kept by statement triggers on <c>claims</c> beside those of migration 7, so
/// that every insert, update and delete, one claim or a whole import chunk, changes the counts in
/// its own transaction. Each statement folds its changes into one delta per row and applies them in
/// key order, so concurrent writers lock rows in the same order.
/// </summary>
internal static class AreaValuesMigration
{
    public const string Changed = "area_ids, actors, period, category, status, geo_precision";

    private const string Key = "area_id, start_day, end_day, category, status, geo_precision, kind, value";

    public static string Sql =>
        $"""
        {Events.EventPlaceSchema.Create}
        CREATE TABLE claim_area_values (
          area_id text NOT NULL, start_day date NOT NULL, end_day date NOT NULL,
          category text NOT NULL, status text NOT NULL, geo_precision smallint NOT NULL,
          kind text NOT NULL, value text NOT NULL, count bigint NOT NULL,
          PRIMARY KEY ({Key}));
        CREATE INDEX claim_area_values_empty_idx ON claim_area_values (area_id) WHERE count = 0;

        {AddValues($"SELECT {Changed}, 1 AS n FROM claims")}

        {ClaimCountTriggers.Sql("area_values", Changed, changes => $"{AddValues(changes)}\n  DELETE FROM claim_area_values WHERE count = 0;")}
        """;

    /// <summary>
    /// Adds the changes (claims counted +1 or −1): each claim's distinct actors in every area it
    /// belongs to and in <c>''</c> (every claim), and each pair of its areas both ways.
    /// </summary>
    public static string AddValues(string changes) =>
        $"""
        INSERT INTO claim_area_values AS t ({Key}, count)
          SELECT a.area_id, lower(c.period), upper(c.period) - 1, c.category, c.status, c.geo_precision, v.kind, v.value, sum(c.n)
          FROM ({changes}) AS c
            CROSS JOIN unnest(coalesce(c.area_ids, ARRAY[]::text[]) || ''::text) AS a(area_id)
            CROSS JOIN LATERAL (
              SELECT DISTINCT '{AreaValueCounts.Actor}', x FROM unnest(c.actors) AS x
              UNION ALL SELECT '{AreaValueCounts.Area}', b FROM unnest(c.area_ids) AS b WHERE a.area_id <> '' AND b <> a.area_id) AS v(kind, value)
          WHERE c.geo_precision IS NOT NULL
          GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
          HAVING sum(c.n) <> 0
          ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
        ON CONFLICT ({Key}) DO UPDATE SET count = t.count + excluded.count;
        """;
}
