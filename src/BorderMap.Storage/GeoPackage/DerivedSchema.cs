namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The tables a BorderMap GeoPackage keeps beside <c>claims</c> so that every query is an index
/// lookup: values derived from each claim when it is written (<see cref="Writes.ClaimRecord"/>).
/// They are not GeoPackage content (not in <c>gpkg_contents</c>), which the specification allows,
/// so GDAL and QGIS show only the three layers and ignore them:
/// <list type="bullet">
/// <item><c>claim_summary</c>: per claim fid, the columns filters and aggregates read (category, status, precision, and the first and last day of its <see cref="Core.Claims.ClaimPeriod"/>: its dates widened by their precision), its exact envelope (the GeoPackage R-tree keeps float32 bounds) and its anchor in lon/lat and Web Mercator;</item>
/// <item><c>claim_anchors</c>: an R-tree of the anchors in Web Mercator, for tiles;</item>
/// <item><c>claim_extents</c>: an R-tree of each claim's envelope and period (as day numbers), so that a box and a date range narrow the candidates together;</item>
/// <item><c>claim_areas</c> and <c>claim_actors</c>: the areas a claim belongs to and the actors it names, one row each, for the region and actor filters and facets; each area row also holds the claim's first and last day, so that a region's claims in a date range are found in its rows alone;</item>
/// <item><c>claim_search</c>: the search key in an FTS5 trigram index, whose <c>GLOB</c> finds substrings;</item>
/// <item><c>claim_pages</c>: per claim fid, its page item (<see cref="ClaimPageJson"/>), which a page copies out as it is.</item>
/// </list>
/// <c>bordermap_schema</c> records that a file has them (GeoPackage owns <c>PRAGMA user_version</c>);
/// a file from an earlier release lacks it and is upgraded when opened; one at version 1 holds the
/// claims' stated days, not their periods, and is upgraded by <see cref="ClaimPeriodUpgrade"/>; one
/// at version 2 has no days in <c>claim_areas</c>, and is upgraded by <see cref="AreaDaysUpgrade"/>; one
/// at version 3 has no <c>claim_pages</c>, and is upgraded by <see cref="ClaimPagesUpgrade"/>;
/// one before version 5 has <c>claim_cells</c> by category at every other zoom, and is upgraded by <see cref="ClusterCellUpgrade"/>;
/// one before version 6 has search keys whose runs of one digit were collapsed, and is upgraded by <see cref="SearchKeyDigitsUpgrade"/>.
/// </summary>
internal static class DerivedSchema
{
    public const int Version = SearchKeyDigitsUpgrade.Version;

    public const string HasVersion = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'bordermap_schema'";

    public static readonly string Create = $"""
        CREATE TABLE IF NOT EXISTS bordermap_schema (version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS claim_summary (
          claim_fid INTEGER PRIMARY KEY,
          category TEXT NOT NULL,
          status TEXT NOT NULL,
          geo_precision INTEGER NOT NULL,
          start_day TEXT NOT NULL,
          end_day TEXT NOT NULL,
          west REAL NOT NULL, east REAL NOT NULL, south REAL NOT NULL, north REAL NOT NULL,
          lon REAL NOT NULL, lat REAL NOT NULL, x REAL NOT NULL, y REAL NOT NULL);
        CREATE INDEX IF NOT EXISTS claim_summary_by_day ON claim_summary (start_day, end_day);
        CREATE INDEX IF NOT EXISTS claim_summary_by_facets ON claim_summary (category, status, geo_precision);
        CREATE VIRTUAL TABLE IF NOT EXISTS claim_anchors USING rtree(id, minx, maxx, miny, maxy);
        CREATE VIRTUAL TABLE IF NOT EXISTS claim_extents USING rtree(id, west, east, south, north, first_day, last_day);
        CREATE TABLE IF NOT EXISTS claim_areas (
          area_id TEXT NOT NULL,
          claim_fid INTEGER NOT NULL,
          start_day TEXT NOT NULL,
          end_day TEXT NOT NULL,
          PRIMARY KEY (area_id, claim_fid)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS claim_areas_by_claim ON claim_areas (claim_fid);
        CREATE TABLE IF NOT EXISTS claim_actors (
          actor TEXT NOT NULL,
          claim_fid INTEGER NOT NULL,
          actor_key TEXT NOT NULL,
          PRIMARY KEY (actor, claim_fid)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS claim_actors_by_key ON claim_actors (actor_key, claim_fid);
        CREATE INDEX IF NOT EXISTS claim_actors_by_claim ON claim_actors (claim_fid);
        CREATE VIRTUAL TABLE IF NOT EXISTS claim_search USING fts5(key, tokenize = 'trigram case_sensitive 1', detail = 'none');
        {ClaimPagesUpgrade.CreateTable}
        DELETE FROM bordermap_schema;
        INSERT INTO bordermap_schema VALUES ({Version});
        """;

    /// <summary>True when the file's derived tables are at a version before <paramref name="version"/> (an upgrade to it is due), read with the caller's command.</summary>
    public static bool IsBefore(Microsoft.Data.Sqlite.SqliteCommand command, int version)
    {
        command.CommandText = "SELECT max(version) FROM bordermap_schema";
        return command.ExecuteScalar() is long stored && stored < version;
    }

    /// <summary>Empties the derived tables, so that a backfill starts from nothing whatever an interrupted tool left.</summary>
    public const string Clear =
        "DELETE FROM claim_summary; DELETE FROM claim_anchors; DELETE FROM claim_extents; DELETE FROM claim_areas; DELETE FROM claim_actors; DELETE FROM claim_search; DELETE FROM claim_pages;";
}
