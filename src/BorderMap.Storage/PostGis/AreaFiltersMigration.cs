namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 15: each <c>claim_areas</c> row carries its claim's period, category, status and
/// precision, in the leaf of the primary key's index (<c>INCLUDE</c>). A region's page walks that
/// index in position order; with the filter's dates and kinds tested there (<see cref="PostGisQuery"/>)
/// it visits the wide claim rows only of the claims it returns, where it visited every claim of the
/// region until it had a page. <see cref="PostGisTables"/> writes the copies from the claim row in
/// the statement that writes the areas, which every claim write runs after the claim's own.
/// The table is built anew (not updated in place) so a large store is left without dead rows;
/// running it again on a table that already has the columns rebuilds it the same way.
/// </summary>
internal static class AreaFiltersMigration
{
    /// <summary>The claim columns copied into each of its <c>claim_areas</c> rows.</summary>
    public const string Copied = "period, category, status, geo_precision";

    public const string Sql =
        $"""
        CREATE TABLE claim_areas_filtered (
          claim_fid bigint NOT NULL CONSTRAINT claim_areas_claim_fid_fkey REFERENCES claims (fid) ON DELETE CASCADE,
          area_id text NOT NULL,
          period daterange NOT NULL,
          category text NOT NULL,
          status text NOT NULL,
          geo_precision smallint);
        INSERT INTO claim_areas_filtered (claim_fid, area_id, {Copied})
          SELECT r.claim_fid, r.area_id, c.period, c.category, c.status, c.geo_precision
          FROM claim_areas r JOIN claims c ON c.fid = r.claim_fid
          ORDER BY r.area_id, r.claim_fid;
        DROP TABLE claim_areas;
        ALTER TABLE claim_areas_filtered RENAME TO claim_areas;
        ALTER TABLE claim_areas ADD CONSTRAINT claim_areas_pkey PRIMARY KEY (area_id, claim_fid) INCLUDE ({Copied});
        CREATE INDEX claim_areas_claim_idx ON claim_areas (claim_fid);
        ANALYZE claim_areas;
        """;
}
