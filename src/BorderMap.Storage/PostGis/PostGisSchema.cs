using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// The database schema of the PostGIS store and its migrations. <see cref="Migrate"/> runs on every
/// start-up: it takes a transaction-scoped advisory lock, so several app instances starting at
/// once apply each migration exactly once, reads <c>schema_version</c> and applies what is missing,
/// all in one transaction. A migration is never edited once released; a change is a new one.
/// </summary>
internal static class PostGisSchema
{
    /// <summary>The advisory lock key every BorderMap instance takes while it migrates (ASCII "BMAPSCHM").</summary>
    public const long MigrationLock = 0x424D41505343484D;

    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: sources, claims with a GiST-indexed geometry, the append-only history.
        """
        CREATE EXTENSION IF NOT EXISTS postgis;

        CREATE TABLE sources (
          fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          id text NOT NULL UNIQUE,
          title text NOT NULL,
          publisher text NOT NULL,
          language text NOT NULL,
          translated_from text,
          url text,
          published_date text NOT NULL,
          sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
          notes jsonb NOT NULL,
          text text NOT NULL,
          supersedes text REFERENCES sources (id),
          registered_at timestamptz NOT NULL
        );

        CREATE TABLE claims (
          fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          id text NOT NULL UNIQUE,
          version integer NOT NULL CHECK (version >= 1),
          geom geometry(Geometry, 4326) NOT NULL,
          title text NOT NULL,
          category text NOT NULL,
          status text NOT NULL,
          event_date text NOT NULL,
          end_date text,
          source text NOT NULL REFERENCES sources (id),
          created_at timestamptz NOT NULL,
          updated_at timestamptz NOT NULL,
          data jsonb NOT NULL
        );
        CREATE INDEX claims_geom_idx ON claims USING gist (geom);
        CREATE INDEX claims_event_date_idx ON claims (event_date);
        CREATE INDEX claims_category_idx ON claims (category);

        CREATE TABLE claim_history (
          fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          claim_id text NOT NULL,
          version integer NOT NULL,
          at timestamptz NOT NULL,
          actor text,
          action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
          old_value json,
          new_value json,
          UNIQUE (claim_id, version)
        );

        CREATE FUNCTION bordermap_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '%', TG_ARGV[0];
        END $$;
        CREATE TRIGGER sources_immutable BEFORE UPDATE OR DELETE ON sources
          FOR EACH ROW EXECUTE FUNCTION bordermap_refuse_change('sources are immutable: register a correction that supersedes the source');
        CREATE TRIGGER claim_history_append_only BEFORE UPDATE OR DELETE ON claim_history
          FOR EACH ROW EXECUTE FUNCTION bordermap_refuse_change('the claim history is append-only');
        """,

        // 2: each claim's date range as a daterange beside its geometry, under one GiST index, so that a
        // bbox plus date-window query is one index scan; the day parser is IMMUTABLE (text::date is not,
        // it reads DateStyle), which a generated column needs. Stored dates are always YYYY-MM-DD.
        """
        CREATE FUNCTION bordermap_day(iso text) RETURNS date LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
          RETURN make_date(substr(iso, 1, 4)::integer, substr(iso, 6, 2)::integer, substr(iso, 9, 2)::integer);

        ALTER TABLE claims ADD COLUMN period daterange NOT NULL
          GENERATED ALWAYS AS (daterange(bordermap_day(event_date), bordermap_day(coalesce(end_date, event_date)), '[]')) STORED;
        CREATE INDEX claims_geom_period_idx ON claims USING gist (geom, period);
        """,

        // 3: what each claim is queried by, derived when it is written (ClaimRecord) and indexed, so that
        // every query is an index lookup: the areas it belongs to (a table for the filter, an array for the counts), its search key under a trigram index,
        // its anchor in Web Mercator for tiles, its precision and actors as plain columns. The values the
        // SQL cannot derive exactly (the anchor, the areas, the folded key) start null and are filled in
        // from C# right after this migration (PostGisBackfill). Every committed write of a claim or a
        // source is announced on the channel bordermap_changes, for the instances that wait for changes.
        """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;

        CREATE TABLE claim_areas (
          claim_fid bigint NOT NULL REFERENCES claims (fid) ON DELETE CASCADE,
          area_id text NOT NULL,
          PRIMARY KEY (area_id, claim_fid)
        );
        CREATE INDEX claim_areas_claim_idx ON claim_areas (claim_fid);

        ALTER TABLE claims
          ADD COLUMN search_key text,
          ADD COLUMN anchor geometry(Point, 3857),
          ADD COLUMN geo_precision smallint,
          ADD COLUMN actors text[],
          ADD COLUMN actor_keys text[],
          ADD COLUMN area_ids text[];
        UPDATE claims SET geo_precision = (data->>'geoPrecision')::smallint;
        CREATE INDEX claims_search_key_idx ON claims USING gin (search_key gin_trgm_ops);
        CREATE INDEX claims_anchor_idx ON claims USING gist (anchor);
        CREATE INDEX claims_actor_keys_idx ON claims USING gin (actor_keys);
        CREATE INDEX claims_period_idx ON claims (period);

        -- Everything facets and histograms count, so that they read this index alone, never the wide rows.
        CREATE INDEX claims_counted_idx ON claims (fid) INCLUDE (category, status, geo_precision, period, actors, area_ids);

        CREATE FUNCTION bordermap_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('bordermap_changes', '');
          RETURN NULL;
        END $$;
        CREATE TRIGGER claim_history_announce AFTER INSERT ON claim_history
          FOR EACH STATEMENT EXECUTE FUNCTION bordermap_announce_change();
        CREATE TRIGGER sources_announce AFTER INSERT ON sources
          FOR EACH STATEMENT EXECUTE FUNCTION bordermap_announce_change();
        """,
        QuoteAnchorsMigration.Sql, // 4: source versions and re-anchored quotes
        PostGisEventSchema.Migration, // 5: events
        CredibilityMigration.Sql, // 6: information credibility of claims
        CountTablesMigration.Sql, // 7: pre-counted clusters for low-zoom tiles, and days for facets and histograms
        SortIndexesMigration.Sql, // 8: indexes of the sorted claim lists
        ClusterCellDaysMigration.Sql, // 9: pre-counted clusters by period, for low-zoom tiles under a date range
        AreaValuesMigration.Sql, // 10: pre-counted actors and areas within each area, for region facets
        ClaimPeriodsMigration.Sql, // 11: each claim's period widened by its date precision
        PostGisEventSchema.DerivedMigration, // 12: events' derived status and independent sources, the index of their boxes
        MonthRollupsMigration.Sql, // 13: month rollups of the day count tables, for long date ranges
        UnderivedIndexMigration.Sql, // 14: the index that finds claims still to backfill without a walk of the table
        AreaFiltersMigration.Sql, // 15: each claim's period, category, status and precision in its claim_areas rows, for region pages
        PageJsonMigration.Sql, // 16: each claim's page item, ready to send
        CellRowsMigration.Sql, // 17: claim_cells one row per cell at every zoom of a cluster tile's grid, for low-zoom tiles
        SearchKeyDirectMigration.Sql, // 18: the search key's trigram index without a pending list, so that no edit merges one
        KeysetGistMigration.Sql, // 19: GiST indexes that give a box page in position order, so that its scan stops at its last claim
        SearchKeyPendingListMigration.Sql, // 20: the pending list back, emptied beside the writes, so that no edit inserts its trigrams into the index
        Lz4ClaimTextMigration.Sql, // 21: the claim's data and search key compressed with LZ4, not pglz
        UnusedClaimIndexesMigration.Sql, // 22: two indexes of claims that no statement can use dropped
        WideDatesMigration.Sql, // 23: the date-sort index of the claims whose period is longer than a day, for date-sorted pages under a date window
        TileFieldsMigration.Sql, // 24: each claim's time precision and place in stored columns, for single-claim tiles
        PlaceSortIndexMigration.Sql, // 25: the place sort's index on the stored place column
        HistoryVersionsOnceMigration.Sql, // 26: the history stores each version's text once: no new value for a create or an update
        CellMonthZoomsMigration.Sql, // 27: claim_cell_months only at the zooms a tile reads by months
        PlaceDayKeyMigration.Sql, // 28: the key of the claims' place-and-date order, in which a staged import writes them
        SearchKeyDigitsMigration.Sql, // 29: the search keys that collapsed a run of one digit derived again
    ];

    /// <summary>Brings the database to the latest schema; true when it was empty before (the caller seeds it in the same transaction).</summary>
    public static bool Migrate(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        var applied = new HashSet<int>();
        using (var current = new NpgsqlCommand("SELECT version FROM schema_version", connection, transaction))
        using (var reader = current.ExecuteReader())
        {
            while (reader.Read())
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var version = applied.Count == 0 ? 0 : applied.Max();
        if (version > Migrations.Count)
        {
            throw new StoreFormatException(connection.Database ?? "database", $"the database is at schema version {version}, newer than this BorderMap knows ({Migrations.Count}); upgrade BorderMap");
        }

        // Each migration not yet applied, in number order, so that one numbered below the last applied still runs.
        for (var next = 1; next <= Migrations.Count; next++)
        {
            if (applied.Contains(next))
            {
                continue;
            }

            var migration = Migrations[next - 1];
            // Untimed: a migration that builds an index takes as long as the table is large (two GiST builds took 54 s at 1,000,000 claims, past the 30 s command timeout).
            PostGisRows.ExecuteUntimed(connection, transaction, migration);
            if (migration == ClaimPeriodsMigration.Sql)
            {
                ClaimPeriodsMigration.WidenStoredPeriods(connection, transaction);
            }

            using var record = new NpgsqlCommand("INSERT INTO schema_version (version) VALUES (@v)", connection, transaction);
            record.Parameters.AddWithValue("v", next);
            record.ExecuteNonQuery();
        }

        return version == 0;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
