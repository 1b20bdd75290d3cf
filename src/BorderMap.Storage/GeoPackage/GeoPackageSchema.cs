namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The DDL of a BorderMap GeoPackage (OGC 12-128r18, GeoPackage 1.3): the mandatory
/// <c>gpkg_*</c> tables, the feature table <c>claims</c> with an R-tree spatial index on its
/// geometry, and the attribute tables <c>sources</c> and <c>claim_history</c>. The column names of
/// <c>claims</c> are the GeoJSON property names of a claim, and its list and object columns are
/// declared <c>application/json</c> in <c>gpkg_data_columns</c>, so GDAL (and with it QGIS and
/// <c>ogr2ogr</c>) reads them back as JSON: a claims layer converted to GeoJSON has the same shape
/// as the API's claims.
/// </summary>
internal static class GeoPackageSchema
{
    /// <summary>"GPKG" as a big-endian 32-bit integer: the application id GeoPackage 1.2+ requires.</summary>
    public const int ApplicationId = 1196444487;

    /// <summary>GeoPackage 1.3.0.</summary>
    public const int UserVersion = 10300;

    public const int Wgs84 = 4326;

    /// <summary>The JSON-valued columns of <c>claims</c>.</summary>
    public static readonly IReadOnlyList<string> JsonColumns = ["actors", "refs", "areas", "quote", "numbers"];

    public static readonly string Create = $"""
        PRAGMA application_id = {ApplicationId};
        PRAGMA user_version = {UserVersion};

        CREATE TABLE gpkg_spatial_ref_sys (
          srs_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL PRIMARY KEY,
          organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL,
          definition TEXT NOT NULL,
          description TEXT);
        INSERT INTO gpkg_spatial_ref_sys VALUES
          ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
          ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
          ('WGS 84 geodetic', {Wgs84}, 'EPSG', {Wgs84},
           'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
           'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');

        CREATE TABLE gpkg_contents (
          table_name TEXT NOT NULL PRIMARY KEY,
          data_type TEXT NOT NULL,
          identifier TEXT UNIQUE,
          description TEXT DEFAULT '',
          last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
          srs_id INTEGER,
          CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));

        CREATE TABLE gpkg_geometry_columns (
          table_name TEXT NOT NULL,
          column_name TEXT NOT NULL,
          geometry_type_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL,
          z TINYINT NOT NULL,
          m TINYINT NOT NULL,
          CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
          CONSTRAINT uk_gc_table_name UNIQUE (table_name),
          CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
          CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));

        CREATE TABLE gpkg_extensions (
          table_name TEXT,
          column_name TEXT,
          extension_name TEXT NOT NULL,
          definition TEXT NOT NULL,
          scope TEXT NOT NULL,
          CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));

        CREATE TABLE gpkg_data_columns (
          table_name TEXT NOT NULL,
          column_name TEXT NOT NULL,
          name TEXT,
          title TEXT,
          description TEXT,
          mime_type TEXT,
          constraint_name TEXT,
          CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name),
          CONSTRAINT gdc_tn UNIQUE (table_name, name));

        CREATE TABLE gpkg_data_column_constraints (
          constraint_name TEXT NOT NULL,
          constraint_type TEXT NOT NULL,
          value TEXT,
          min NUMERIC,
          min_is_inclusive BOOLEAN,
          max NUMERIC,
          max_is_inclusive BOOLEAN,
          description TEXT,
          CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value));

        INSERT INTO gpkg_extensions VALUES
          ('gpkg_data_columns', NULL, 'gpkg_schema', 'http://www.geopackage.org/spec/#extension_schema', 'read-write'),
          ('gpkg_data_column_constraints', NULL, 'gpkg_schema', 'http://www.geopackage.org/spec/#extension_schema', 'read-write');

        -- Source texts are registered once and never change: quote offsets point into them.
        CREATE TABLE sources (
          fid INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          title TEXT NOT NULL,
          publisher TEXT NOT NULL,
          language TEXT NOT NULL,
          translatedFrom TEXT,
          url TEXT,
          publishedDate DATE NOT NULL,
          sha256 TEXT NOT NULL,
          notes TEXT NOT NULL,
          text TEXT NOT NULL,
          supersedes TEXT REFERENCES sources(id),
          registeredAt DATETIME NOT NULL);
        CREATE TRIGGER sources_immutable_update BEFORE UPDATE ON sources
        BEGIN SELECT RAISE(ABORT, 'sources are immutable: register a correction as a new source'); END;
        CREATE TRIGGER sources_immutable_delete BEFORE DELETE ON sources
        BEGIN SELECT RAISE(ABORT, 'sources are immutable: register a correction as a new source'); END;

        CREATE TABLE claims (
          fid INTEGER PRIMARY KEY AUTOINCREMENT,
          geom GEOMETRY NOT NULL,
          id TEXT NOT NULL UNIQUE,
          title TEXT NOT NULL,
          category TEXT NOT NULL,
          actors TEXT NOT NULL,
          place TEXT NOT NULL,
          refs TEXT NOT NULL,
          areas TEXT NOT NULL,
          geoPrecision INTEGER NOT NULL,
          eventDate DATE NOT NULL,
          endDate DATE,
          timePrecision TEXT NOT NULL,
          reportedDate DATE NOT NULL,
          source TEXT NOT NULL REFERENCES sources(id),
          quote TEXT NOT NULL,
          translation TEXT NOT NULL,
          note TEXT,
          status TEXT NOT NULL,
          numbers TEXT NOT NULL,
          createdAt DATETIME NOT NULL,
          updatedAt DATETIME NOT NULL,
          version INTEGER NOT NULL);

        -- The history is append-only: old and new values are GeoJSON features, null for a create's old and a delete's new value;
        -- a create's or update's new value is null too: the version it made is the next entry's old value, or the claim as it stands.
        CREATE TABLE claim_history (
          fid INTEGER PRIMARY KEY AUTOINCREMENT,
          claimId TEXT NOT NULL,
          version INTEGER NOT NULL,
          at DATETIME NOT NULL,
          actor TEXT,
          action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
          oldValue TEXT,
          newValue TEXT,
          UNIQUE (claimId, version));
        CREATE TRIGGER claim_history_append_only_update BEFORE UPDATE ON claim_history
        BEGIN SELECT RAISE(ABORT, 'the claim history is append-only'); END;
        CREATE TRIGGER claim_history_append_only_delete BEFORE DELETE ON claim_history
        BEGIN SELECT RAISE(ABORT, 'the claim history is append-only'); END;

        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
          ('claims', 'features', 'claims', 'Claims placed on the map, one statement from one source each', {Wgs84}),
          ('sources', 'attributes', 'sources', 'Registered source texts (immutable)', NULL),
          ('claim_history', 'attributes', 'claim_history', 'Every create, update and delete of a claim', NULL);
        INSERT INTO gpkg_geometry_columns VALUES ('claims', 'geom', 'GEOMETRY', {Wgs84}, 0, 0);
        INSERT INTO gpkg_data_columns (table_name, column_name, name, mime_type, description) VALUES
          ('claims', 'actors', 'actors', 'application/json', NULL),
          ('claims', 'refs', 'refs', 'application/json', NULL),
          ('claims', 'areas', 'areas', 'application/json', NULL),
          ('claims', 'quote', 'quote', 'application/json', NULL),
          ('claims', 'numbers', 'numbers', 'application/json', NULL),
          ('sources', 'notes', 'notes', 'application/json', NULL),
          ('claim_history', 'oldValue', 'oldValue', 'application/json', 'The claim before the change; null for a create'),
          ('claim_history', 'newValue', 'newValue', 'application/json', 'Null: the claim after the change is the next entry''s oldValue, or the claims row if this is the claim''s last entry and not a delete');

        {RTree("claims", "geom", "fid")}
        """;

    /// <summary>
    /// The two R-tree triggers that claim inserts and geometry updates fire. Each calls the ST_*
    /// functions five times per row, which dominates a bulk import, so <see cref="BulkImport"/>
    /// drops them inside its transaction, writes the index rows itself and creates them again.
    /// </summary>
    public static readonly string ClaimsIndexWriteTriggers = RTreeWriteTriggers("claims", "geom", "fid");

    public const string DropClaimsIndexWriteTriggers = "DROP TRIGGER rtree_claims_geom_insert; DROP TRIGGER rtree_claims_geom_update1;";

    /// <summary>The GeoPackage R-tree spatial index extension: the virtual table and the triggers that keep it current.</summary>
    private static string RTree(string t, string c, string i) => $"""
        INSERT INTO gpkg_extensions VALUES ('{t}', '{c}', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
        CREATE VIRTUAL TABLE rtree_{t}_{c} USING rtree(id, minx, maxx, miny, maxy);
        {RTreeWriteTriggers(t, c, i)}
        CREATE TRIGGER rtree_{t}_{c}_update2 AFTER UPDATE OF {c} ON {t} WHEN OLD.{i} = NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
        BEGIN
          DELETE FROM rtree_{t}_{c} WHERE id = OLD.{i};
        END;
        CREATE TRIGGER rtree_{t}_{c}_update3 AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
        BEGIN
          DELETE FROM rtree_{t}_{c} WHERE id = OLD.{i};
          INSERT OR REPLACE INTO rtree_{t}_{c} VALUES (NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c}));
        END;
        CREATE TRIGGER rtree_{t}_{c}_update4 AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
        BEGIN
          DELETE FROM rtree_{t}_{c} WHERE id IN (OLD.{i}, NEW.{i});
        END;
        CREATE TRIGGER rtree_{t}_{c}_delete AFTER DELETE ON {t} WHEN old.{c} NOT NULL
        BEGIN
          DELETE FROM rtree_{t}_{c} WHERE id = OLD.{i};
        END;
        """;

    private static string RTreeWriteTriggers(string t, string c, string i) => $"""
        CREATE TRIGGER rtree_{t}_{c}_insert AFTER INSERT ON {t} WHEN (new.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c}))
        BEGIN
          INSERT OR REPLACE INTO rtree_{t}_{c} VALUES (NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c}));
        END;
        CREATE TRIGGER rtree_{t}_{c}_update1 AFTER UPDATE OF {c} ON {t} WHEN OLD.{i} = NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
        BEGIN
          INSERT OR REPLACE INTO rtree_{t}_{c} VALUES (NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c}));
        END;
        """;
}
