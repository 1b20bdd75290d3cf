namespace BorderMap.Storage.PostGis;

/// <summary>
/// Source versions and reliability: the Admiralty grade of each source, and one row per quote re-anchored into a new version of its source
/// (<see cref="QuoteAnchor"/>), never deleted, and only a fuzzy anchor's review filled in, once
/// (enforced by a trigger for every client); and an index on <c>claims (source, id)</c>, so that
/// re-anchoring pages through one source's claims.
/// </summary>
internal static class QuoteAnchorsMigration
{
    public const string Sql = """
        CREATE TABLE quote_anchors (
          fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          claim_id text NOT NULL,
          from_source text NOT NULL REFERENCES sources (id),
          to_source text NOT NULL REFERENCES sources (id),
          status text NOT NULL CHECK (status IN ('exact', 'moved', 'fuzzy', 'orphaned')),
          old_quote jsonb NOT NULL,
          new_quote jsonb,
          similarity double precision NOT NULL,
          at timestamptz NOT NULL,
          review text CHECK (review IN ('accepted', 'rejected')),
          reviewed_by text,
          reviewed_at timestamptz,
          UNIQUE (to_source, claim_id)
        );
        CREATE INDEX claims_source_idx ON claims (source, id);

        -- Source reliability (Admiralty A–F): a column without default fires no row trigger.
        ALTER TABLE sources ADD COLUMN reliability text CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));

        CREATE FUNCTION bordermap_review_anchor_once() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF OLD.review IS NOT NULL OR OLD.status <> 'fuzzy' THEN
            RAISE EXCEPTION 'only a fuzzy anchor is reviewed, once';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER quote_anchors_reviewed_once BEFORE UPDATE ON quote_anchors
          FOR EACH ROW EXECUTE FUNCTION bordermap_review_anchor_once();
        CREATE TRIGGER quote_anchors_kept BEFORE DELETE ON quote_anchors
          FOR EACH ROW EXECUTE FUNCTION bordermap_refuse_change('quote anchors are kept: they record every re-anchoring');
        """;
}
