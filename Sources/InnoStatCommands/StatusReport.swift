import InnoStatCore
import SQLiteStore

/// The text `innostat status` prints: one run (the last unless `runID` is given) with its loads,
/// the arithmetic of its rows, declared skips, checks, rejects and check warnings; or, with
/// `runsListed`, a table of the latest runs.
struct StatusReport {
    struct NoSuchRun: Error, CustomStringConvertible {
        let runID: Int64
        let known: String
        var description: String { "no run \(runID) in the warehouse (\(known))" }
    }

    let database: Database
    var runID: Int64?
    var rejectLimit = 20

    func render() throws -> String {
        guard let run = try selectedRun() else { return "no runs yet\n" }
        let id = run[0]
        var output = "run \(text(id)) \(text(run[3])): started \(text(run[1]))"
        output += ", finished \(text(run[2]))\n  \(text(run[4]))\n\n"
        output += try loads(id)
        output += try skips(id)
        output += try checks(id)
        output += try rejects(id)
        output += try warnings(id)
        return output
    }

    /// The latest `count` runs, newest first, one line each.
    func renderRuns(count: Int) throws -> String {
        let rows = try database.rows(
            """
            SELECT r.run_id, r.started_at, r.status, count(l.load_id),
                   count(CASE WHEN l.status = 'failed' THEN 1 END),
                   coalesce(sum(l.rows_read), 0), coalesce(sum(l.rejects), 0),
                   coalesce(sum(l.check_warnings), 0), r.command
            FROM etl_run r LEFT JOIN etl_load l USING (run_id)
            GROUP BY r.run_id ORDER BY r.run_id DESC LIMIT ?
            """, [.integer(Int64(count))])
        if rows.isEmpty { return "no runs yet\n" }
        return QueryRenderer(
            columns: [
                "run", "started", "status", "files", "failed", "read", "rejects", "warnings",
                "command",
            ], rows: rows
        ).render(.table)
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
            SELECT pipeline, source_file, status, rows_read, rows_loaded, rows_skipped,
                   rows_rejected, observations_loaded, rejects, check_warnings
            FROM etl_load WHERE run_id = ? ORDER BY load_id
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
                              THEN 1 END)
            FROM etl_load WHERE run_id = ?
            """, [runID])[0]
        output += "rows: \(text(totals[0])) read = \(text(totals[1])) loaded + "
        output += "\(text(totals[2])) skipped + \(text(totals[3])) rejected\n"
        if let failed = totals[4].integer, failed > 0 {
            output += "  \(failed) file(s) failed and rolled back: their loaded rows are not in "
            output += "the warehouse\n"
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
            FROM etl_check c JOIN etl_load l USING (load_id)
            WHERE l.run_id = ? ORDER BY l.load_id, c.check_number
            """, [runID])
        if checks.isEmpty { return "" }
        return "\nchecks:\n"
            + QueryRenderer(
                columns: ["file", "check", "severity", "checked", "failed"], rows: checks
            ).render(.table)
    }

    private func rejects(_ runID: DatabaseValue) throws -> String {
        let total = try database.scalar(
            "SELECT count(*) FROM etl_reject WHERE run_id = ?", [runID])
        let rows = try database.rows(
            """
            SELECT source_file || ':' || line || coalesce(':' || column_number, ''), reason_code,
                   raw_text, message
            FROM etl_reject WHERE run_id = ? ORDER BY reject_id LIMIT ?
            """, [runID, .integer(Int64(rejectLimit))])
        var output = "\nrejects: \(text(total))\n"
        if !rows.isEmpty {
            output += QueryRenderer(columns: ["where", "reason", "raw", "message"], rows: rows)
                .render(.table)
        }
        output += more(total, shown: rows.count)
        return output
    }

    private func warnings(_ runID: DatabaseValue) throws -> String {
        let filter =
            "FROM etl_check_failure f JOIN etl_load l USING (load_id) "
            + "WHERE l.run_id = ? AND f.severity = 'warn'"
        let total = try database.scalar("SELECT count(*) \(filter)", [runID])
        if total == .integer(0) { return "" }
        let rows = try database.rows(
            """
            SELECT f.source_file || ':' || f.line || coalesce(':' || f.column_number, ''),
                   f.raw_text, f.message
            \(filter) ORDER BY f.failure_id LIMIT ?
            """, [runID, .integer(Int64(rejectLimit))])
        var output = "\ncheck warnings: \(text(total))\n"
        if !rows.isEmpty {
            output += QueryRenderer(columns: ["where", "raw", "message"], rows: rows).render(.table)
        }
        return output + more(total, shown: rows.count)
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
