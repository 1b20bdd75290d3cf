-- Grows a PostGIS store of the scale benchmark's synthetic claims (ids synthetic-0 … synthetic-N-1,
-- one day of 2021 each) to (copies + 1) × N claims in SQL, instead of a much longer import: copy k
-- of claim synthetic-i is synthetic-(i + k·N), at the same place, its day moved k × 37 days on
-- within 2021 (so the copies spread over the day-count rows as new claims would, instead of adding
-- to the rows of the original's day). The count tables follow through their triggers, as with an
-- import; no history is written for the copies. The trigram index of the search key is dropped
-- for the copies and built again after (building it once is cheaper than keeping it per row).
-- For a benchmark store only, on the schema before migration 15 (claim_areas: claim and area).
--
--   psql -v copies=9 -v n=100000 -f bench/scale/grow.sql DATABASE
\set ON_ERROR_STOP 1
\timing on
DROP INDEX IF EXISTS claims_search_key_idx;
SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS kept
  FROM information_schema.columns
  WHERE table_name = 'claims' AND is_generated = 'NEVER' AND column_name NOT IN ('fid', 'id', 'period', 'event_date', 'data') \gset
BEGIN;
SELECT format(
  $sql$
  INSERT INTO claims (id, period, event_date, data, %1$s)
  SELECT 'synthetic-' || (substr(c.id, 11)::integer + %2$s * %3$s), daterange(s.day, s.day + (upper(c.period) - lower(c.period))),
         to_char(s.day, 'YYYY-MM-DD'), jsonb_set(c.data, '{eventDate}', to_jsonb(to_char(s.day, 'YYYY-MM-DD'))), %4$s
  FROM claims c CROSS JOIN LATERAL (SELECT date '2021-01-01' + ((lower(c.period) - date '2021-01-01' + %2$s * 37) %% 365 + 365) %% 365 AS day) s
  WHERE c.id ~ '^synthetic-[0-9]+$' AND substr(c.id, 11)::integer < %3$s
  $sql$, :'kept', k, :n, (SELECT string_agg('c.' || x, ', ') FROM unnest(string_to_array(:'kept', ', ')) AS x))
FROM generate_series(1, :copies) AS k \gexec
INSERT INTO claim_areas (claim_fid, area_id)
  SELECT c.fid, a.area_id FROM claims c CROSS JOIN LATERAL unnest(c.area_ids) AS a(area_id)
  WHERE c.id ~ '^synthetic-[0-9]+$' AND substr(c.id, 11)::integer >= :n;
COMMIT;
CREATE INDEX claims_search_key_idx ON claims USING gin (search_key gin_trgm_ops);
VACUUM ANALYZE;
SELECT count(*) AS claims FROM claims;
