namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The GeoPackage's <c>claim_days</c> (<see cref="DayCounts"/>), kept by triggers on
/// <c>claim_summary</c> (every claim) and <c>claim_areas</c> (its areas), which every claim write,
/// import, delete and backfill changes with the claim. Either table's rows may be written or removed
/// first: a claim's area rows are counted by whichever of its two rows comes second, and uncounted
/// by whichever goes first.
/// </summary>
internal static class DayCountSchema
{
    private const string Table =
        """
        CREATE TABLE claim_days (
          area_id TEXT NOT NULL, start_day TEXT NOT NULL, end_day TEXT NOT NULL,
          category TEXT NOT NULL, status TEXT NOT NULL, geo_precision INTEGER NOT NULL, count INTEGER NOT NULL,
          PRIMARY KEY (area_id, start_day, end_day, category, status, geo_precision)) WITHOUT ROWID;
        """;

    private const string Columns = "area_id, start_day, end_day, category, status, geo_precision, count";

    private const string Key = "(area_id, start_day, end_day, category, status, geo_precision)";

    /// <summary>The table and its columns, for a writer of whole rows (<see cref="MembershipCounts"/>).</summary>
    public const string Into = $"claim_days ({Columns})";

    /// <summary>An insert's <c>ON CONFLICT</c> clause: a row already there gets the row's count added.</summary>
    public const string AddCounts = $"ON CONFLICT {Key} DO UPDATE SET count = count + excluded.count";

    /// <summary>The rows of the claim <c>OLD</c> (a <c>claim_summary</c> row) in the areas <paramref name="areas"/> selects.</summary>
    private static string OldClaimIn(string areas) =>
        $"area_id IN ({areas}) AND start_day = OLD.start_day AND end_day = OLD.end_day AND category = OLD.category AND status = OLD.status AND geo_precision = OLD.geo_precision";

    /// <summary>The rows of the area <c>OLD</c> (a <c>claim_areas</c> row) with the values of its claim's summary row.</summary>
    private const string OldAreaOfClaim =
        "area_id = OLD.area_id AND (start_day, end_day, category, status, geo_precision) IN (SELECT start_day, end_day, category, status, geo_precision FROM claim_summary WHERE claim_fid = OLD.claim_fid)";

    private const string ClaimAreas = "SELECT '' UNION ALL SELECT area_id FROM claim_areas WHERE claim_fid = OLD.claim_fid";

    private static string Triggers =>
        $"""
        CREATE TRIGGER claim_days_add AFTER INSERT ON claim_summary
        BEGIN
          INSERT INTO claim_days ({Columns}) SELECT '', NEW.start_day, NEW.end_day, NEW.category, NEW.status, NEW.geo_precision, 1 WHERE true {AddCounts};
          INSERT INTO claim_days ({Columns}) SELECT a.area_id, NEW.start_day, NEW.end_day, NEW.category, NEW.status, NEW.geo_precision, 1
            FROM claim_areas a WHERE a.claim_fid = NEW.claim_fid {AddCounts};
        END;
        CREATE TRIGGER claim_days_remove AFTER DELETE ON claim_summary
        BEGIN
          UPDATE claim_days SET count = count - 1 WHERE {OldClaimIn(ClaimAreas)};
          DELETE FROM claim_days WHERE count = 0 AND {OldClaimIn(ClaimAreas)};
        END;
        CREATE TRIGGER claim_days_add_area AFTER INSERT ON claim_areas
        BEGIN
          INSERT INTO claim_days ({Columns}) SELECT NEW.area_id, s.start_day, s.end_day, s.category, s.status, s.geo_precision, 1
            FROM claim_summary s WHERE s.claim_fid = NEW.claim_fid {AddCounts};
        END;
        CREATE TRIGGER claim_days_remove_area AFTER DELETE ON claim_areas
        BEGIN
          UPDATE claim_days SET count = count - 1 WHERE {OldAreaOfClaim};
          DELETE FROM claim_days WHERE count = 0 AND {OldAreaOfClaim};
        END;
        """;

    /// <summary>Adds the claims of <paramref name="summary"/> (<c>claim_summary</c> rows) to the counts, each row once.</summary>
    public static string FillFrom(string summary) =>
        $"""
        INSERT INTO claim_days ({Columns})
          SELECT '', s.start_day, s.end_day, s.category, s.status, s.geo_precision, count(*) FROM {summary} s GROUP BY 2, 3, 4, 5, 6 {AddCounts};
        INSERT INTO claim_days ({Columns})
          SELECT a.area_id, s.start_day, s.end_day, s.category, s.status, s.geo_precision, count(*)
          FROM {summary} s JOIN claim_areas a ON a.claim_fid = s.claim_fid GROUP BY 1, 2, 3, 4, 5, 6 {AddCounts};
        """;

    /// <summary>Counts every claim already stored.</summary>
    public static string Fill => FillFrom("claim_summary");

    public static string Create => Table + Fill + Triggers;
}
