import SQLiteStore

/// Reads ``RunStatus`` from the run ledger: the last run or a given one, or a list of the
/// latest runs.
public struct RunStatusReader {
    public struct NoSuchRun: Error, CustomStringConvertible, CategorizedError {
        public let runID: Int64
        let known: String
        public var description: String { "no run \(runID) in the warehouse (\(known))" }
        public var category: ErrorCategory { .usage }
    }

    public struct OlderSchema: Error, CustomStringConvertible {
        let version: Int64
        public var description: String {
            "the warehouse is at schema version \(version); status needs "
                + "\(WarehouseSchema.migrator.latestVersion) (`innostat run` migrates it)"
        }
    }

    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// The run `runID`, or the last run; nil when there are no runs. At most `rejectLimit`
    /// rejects and as many check warnings are listed.
    public func status(runID: Int64? = nil, rejectLimit: Int = 20) throws -> RunStatus? {
        try checkSchema()
        guard let header = try header(runID) else { return nil }
        let id = DatabaseValue.integer(header.runID)
        let loads = try self.loads(id)
        return RunStatus(
            header: header, errors: try errors(id), loads: loads,
            totals: loads.isEmpty ? nil : try totals(id), skips: try skips(id),
            checks: try checks(id), rejects: try rejects(id, limit: rejectLimit),
            warnings: try warnings(id, limit: rejectLimit))
    }

    /// The latest `count` runs, newest first. Rejects and warnings count those in force for
    /// unchanged files too.
    public func latestRuns(count: Int) throws -> LedgerTable {
        try checkSchema()
        let rows = try database.rows(
            """
            SELECT r.run_id, r.started_at, r.status, count(l.load_id),
                   count(CASE WHEN l.status = 'failed' THEN 1 END),
                   coalesce(sum(l.rows_read), 0),
                   (SELECT count(*) FROM v_run_reject j WHERE j.run_id = r.run_id),
                   (SELECT count(*) FROM v_run_check_failure c
                    WHERE c.run_id = r.run_id AND c.severity = 'warn'),
                   (SELECT count(*) FROM etl_run_error e WHERE e.run_id = r.run_id), r.command
            FROM etl_run r LEFT JOIN etl_load l USING (run_id)
            GROUP BY r.run_id ORDER BY r.run_id DESC LIMIT ?
            """, [.integer(Int64(count))])
        return LedgerTable(
            columns: [
                "run", "started", "status", "files", "failed", "read", "rejects", "warnings",
                "errors", "command",
            ], rows: rows)
    }

    /// A warehouse no run of this version has migrated lacks the run errors and the views.
    private func checkSchema() throws {
        let version = try database.scalar("PRAGMA user_version")
        if case .integer(let number) = version, number < WarehouseSchema.migrator.latestVersion {
            throw OlderSchema(version: number)
        }
    }

    private func header(_ runID: Int64?) throws -> RunStatus.Header? {
        let select = """
            SELECT run_id, started_at, coalesce(finished_at, '') AS finished_at, status,
                   coalesce(command, '') AS command
            FROM etl_run
            """
        let rows =
            try runID.map { try database.rows("\(select) WHERE run_id = ?", [.integer($0)]) }
            ?? database.rows("\(select) ORDER BY run_id DESC LIMIT 1")
        guard let row = rows.first, let id = row.integer("run_id") else {
            if let runID { throw try noSuchRun(runID) }
            return nil
        }
        return RunStatus.Header(
            runID: id, startedAt: row.text("started_at") ?? "",
            finishedAt: row.text("finished_at") ?? "", status: row.text("status") ?? "",
            command: row.text("command") ?? "")
    }

    private func noSuchRun(_ runID: Int64) throws -> NoSuchRun {
        let range = try database.rows(
            "SELECT min(run_id) AS first, max(run_id) AS last FROM etl_run")[0]
        guard let first = range.integer("first"), let last = range.integer("last") else {
            return NoSuchRun(runID: runID, known: "no runs yet")
        }
        return NoSuchRun(runID: runID, known: "runs \(first) to \(last)")
    }

    /// Why the run failed, was interrupted or aborted: every error it recorded.
    private func errors(_ runID: DatabaseValue) throws -> LedgerTable {
        LedgerTable(
            columns: ["stage", "pipeline", "file", "message"],
            rows: try database.rows(
                """
                SELECT stage, coalesce(pipeline, ''), coalesce(file, ''), message
                FROM etl_run_error WHERE run_id = ? ORDER BY error_id
                """, [runID]))
    }

    private func loads(_ runID: DatabaseValue) throws -> LedgerTable {
        LedgerTable(
            columns: [
                "pipeline", "file", "status", "read", "loaded", "skipped", "rejected",
                "observations", "rejects", "warnings",
            ],
            rows: try database.rows(
                """
                SELECT l.pipeline, l.source_file,
                       CASE WHEN l.status = 'unchanged' AND f.load_id IS NOT NULL
                            THEN 'unchanged since run ' || f.run_id ELSE l.status END,
                       l.rows_read, l.rows_loaded, l.rows_skipped, l.rows_rejected,
                       coalesce(f.observations_loaded, l.observations_loaded),
                       coalesce(f.rejects, l.rejects),
                       coalesce(f.check_warnings, l.check_warnings)
                FROM etl_load l LEFT JOIN etl_load f ON f.load_id = l.in_force_load_id
                WHERE l.run_id = ? ORDER BY l.load_id
                """, [runID]))
    }

    private func totals(_ runID: DatabaseValue) throws -> RunStatus.Totals {
        let row = try database.rows(
            """
            SELECT sum(rows_read) AS read, sum(rows_loaded) AS loaded,
                   sum(rows_skipped) AS skipped, sum(rows_rejected) AS rejected,
                   count(CASE WHEN status = 'failed' THEN 1 END) AS failed,
                   count(CASE WHEN rows_read <> rows_loaded + rows_skipped + rows_rejected
                              THEN 1 END) AS unbalanced,
                   count(CASE WHEN status = 'unchanged' THEN 1 END) AS unchanged
            FROM etl_load WHERE run_id = ?
            """, [runID])[0]
        return RunStatus.Totals(
            read: row.integer("read") ?? 0, loaded: row.integer("loaded") ?? 0,
            skipped: row.integer("skipped") ?? 0, rejected: row.integer("rejected") ?? 0,
            failedFiles: row.integer("failed") ?? 0,
            unbalancedFiles: row.integer("unbalanced") ?? 0,
            unchangedFiles: row.integer("unchanged") ?? 0)
    }

    private func skips(_ runID: DatabaseValue) throws -> LedgerTable {
        LedgerTable(
            columns: ["file", "reason", "rows"],
            rows: try database.rows(
                """
                SELECT l.source_file, s.reason, s.rows
                FROM etl_skip s JOIN etl_load l USING (load_id)
                WHERE l.run_id = ? ORDER BY l.load_id, s.reason
                """, [runID]))
    }

    private func checks(_ runID: DatabaseValue) throws -> LedgerTable {
        LedgerTable(
            columns: ["file", "check", "severity", "checked", "failed"],
            rows: try database.rows(
                """
                SELECT l.source_file, c.description, c.severity, c.checked, c.failed
                FROM etl_load l
                JOIN etl_check c ON c.load_id = coalesce(l.in_force_load_id, l.load_id)
                WHERE l.run_id = ? ORDER BY l.load_id, c.check_number
                """, [runID]))
    }

    private func rejects(_ runID: DatabaseValue, limit: Int) throws -> RunStatus.Listing {
        let counts = try database.rows(
            """
            SELECT count(*) AS total,
                   count(CASE WHEN rejected_in_run <> run_id THEN 1 END) AS earlier
            FROM v_run_reject WHERE run_id = ?
            """, [runID])[0]
        let rows = try database.rows(
            """
            SELECT source_file || ':' || line || coalesce(':' || column_number, ''),
                   rejected_in_run, reason_code, raw_text, message
            FROM v_run_reject WHERE run_id = ? ORDER BY reject_id LIMIT ?
            """, [runID, .integer(Int64(limit))])
        return RunStatus.Listing(
            total: counts.integer("total") ?? 0, fromEarlierRuns: counts.integer("earlier") ?? 0,
            shown: LedgerTable(columns: ["where", "run", "reason", "raw", "message"], rows: rows))
    }

    private func warnings(_ runID: DatabaseValue, limit: Int) throws -> RunStatus.Listing {
        let filter = "FROM v_run_check_failure WHERE run_id = ? AND severity = 'warn'"
        let counts = try database.rows(
            """
            SELECT count(*) AS total,
                   count(CASE WHEN load_id <> failed_in_load THEN 1 END) AS earlier \(filter)
            """, [runID])[0]
        let rows = try database.rows(
            """
            SELECT source_file || ':' || line || coalesce(':' || column_number, ''),
                   (SELECT run_id FROM etl_load WHERE load_id = failed_in_load), raw_text, message
            \(filter) ORDER BY failure_id LIMIT ?
            """, [runID, .integer(Int64(limit))])
        return RunStatus.Listing(
            total: counts.integer("total") ?? 0, fromEarlierRuns: counts.integer("earlier") ?? 0,
            shown: LedgerTable(columns: ["where", "run", "raw", "message"], rows: rows))
    }
}
