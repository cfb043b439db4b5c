import InnoStatCore
import SQLiteStore

/// The text `innostat status` prints: one run (the last unless `runID` is given) with why it
/// failed, its loads, the arithmetic of its rows, declared skips, checks, rejects and check
/// warnings; or, with `runsListed`, a table of the latest runs. A file the run found unchanged
/// shows the load in force: its figures, checks, rejects and warnings still stand.
struct StatusReport {
    struct NoSuchRun: Error, CustomStringConvertible {
        let runID: Int64
        let known: String
        var description: String { "no run \(runID) in the warehouse (\(known))" }
    }

    struct OlderSchema: Error, CustomStringConvertible {
        let version: DatabaseValue
        var description: String {
            "the warehouse is at schema version \(QueryRenderer.text(version)); status needs "
                + "\(WarehouseSchema.migrator.latestVersion) (`innostat run` migrates it)"
        }
    }

    let database: Database
    var runID: Int64?
    var rejectLimit = 20

    func render() throws -> String {
        try checkSchema()
        guard let run = try selectedRun() else { return "no runs yet\n" }
        let id = run[0]
        var output = "run \(text(id)) \(text(run[3])): started \(text(run[1]))"
        output += ", finished \(text(run[2]))\n  \(text(run[4]))\n\n"
        output += try errors(id)
        output += try loads(id)
        output += try skips(id)
        output += try checks(id)
        output += try rejects(id)
        output += try warnings(id)
        return output
    }

    /// The latest `count` runs, newest first, one line each.
    /// Rejects and warnings count those in force for unchanged files too.
    func renderRuns(count: Int) throws -> String {
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
        if rows.isEmpty { return "no runs yet\n" }
        return QueryRenderer(
            columns: [
                "run", "started", "status", "files", "failed", "read", "rejects", "warnings",
                "errors", "command",
            ], rows: rows
        ).render(.table)
    }

    /// A warehouse no run of this version has migrated lacks the run errors and the views.
    private func checkSchema() throws {
        let version = try database.scalar("PRAGMA user_version")
        if case .integer(let number) = version, number < WarehouseSchema.migrator.latestVersion {
            throw OlderSchema(version: version)
        }
    }

    /// Why the run failed, was interrupted or aborted: every error it recorded.
    private func errors(_ runID: DatabaseValue) throws -> String {
        let rows = try database.rows(
            """
            SELECT stage, coalesce(pipeline, ''), coalesce(file, ''), message
            FROM etl_run_error WHERE run_id = ? ORDER BY error_id
            """, [runID])
        if rows.isEmpty { return "" }
        return "errors: \(rows.count)\n"
            + QueryRenderer(columns: ["stage", "pipeline", "file", "message"], rows: rows)
            .render(.table) + "\n"
    }

    private func selectedRun() throws -> Row? {
        let columns = "run_id, started_at, coalesce(finished_at, ''), status, command"
        guard let runID else {
            return try database.rows(
                "SELECT \(columns) FROM etl_run ORDER BY run_id DESC LIMIT 1"
            ).first
        }
        if let run = try database.rows(
            "SELECT \(columns) FROM etl_run WHERE run_id = ?", [.integer(runID)]
        ).first {
            return run
        }
        let range = try database.rows("SELECT min(run_id), max(run_id) FROM etl_run")[0]
        let known =
            range[0] == .null ? "no runs yet" : "runs \(text(range[0])) to \(text(range[1]))"
        throw NoSuchRun(runID: runID, known: known)
    }

    private func loads(_ runID: DatabaseValue) throws -> String {
        let loads = try database.rows(
            """
            SELECT l.pipeline, l.source_file,
                   CASE WHEN l.status = 'unchanged' AND f.load_id IS NOT NULL
                        THEN 'unchanged since run ' || f.run_id ELSE l.status END,
                   l.rows_read, l.rows_loaded, l.rows_skipped, l.rows_rejected,
                   coalesce(f.observations_loaded, l.observations_loaded),
                   coalesce(f.rejects, l.rejects), coalesce(f.check_warnings, l.check_warnings)
            FROM etl_load l LEFT JOIN etl_load f ON f.load_id = l.in_force_load_id
            WHERE l.run_id = ? ORDER BY l.load_id
            """, [runID])
        if loads.isEmpty { return "no files loaded\n" }
        var output = QueryRenderer(
            columns: [
                "pipeline", "file", "status", "read", "loaded", "skipped", "rejected",
                "observations", "rejects", "warnings",
            ], rows: loads
        ).render(.table)
        let totals = try database.rows(
            """
            SELECT sum(rows_read), sum(rows_loaded), sum(rows_skipped), sum(rows_rejected),
                   count(CASE WHEN status = 'failed' THEN 1 END),
                   count(CASE WHEN rows_read <> rows_loaded + rows_skipped + rows_rejected
                              THEN 1 END),
                   count(CASE WHEN status = 'unchanged' THEN 1 END)
            FROM etl_load WHERE run_id = ?
            """, [runID])[0]
        output += "rows: \(text(totals[0])) read = \(text(totals[1])) loaded + "
        output += "\(text(totals[2])) skipped + \(text(totals[3])) rejected\n"
        if let failed = totals[4].integer, failed > 0 {
            output += "  \(failed) file(s) failed and rolled back: their loaded rows are not in "
            output += "the warehouse\n"
        }
        if let unchanged = totals[6].integer, unchanged > 0 {
            output += "  \(unchanged) file(s) unchanged, not read again: the observations, "
            output += "checks, rejects and warnings shown are those of the load in force\n"
        }
        if let unbalanced = totals[5].integer, unbalanced > 0 {
            output += "  \(unbalanced) file(s) do not balance: "
            output += "read <> loaded + skipped + rejected\n"
        }
        return output
    }

    private func skips(_ runID: DatabaseValue) throws -> String {
        let skips = try database.rows(
            """
            SELECT l.source_file, s.reason, s.rows FROM etl_skip s JOIN etl_load l USING (load_id)
            WHERE l.run_id = ? ORDER BY l.load_id, s.reason
            """, [runID])
        if skips.isEmpty { return "" }
        return "\nskipped by declaration:\n"
            + QueryRenderer(columns: ["file", "reason", "rows"], rows: skips).render(.table)
    }

    private func checks(_ runID: DatabaseValue) throws -> String {
        let checks = try database.rows(
            """
            SELECT l.source_file, c.description, c.severity, c.checked, c.failed
            FROM etl_load l JOIN etl_check c ON c.load_id = coalesce(l.in_force_load_id, l.load_id)
            WHERE l.run_id = ? ORDER BY l.load_id, c.check_number
            """, [runID])
        if checks.isEmpty { return "" }
        return "\nchecks:\n"
            + QueryRenderer(
                columns: ["file", "check", "severity", "checked", "failed"], rows: checks
            ).render(.table)
    }

    private func rejects(_ runID: DatabaseValue) throws -> String {
        let counts = try database.rows(
            """
            SELECT count(*), count(CASE WHEN rejected_in_run <> run_id THEN 1 END)
            FROM v_run_reject WHERE run_id = ?
            """, [runID])[0]
        let total = counts[0]
        let rows = try database.rows(
            """
            SELECT source_file || ':' || line || coalesce(':' || column_number, ''),
                   rejected_in_run, reason_code, raw_text, message
            FROM v_run_reject WHERE run_id = ? ORDER BY reject_id LIMIT ?
            """, [runID, .integer(Int64(rejectLimit))])
        var output = "\nrejects: \(text(total))\(standing(counts[1]))\n"
        if !rows.isEmpty {
            output += QueryRenderer(columns: ["where", "run", "reason", "raw", "message"], rows: rows)
                .render(.table)
        }
        output += more(total, shown: rows.count)
        return output
    }

    private func warnings(_ runID: DatabaseValue) throws -> String {
        let filter = "FROM v_run_check_failure WHERE run_id = ? AND severity = 'warn'"
        let counts = try database.rows(
            """
            SELECT count(*), count(CASE WHEN load_id <> failed_in_load THEN 1 END) \(filter)
            """, [runID])[0]
        let total = counts[0]
        if total == .integer(0) { return "" }
        let rows = try database.rows(
            """
            SELECT source_file || ':' || line || coalesce(':' || column_number, ''),
                   (SELECT run_id FROM etl_load WHERE load_id = failed_in_load), raw_text, message
            \(filter) ORDER BY failure_id LIMIT ?
            """, [runID, .integer(Int64(rejectLimit))])
        var output = "\ncheck warnings: \(text(total))\(standing(counts[1]))\n"
        if !rows.isEmpty {
            output += QueryRenderer(columns: ["where", "run", "raw", "message"], rows: rows)
                .render(.table)
        }
        return output + more(total, shown: rows.count)
    }

    /// How many of a count stand from the loads in force for unchanged files.
    private func standing(_ earlier: DatabaseValue) -> String {
        guard let earlier = earlier.integer, earlier > 0 else { return "" }
        return " (\(earlier) from earlier runs, in force for files unchanged since)"
    }

    private func more(_ total: DatabaseValue, shown: Int) -> String {
        guard let total = total.integer, total > Int64(shown) else { return "" }
        return "… \(total - Int64(shown)) more (--rejects N lists more)\n"
    }

    private func text(_ value: DatabaseValue) -> String {
        QueryRenderer.text(value)
    }
}

extension DatabaseValue {
    fileprivate var integer: Int64? {
        if case .integer(let number) = self { return number }
        return nil
    }
}
