import SQLiteStore

/// The warehouse's tables and views, as versioned migrations. Every table is STRICT, so a
/// numeric column can never hold text.
public enum WarehouseSchema {
    public static let migrations: [Migration] = [
        Migration(version: 1, name: "vocabularies, observations and the ETL ledger", sql: version1),
        Migration(version: 2, name: "check ledger and source conflicts", sql: version2),
        Migration(version: 3, name: "firm-survey microdata", sql: version3),
        Migration(version: 4, name: "indicators: definitions, notes, inputs, views", sql: version4),
        Migration(
            version: 5, name: "the indicators file the indicators were computed from", sql: version5
        ),
        Migration(
            version: 6, name: "run errors, interrupted runs, the load in force for unchanged files",
            sql: version6, rebuildsTables: true),
        Migration(
            version: 7, name: "quarters and halves, workbook sheets, citations from metadata",
            sql: version7, rebuildsTables: true),
        Migration(
            version: 8, name: "every country and the aggregates as regions", sql: version8,
            rebuildsTables: true),
    ]

    public static var migrator: Migrator { Migrator(migrations) }

    static let version5 = """
        CREATE TABLE indicator_catalog(
            catalog_sha256 TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES etl_run(run_id)
        ) STRICT;
        """

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
            precedence INTEGER NOT NULL,
            is_synthetic INTEGER NOT NULL DEFAULT 0 CHECK (is_synthetic IN (0, 1))
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
            relative_path TEXT NOT NULL,
            sha256 TEXT,
            pipeline_sha256 TEXT,
            bytes INTEGER,
            encoding TEXT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL
                CHECK (status IN ('running', 'loaded', 'failed', 'unchanged', 'aborted', 'retired')),
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
        CREATE INDEX etl_load_by_file ON etl_load(pipeline, relative_path);
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
            WHERE s.is_synthetic = 0
        )
        WHERE preference = 1;
        CREATE VIEW v_observation_version AS
        SELECT o.measure_code, o.region_code, o.period, o.year, o.sector_code, o.size_code,
               o.value, o.status, o.note, o.source_id, o.load_id, o.source_file, o.source_line,
               o.source_column, l.run_id AS valid_from_run, NULL AS valid_to_run
        FROM observation o JOIN etl_load l USING (load_id)
        UNION ALL
        SELECT h.measure_code, h.region_code, h.period, h.year, h.sector_code, h.size_code,
               h.value, h.status, h.note, h.source_id, h.load_id, h.source_file, h.source_line,
               h.source_column, l.run_id, r.run_id
        FROM observation_history h
        JOIN etl_load l ON l.load_id = h.load_id
        JOIN etl_load r ON r.load_id = h.replaced_by_load_id;
        """

    /// Checks declared in pipelines (`etl_check`, `etl_check_failure`), a per-measure tolerance
    /// for disagreeing sources, and `v_source_conflict`. A year figure (`1995`) and a year-end
    /// figure (`1995-12`) are compared as one period, `1995`.
    static let version2 = """
        ALTER TABLE measure ADD COLUMN conflict_tolerance_percent REAL
            CHECK (conflict_tolerance_percent >= 0);
        ALTER TABLE etl_load ADD COLUMN check_warnings INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE etl_check(
            load_id INTEGER NOT NULL REFERENCES etl_load(load_id),
            check_number INTEGER NOT NULL,
            description TEXT NOT NULL,
            severity TEXT NOT NULL CHECK (severity IN ('warn', 'error')),
            checked INTEGER NOT NULL,
            failed INTEGER NOT NULL,
            PRIMARY KEY (load_id, check_number)
        ) STRICT;
        CREATE TABLE etl_check_failure(
            failure_id INTEGER PRIMARY KEY,
            load_id INTEGER NOT NULL,
            check_number INTEGER NOT NULL,
            severity TEXT NOT NULL CHECK (severity IN ('warn', 'error')),
            source_file TEXT NOT NULL,
            line INTEGER NOT NULL,
            column_number INTEGER,
            raw_text TEXT NOT NULL,
            message TEXT NOT NULL,
            reject_id INTEGER REFERENCES etl_reject(reject_id),
            CHECK ((reject_id IS NULL) = (severity = 'warn')),
            FOREIGN KEY (load_id, check_number) REFERENCES etl_check(load_id, check_number)
        ) STRICT;
        CREATE INDEX etl_check_failure_by_load ON etl_check_failure(load_id);
        CREATE VIEW v_source_conflict AS
        SELECT measure_code, region_code, period, year, sector_code, size_code, source_id,
               source_period, value, status, preferred_source_id, preferred_value,
               round(difference_percent, 3) AS difference_percent, tolerance_percent,
               source_file, source_line
        FROM (
            SELECT d.*, max(CASE WHEN d.source_id <> d.preferred_source_id
                                 THEN d.difference_percent END) OVER (
                       PARTITION BY d.measure_code, d.region_code, d.period, d.sector_code,
                                    d.size_code) AS widest
            FROM (
                SELECT p.*,
                       CASE WHEN p.value = p.preferred_value THEN 0.0
                            ELSE 100.0 * abs(p.value - p.preferred_value)
                                 / max(abs(p.value), abs(p.preferred_value)) END
                           AS difference_percent
                FROM (
                    SELECT f.*,
                           first_value(f.source_id) OVER key_order AS preferred_source_id,
                           first_value(f.value) OVER key_order AS preferred_value
                    FROM (
                        SELECT o.measure_code, o.region_code,
                               CASE WHEN o.period GLOB '[12][0-9][0-9][0-9]-12'
                                    THEN substr(o.period, 1, 4) ELSE o.period END AS period,
                               o.year, o.sector_code, o.size_code, o.source_id,
                               o.period AS source_period, o.value, o.status, s.precedence,
                               coalesce(m.conflict_tolerance_percent, 0.5) AS tolerance_percent,
                               o.source_file, o.source_line
                        FROM observation o
                        JOIN source s USING (source_id)
                        JOIN measure m USING (measure_code)
                        WHERE o.value IS NOT NULL AND s.is_synthetic = 0
                    ) f
                    WINDOW key_order AS (
                        PARTITION BY f.measure_code, f.region_code, f.period, f.sector_code,
                                     f.size_code
                        ORDER BY f.precedence, f.source_id, f.source_period)
                ) p
            ) d
        )
        WHERE widest > tolerance_percent
        ORDER BY measure_code, region_code, period, sector_code, size_code, precedence,
                 source_id, source_period;
        """
}
