namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The GeoPackage's <c>claim_area_values</c> (<see cref="AreaValueCounts"/>), kept by triggers on
/// <c>claim_summary</c>, <c>claim_areas</c> and <c>claim_actors</c>, which every claim write,
/// import, delete and backfill changes with the claim. The rows may come and go in any order: a
/// combination (area and actor, or area and other area) is counted by whichever of its rows comes
/// last, because each trigger joins the rows already there, and uncounted by whichever goes first.
/// </summary>
internal static class AreaValueSchema
{
    private const string Table =
        """
        CREATE TABLE claim_area_values (
          area_id TEXT NOT NULL, start_day TEXT NOT NULL, end_day TEXT NOT NULL,
          category TEXT NOT NULL, status TEXT NOT NULL, geo_precision INTEGER NOT NULL,
          kind TEXT NOT NULL, value TEXT NOT NULL, count INTEGER NOT NULL,
          PRIMARY KEY (area_id, start_day, end_day, category, status, geo_precision, kind, value)) WITHOUT ROWID;
        """;

    private const string Columns = "area_id, start_day, end_day, category, status, geo_precision, kind, value, count";

    private const string Key = "(area_id, start_day, end_day, category, status, geo_precision, kind, value)";

    /// <summary>The table and its columns, for a writer of whole rows (<see cref="MembershipCounts"/>).</summary>
    public const string Into = $"claim_area_values ({Columns})";

    /// <summary>An insert's <c>ON CONFLICT</c> clause: a row already there gets the row's count added.</summary>
    public const string AddCounts = $"ON CONFLICT {Key} DO UPDATE SET count = count + excluded.count";

    /// <summary>Every area of the claim <paramref name="fid"/>, and <c>''</c> (every claim), as <c>area_id</c>.</summary>
    private static string AreasAndAll(string fid) => $"SELECT '' AS area_id UNION ALL SELECT area_id FROM claim_areas WHERE claim_fid = {fid}";

    /// <summary>The combinations of all of one claim's rows, as <c>(area, kind, value)</c>: its actors in every area and in <c>''</c>, and each pair of its areas both ways.</summary>
    private static string AllCombinations(string fid) =>
        $"SELECT a.area_id, 'actor' AS kind, t.actor AS value FROM ({AreasAndAll(fid)}) a, claim_actors t WHERE t.claim_fid = {fid} " +
        $"UNION ALL SELECT a.area_id, 'area', b.area_id FROM claim_areas a, claim_areas b WHERE a.claim_fid = {fid} AND b.claim_fid = {fid} AND a.area_id <> b.area_id";

    /// <summary>
    /// The combinations one area row of the claim takes part in: the area with each actor, and with
    /// each other area both ways. Named by value, not read back, so that it serves after a delete too.
    /// </summary>
    private static string AreaCombinations(string fid, string area) =>
        $"SELECT {area} AS area_id, 'actor' AS kind, t.actor AS value FROM claim_actors t WHERE t.claim_fid = {fid} " +
        $"UNION ALL SELECT {area}, 'area', b.area_id FROM claim_areas b WHERE b.claim_fid = {fid} AND b.area_id <> {area} " +
        $"UNION ALL SELECT b.area_id, 'area', {area} FROM claim_areas b WHERE b.claim_fid = {fid} AND b.area_id <> {area}";

    /// <summary>The combinations one actor row of the claim takes part in: the actor in every area of the claim and in <c>''</c>.</summary>
    private static string ActorCombinations(string fid, string actor) =>
        $"SELECT a.area_id, 'actor' AS kind, {actor} AS value FROM ({AreasAndAll(fid)}) a";

    /// <summary>Adds one to each combination, with the values of the claim's summary row <c>s</c>.</summary>
    private static string Add(string fid, string summary, string combinations) =>
        $"""
        INSERT INTO claim_area_values ({Columns})
          SELECT v.area_id, {summary}.start_day, {summary}.end_day, {summary}.category, {summary}.status, {summary}.geo_precision, v.kind, v.value, 1
          FROM ({combinations}) v{(summary == "s" ? $", claim_summary s WHERE s.claim_fid = {fid}" : " WHERE true")}
          {AddCounts};
        """;

    /// <summary>Takes one from each combination and drops the rows that reach nothing.</summary>
    private static string Remove(string fid, string summary, string combinations)
    {
        var rows = $"{Key} IN (SELECT v.area_id, {summary}.start_day, {summary}.end_day, {summary}.category, {summary}.status, {summary}.geo_precision, v.kind, v.value " +
            $"FROM ({combinations}) v{(summary == "s" ? $", claim_summary s WHERE s.claim_fid = {fid}" : string.Empty)})";
        return $"UPDATE claim_area_values SET count = count - 1 WHERE {rows};\n  DELETE FROM claim_area_values WHERE count = 0 AND {rows};";
    }

    private static string Triggers =>
        $"""
        CREATE TRIGGER claim_area_values_add AFTER INSERT ON claim_summary
        BEGIN {Add("NEW.claim_fid", "NEW", AllCombinations("NEW.claim_fid"))} END;
        CREATE TRIGGER claim_area_values_remove AFTER DELETE ON claim_summary
        BEGIN {Remove("OLD.claim_fid", "OLD", AllCombinations("OLD.claim_fid"))} END;
        CREATE TRIGGER claim_area_values_add_area AFTER INSERT ON claim_areas
        BEGIN {Add("NEW.claim_fid", "s", AreaCombinations("NEW.claim_fid", "NEW.area_id"))} END;
        CREATE TRIGGER claim_area_values_remove_area AFTER DELETE ON claim_areas
        BEGIN {Remove("OLD.claim_fid", "s", AreaCombinations("OLD.claim_fid", "OLD.area_id"))} END;
        CREATE TRIGGER claim_area_values_add_actor AFTER INSERT ON claim_actors
        BEGIN {Add("NEW.claim_fid", "s", ActorCombinations("NEW.claim_fid", "NEW.actor"))} END;
        CREATE TRIGGER claim_area_values_remove_actor AFTER DELETE ON claim_actors
        BEGIN {Remove("OLD.claim_fid", "s", ActorCombinations("OLD.claim_fid", "OLD.actor"))} END;
        """;

    /// <summary>
    /// Adds the claims of <paramref name="summary"/> (<c>claim_summary</c> rows) to the counts, each
    /// row once: their actors in every one of their areas and in <c>''</c>, and each pair of their
    /// areas. One statement per kind of combination, each led by the claims, so that counting a few
    /// claims reads only their rows; the kinds never share a row.
    /// </summary>
    public static string FillFrom(string summary)
    {
        const string Values = "s.start_day, s.end_day, s.category, s.status, s.geo_precision";
        string Count(string combination, string joins) =>
            $"INSERT INTO claim_area_values ({Columns}) SELECT {combination}, count(*) FROM {summary} s {joins} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 {AddCounts};\n";
        return Count($"'', {Values}, 'actor', t.actor", "JOIN claim_actors t ON t.claim_fid = s.claim_fid")
            + Count($"a.area_id, {Values}, 'actor', t.actor", "JOIN claim_areas a ON a.claim_fid = s.claim_fid JOIN claim_actors t ON t.claim_fid = s.claim_fid")
            + Count($"a.area_id, {Values}, 'area', b.area_id", "JOIN claim_areas a ON a.claim_fid = s.claim_fid JOIN claim_areas b ON b.claim_fid = s.claim_fid AND b.area_id <> a.area_id");
    }

    /// <summary>Counts every claim already stored.</summary>
    public static string Fill => FillFrom("claim_summary");

    public static string Create => Table + Fill + Triggers;
}
