import InnoStatCore
import SQLiteStore

/// The text `innostat status` prints: the last run, its loads, and its rejects.
struct StatusReport {
    let database: Database
    let rejectLimit: Int

    func render() throws -> String {
        let runs = try database.rows(
            """
            SELECT run_id, started_at, coalesce(finished_at, ''), status, command
            FROM etl_run ORDER BY run_id DESC LIMIT 1
            """)
        guard let run = runs.first, case .integer(let runID) = run[0] else {
            return "no runs yet\n"
        }
        var output = "run \(runID) \(QueryRenderer.text(run[3])): started \(QueryRenderer.text(run[1]))"
        output += ", finished \(QueryRenderer.text(run[2]))\n  \(QueryRenderer.text(run[4]))\n\n"
        let loadColumns = [
            "pipeline", "file", "status", "read", "loaded", "skipped", "rejected", "observations",
            "rejects",
        ]
        let loads = try database.rows(
            """
            SELECT pipeline, source_file, status, rows_read, rows_loaded, rows_skipped,
                   rows_rejected, observations_loaded, rejects
            FROM etl_load WHERE run_id = ? ORDER BY load_id
            """, [.integer(runID)])
        output += QueryRenderer(columns: loadColumns, rows: loads).render(.table)
        let skips = try database.rows(
            """
            SELECT l.source_file, s.reason, s.rows FROM etl_skip s JOIN etl_load l USING (load_id)
            WHERE l.run_id = ? ORDER BY l.load_id, s.reason
            """, [.integer(runID)])
        if !skips.isEmpty {
            output += "\nskipped by declaration:\n"
            output += QueryRenderer(columns: ["file", "reason", "rows"], rows: skips).render(.table)
        }
        let total = try database.scalar(
            "SELECT count(*) FROM etl_reject WHERE run_id = ?", [.integer(runID)])
        let rejectRows = try database.rows(
            """
            SELECT source_file || ':' || line || coalesce(':' || column_number, ''), reason_code,
                   message
            FROM etl_reject WHERE run_id = ? ORDER BY reject_id LIMIT ?
            """, [.integer(runID), .integer(Int64(rejectLimit))])
        output += "\nrejects: \(QueryRenderer.text(total))\n"
        if !rejectRows.isEmpty {
            output += QueryRenderer(columns: ["where", "reason", "message"], rows: rejectRows)
                .render(.table)
        }
        return output
    }
}
