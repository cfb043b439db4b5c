/// Migration 7: quarters and halves as periods (SDMX `YYYY-Qn`, `YYYY-Sn`), the sheet a
/// workbook's figures were read from, and a source's citation parts from a KOSIS metadata sheet.
extension WarehouseSchema {
    /// The views that read `observation` name it again once the rebuilt table has its name:
    /// the legacy rename leaves them as they are instead of failing on the missing table.
    static let version7 = """
        PRAGMA legacy_alter_table = ON;
        CREATE TABLE observation_rebuilt(
            observation_id INTEGER PRIMARY KEY,
            measure_code TEXT NOT NULL REFERENCES measure(measure_code),
            region_code TEXT NOT NULL REFERENCES region(region_code),
            period TEXT NOT NULL CHECK (
                period GLOB '[12][0-9][0-9][0-9]'
                OR (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                    AND substr(period, 6) BETWEEN '01' AND '12')
                OR period GLOB '[12][0-9][0-9][0-9]-Q[1-4]'
                OR period GLOB '[12][0-9][0-9][0-9]-S[12]'),
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
        INSERT INTO observation_rebuilt SELECT * FROM observation;
        DROP TABLE observation;
        ALTER TABLE observation_rebuilt RENAME TO observation;
        PRAGMA legacy_alter_table = OFF;
        CREATE INDEX observation_by_measure_year ON observation(measure_code, year);
        CREATE INDEX observation_by_load ON observation(load_id);
        ALTER TABLE etl_load ADD COLUMN sheet TEXT;
        ALTER TABLE source ADD COLUMN table_id TEXT;
        ALTER TABLE source ADD COLUMN retrieved TEXT;
        ALTER TABLE source ADD COLUMN reference_period TEXT;
        """
}
