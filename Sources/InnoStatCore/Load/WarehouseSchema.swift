import SQLiteStore

/// The warehouse's tables and views, as versioned migrations. Every table is STRICT, so a
/// numeric column can never hold text.
public enum WarehouseSchema {
    public static let migrations: [Migration] = [
        Migration(version: 1, name: "vocabularies, observations and the ETL ledger", sql: version1),
        Migration(version: 3, name: "firm-survey microdata and synthetic sources", sql: version3),
    ]

    public static var migrator: Migrator { Migrator(migrations) }

    static let version1 = """
        CREATE TABLE region(
            region_code TEXT PRIMARY KEY,
            name_en TEXT NOT NULL,
            name_ko TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('country', 'province')),
            parent_code TEXT REFERENCES region(region_code),
            is_capital_region INTEGER NOT NULL CHECK (is_capital_region IN (0, 1)),
            valid_from TEXT,
            valid_to TEXT
        ) STRICT;
        CREATE TABLE region_alias(
            alias TEXT NOT NULL,
            code_system TEXT NOT NULL DEFAULT 'name',
            region_code TEXT NOT NULL REFERENCES region(region_code),
            PRIMARY KEY (alias, code_system)
        ) STRICT;
        CREATE TABLE region_lineage(
            child_code TEXT PRIMARY KEY REFERENCES region(region_code),
            parent_code TEXT NOT NULL REFERENCES region(region_code),
            split_date TEXT NOT NULL
        ) STRICT;
        CREATE TABLE sector(
            sector_code TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ko TEXT NOT NULL
        ) STRICT;
        CREATE TABLE firm_size(
            size_code TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ko TEXT NOT NULL
        ) STRICT;
        CREATE TABLE observation_status(status TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
        CREATE TABLE measure(
            measure_code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            unit TEXT NOT NULL,
            description TEXT
        ) STRICT;
        CREATE TABLE source(
            source_id TEXT PRIMARY KEY,
            publisher TEXT NOT NULL,
            title TEXT NOT NULL,
            url TEXT,
            licence TEXT,
            note TEXT,
            pipeline TEXT NOT NULL,
            precedence INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE etl_run(
            run_id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed', 'aborted')),
            command TEXT NOT NULL,
            pid INTEGER NOT NULL,
            innostat_version TEXT NOT NULL
        ) STRICT;
        CREATE TABLE etl_load(
            load_id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES etl_run(run_id),
            pipeline TEXT NOT NULL,
            source_id TEXT NOT NULL,
            source_file TEXT NOT NULL,
            sha256 TEXT,
            bytes INTEGER,
            encoding TEXT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL
                CHECK (status IN ('running', 'loaded', 'failed', 'unchanged', 'aborted')),
            rows_read INTEGER NOT NULL DEFAULT 0,
            rows_loaded INTEGER NOT NULL DEFAULT 0,
            rows_skipped INTEGER NOT NULL DEFAULT 0,
            rows_rejected INTEGER NOT NULL DEFAULT 0,
            observations_loaded INTEGER NOT NULL DEFAULT 0,
            rejects INTEGER NOT NULL DEFAULT 0,
            tolerance INTEGER NOT NULL DEFAULT 0,
            message TEXT
        ) STRICT;
        CREATE INDEX etl_load_by_run ON etl_load(run_id);
        CREATE TABLE etl_skip(
            load_id INTEGER NOT NULL REFERENCES etl_load(load_id),
            reason TEXT NOT NULL,
            rows INTEGER NOT NULL,
            PRIMARY KEY (load_id, reason)
        ) STRICT;
        CREATE TABLE etl_reject(
            reject_id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES etl_run(run_id),
            load_id INTEGER NOT NULL REFERENCES etl_load(load_id),
            source_file TEXT NOT NULL,
            line INTEGER NOT NULL,
            column_number INTEGER,
            column_name TEXT,
            raw_text TEXT NOT NULL,
            reason_code TEXT NOT NULL,
            message TEXT NOT NULL
        ) STRICT;
        CREATE INDEX etl_reject_by_load ON etl_reject(load_id);
        CREATE TABLE observation(
            observation_id INTEGER PRIMARY KEY,
            measure_code TEXT NOT NULL REFERENCES measure(measure_code),
            region_code TEXT NOT NULL REFERENCES region(region_code),
            period TEXT NOT NULL CHECK (
                period GLOB '[12][0-9][0-9][0-9]'
                OR period GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
            year INTEGER NOT NULL CHECK (year = CAST(substr(period, 1, 4) AS INTEGER)),
            sector_code TEXT NOT NULL REFERENCES sector(sector_code),
            size_code TEXT NOT NULL REFERENCES firm_size(size_code),
            value REAL,
            status TEXT NOT NULL REFERENCES observation_status(status),
            note TEXT,
            source_id TEXT NOT NULL REFERENCES source(source_id),
            load_id INTEGER NOT NULL REFERENCES etl_load(load_id),
            source_file TEXT NOT NULL,
            source_line INTEGER NOT NULL,
            source_column INTEGER,
            CHECK ((value IS NULL) = (status = 'M')),
            UNIQUE (measure_code, region_code, period, sector_code, size_code, source_id)
        ) STRICT;
        CREATE INDEX observation_by_measure_year ON observation(measure_code, year);
        CREATE INDEX observation_by_load ON observation(load_id);
        CREATE TABLE observation_history(
            observation_id INTEGER NOT NULL,
            measure_code TEXT NOT NULL,
            region_code TEXT NOT NULL,
            period TEXT NOT NULL,
            year INTEGER NOT NULL,
            sector_code TEXT NOT NULL,
            size_code TEXT NOT NULL,
            value REAL,
            status TEXT NOT NULL,
            note TEXT,
            source_id TEXT NOT NULL,
            load_id INTEGER NOT NULL,
            source_file TEXT NOT NULL,
            source_line INTEGER NOT NULL,
            source_column INTEGER,
            replaced_by_load_id INTEGER NOT NULL REFERENCES etl_load(load_id),
            replaced_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE indicator_value(
            indicator_code TEXT NOT NULL,
            region_code TEXT NOT NULL REFERENCES region(region_code),
            year INTEGER NOT NULL,
            value REAL,
            status TEXT NOT NULL REFERENCES observation_status(status),
            run_id INTEGER NOT NULL REFERENCES etl_run(run_id),
            CHECK ((value IS NULL) = (status = 'M')),
            PRIMARY KEY (indicator_code, region_code, year)
        ) STRICT;
        CREATE VIEW v_observation AS
        SELECT measure_code, region_code, period, year, sector_code, size_code, value, status,
               note, source_id, load_id, source_file, source_line, source_column
        FROM (
            SELECT o.*, row_number() OVER (
                PARTITION BY o.measure_code, o.region_code, o.period, o.sector_code, o.size_code
                ORDER BY (o.value IS NULL), s.precedence, o.source_id) AS preference
            FROM observation o JOIN source s USING (source_id)
        )
        WHERE preference = 1;
        """
}
