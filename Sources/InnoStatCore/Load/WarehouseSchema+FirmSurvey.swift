extension WarehouseSchema {
    /// Firm-level microdata (`layout: firm_survey`); `source.is_synthetic` keeps their
    /// aggregates out of `v_observation` and `v_source_conflict`.
    ///
    /// `firm_response` holds one row per response with its provenance as `load_id` and
    /// `source_line` (the file and source are the load's: `v_firm_response` shows them), so
    /// that a million responses do not repeat a path a million times. It has no index, no
    /// foreign key and no CHECK: only the firm-survey loader writes it, after validating every
    /// field (regions and sizes come from the vocabularies, years are `YYYY`, numbers are whole
    /// and not negative, flags 0 or 1), and the per-row checks would cost about a third of the
    /// insert. Its aggregates are kept per load in `firm_response_tally`, counted in the pass
    /// that loads the rows.
    static let version3 = """
        CREATE TABLE firm_response(
            response_id INTEGER PRIMARY KEY,
            survey_year INTEGER NOT NULL,
            firm_id TEXT NOT NULL,
            region_code TEXT NOT NULL,
            industry_ksic TEXT,
            size_code TEXT NOT NULL,
            employees INTEGER,
            sales_mwon INTEGER,
            rd_expenditure_mwon INTEGER,
            conducts_rd INTEGER,
            has_rd_center INTEGER,
            load_id INTEGER NOT NULL,
            source_line INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE firm_response_tally(
            load_id INTEGER NOT NULL REFERENCES etl_load(load_id),
            survey_year INTEGER NOT NULL,
            region_code TEXT NOT NULL REFERENCES region(region_code),
            size_code TEXT NOT NULL CHECK (size_code IN ('LARGE', 'SME')),
            responses INTEGER NOT NULL,
            rd_answered INTEGER NOT NULL,
            conducting_rd INTEGER NOT NULL,
            rd_expenditure_reported INTEGER NOT NULL,
            rd_expenditure_mwon REAL NOT NULL,
            first_line INTEGER NOT NULL,
            PRIMARY KEY (load_id, survey_year, region_code, size_code)
        ) STRICT;
        CREATE VIEW v_firm_response AS
        SELECT f.response_id, f.survey_year, f.firm_id, f.region_code, f.industry_ksic,
               f.size_code, f.employees, f.sales_mwon, f.rd_expenditure_mwon, f.conducts_rd,
               f.has_rd_center, l.source_id, f.load_id, l.source_file, f.source_line
        FROM firm_response f JOIN etl_load l USING (load_id);
        """
}
