extension WarehouseSchema {
    /// Indicators: what each one is (`indicator`), what its values were computed from
    /// (`indicator_input`, one row per observation used), what the values alone do not say
    /// (`indicator_note`: a fit's L and residual, a year's regions, why a year is a break), and
    /// two views with the indices side by side.
    static let version4 = """
        CREATE TABLE indicator(
            indicator_code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            unit TEXT NOT NULL,
            method TEXT NOT NULL,
            definition TEXT NOT NULL,
            formula TEXT NOT NULL,
            region_code TEXT NOT NULL REFERENCES region(region_code),
            first_year INTEGER,
            last_year INTEGER,
            inputs TEXT NOT NULL,
            base TEXT,
            index_name TEXT,
            measure_code TEXT,
            per_capita_code TEXT,
            position INTEGER NOT NULL,
            run_id INTEGER NOT NULL REFERENCES etl_run(run_id),
            rows INTEGER NOT NULL,
            absence TEXT,
            CHECK ((base IS NULL) = (index_name IS NULL))
        ) STRICT;
        CREATE TABLE indicator_note(
            indicator_code TEXT NOT NULL REFERENCES indicator(indicator_code) ON DELETE CASCADE,
            region_code TEXT NOT NULL REFERENCES region(region_code),
            year INTEGER,
            key TEXT NOT NULL,
            value REAL,
            text TEXT,
            run_id INTEGER NOT NULL REFERENCES etl_run(run_id),
            CHECK (value IS NOT NULL OR text IS NOT NULL)
        ) STRICT;
        CREATE INDEX indicator_note_by_indicator ON indicator_note(indicator_code, year);
        CREATE TABLE indicator_input(
            indicator_code TEXT NOT NULL REFERENCES indicator(indicator_code) ON DELETE CASCADE,
            region_code TEXT NOT NULL REFERENCES region(region_code),
            year INTEGER NOT NULL,
            measure_code TEXT NOT NULL,
            input_region_code TEXT NOT NULL REFERENCES region(region_code),
            period TEXT NOT NULL,
            sector_code TEXT NOT NULL,
            size_code TEXT NOT NULL,
            source_id TEXT NOT NULL REFERENCES source(source_id),
            value REAL,
            status TEXT NOT NULL REFERENCES observation_status(status),
            run_id INTEGER NOT NULL REFERENCES etl_run(run_id),
            PRIMARY KEY (indicator_code, region_code, year, measure_code, input_region_code,
                         period, sector_code, size_code)
        ) STRICT;
        CREATE VIEW v_rd_funding_share AS
        SELECT year,
               max(CASE indicator_code WHEN 'rd_private_share' THEN value END) AS private_share,
               max(CASE indicator_code WHEN 'rd_government_share' THEN value END)
                   AS government_share,
               max(CASE indicator_code WHEN 'rd_private_to_government_ratio' THEN value END)
                   AS private_to_government_ratio,
               max(CASE indicator_code WHEN 'rd_private_share' THEN status END) AS private_status,
               max(CASE indicator_code WHEN 'rd_government_share' THEN status END)
                   AS government_status,
               max(CASE indicator_code
                   WHEN 'rd_funding_last_year_below' THEN 'last year below'
                   WHEN 'rd_funding_crossover_year' THEN 'crossover' END) AS crossover
        FROM indicator_value
        WHERE region_code = 'KR' AND indicator_code IN (
            'rd_private_share', 'rd_government_share', 'rd_private_to_government_ratio',
            'rd_funding_crossover_year', 'rd_funding_last_year_below')
        GROUP BY year;
        CREATE VIEW v_regional_disparity AS
        WITH d AS (
            SELECT i.base, i.measure_code, i.per_capita_code, i.index_name, v.year, v.value,
                   v.status, n.value AS regions
            FROM indicator i JOIN indicator_value v USING (indicator_code)
            LEFT JOIN indicator_note n ON n.indicator_code = v.indicator_code
                AND n.year = v.year AND n.key = 'regions'
            WHERE i.method = 'disparity')
        SELECT base, measure_code, per_capita_code, year,
               max(CASE index_name WHEN 'capital_share' THEN value END) AS capital_share,
               max(CASE index_name WHEN 'gini' THEN value END) AS gini,
               max(CASE index_name WHEN 'gini_w' THEN value END) AS gini_w,
               max(CASE index_name WHEN 'theil_t' THEN value END) AS theil_t,
               max(CASE index_name WHEN 'theil_l' THEN value END) AS theil_l,
               max(CASE index_name WHEN 'theil_t_between' THEN value END) AS theil_t_between,
               max(CASE index_name WHEN 'theil_t_within' THEN value END) AS theil_t_within,
               max(CASE index_name WHEN 'cv' THEN value END) AS cv,
               max(CASE index_name WHEN 'williamson' THEN value END) AS williamson,
               max(CASE index_name WHEN 'max_min_ratio' THEN value END) AS max_min_ratio,
               CAST(max(regions) AS INTEGER) AS regions,
               group_concat(DISTINCT status) AS status
        FROM d
        GROUP BY base, year;
        """
}
