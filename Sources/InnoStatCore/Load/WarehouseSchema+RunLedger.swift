extension WarehouseSchema {
    /// Why a run ended as it did, and what stands for files a run found unchanged:
    /// - `etl_run` is rebuilt (SQLite cannot alter a CHECK) so its status allows `interrupted`;
    /// - `etl_run_error` keeps every error a run reported (a pipeline that could not be read,
    ///   a load that failed, the indicators, a signal), so a failed run says why;
    /// - `etl_load.in_force_load_id` names, for an `unchanged` load, the load whose figures,
    ///   rejects and check warnings still stand (filled for the unchanged loads already there);
    /// - `v_run_reject` and `v_run_check_failure` are the rejects and check failures standing
    ///   as of each run: its own loads' and those of the loads in force for its unchanged files.
    static let version6 = """
        CREATE TABLE etl_run_rebuilt(
            run_id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL
                CHECK (status IN ('running', 'ok', 'failed', 'aborted', 'interrupted')),
            command TEXT NOT NULL,
            pid INTEGER NOT NULL,
            innostat_version TEXT NOT NULL
        ) STRICT;
        INSERT INTO etl_run_rebuilt(run_id, started_at, finished_at, status, command, pid,
                                    innostat_version)
        SELECT run_id, started_at, finished_at, status, command, pid, innostat_version
        FROM etl_run;
        DROP TABLE etl_run;
        ALTER TABLE etl_run_rebuilt RENAME TO etl_run;
        CREATE TABLE etl_run_error(
            error_id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES etl_run(run_id),
            stage TEXT NOT NULL
                CHECK (stage IN ('pipeline', 'load', 'indicators', 'export', 'run')),
            pipeline TEXT,
            file TEXT,
            message TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX etl_run_error_by_run ON etl_run_error(run_id);
        ALTER TABLE etl_load ADD COLUMN in_force_load_id INTEGER REFERENCES etl_load(load_id);
        UPDATE etl_load SET in_force_load_id = (
            SELECT max(earlier.load_id) FROM etl_load earlier
            WHERE earlier.pipeline = etl_load.pipeline
              AND earlier.relative_path = etl_load.relative_path
              AND earlier.status = 'loaded' AND earlier.load_id < etl_load.load_id)
        WHERE status = 'unchanged';
        CREATE VIEW v_run_reject AS
        SELECT l.run_id, l.load_id, l.status AS load_status, r.run_id AS rejected_in_run,
               r.load_id AS rejected_in_load, r.reject_id, r.source_file, r.line,
               r.column_number, r.column_name, r.raw_text, r.reason_code, r.message
        FROM etl_load l JOIN etl_reject r ON r.load_id = coalesce(l.in_force_load_id, l.load_id);
        CREATE VIEW v_run_check_failure AS
        SELECT l.run_id, l.load_id, l.status AS load_status, f.load_id AS failed_in_load,
               f.failure_id, f.check_number, f.severity, f.source_file, f.line, f.column_number,
               f.raw_text, f.message, f.reject_id
        FROM etl_load l
        JOIN etl_check_failure f ON f.load_id = coalesce(l.in_force_load_id, l.load_id);
        """
}
