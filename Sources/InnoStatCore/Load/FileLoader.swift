import CSVStream
import Foundation
import SQLiteStore

/// Loads one source file in one `BEGIN IMMEDIATE` transaction: records are staged in a temp
/// table, rejects go to the ledger, and the staged figures merge into `observation` only when
/// the rejects stay within the pipeline's tolerance. A file that cannot be read at all rolls
/// back whole and is recorded as failed with its one-line reason.
struct FileLoader {
    let warehouse: Warehouse
    let spec: PipelineSpec
    let runID: Int64
    let input: InputResolver.Input
    /// Called now and then with rows read and bytes consumed.
    var onProgress: ((_ rows: Int, _ bytes: Int) -> Void)?

    var database: Database { warehouse.database }
    var recorder: LoadRecorder {
        LoadRecorder(database: database, spec: spec, runID: runID, input: input)
    }
    var path: String { input.path }
    var displayPath: String { input.displayPath }

    func load() throws -> FileLoadResult {
        let started = Date()
        let loadID = try recorder.start()
        var result = FileLoadResult(pipeline: spec.name, file: displayPath, loadID: loadID)
        do {
            try database.transaction(.immediate) {
                try stageAndMerge(&result)
            }
        } catch let error as SQLiteError {
            throw error
        } catch {
            try recorder.recordUnreadableFile(error, result: &result)
        }
        result.seconds = Date().timeIntervalSince(started)
        try recorder.finish(result)
        return result
    }

    private func stageAndMerge(_ result: inout FileLoadResult) throws {
        try createStage()
        let rejects = try recorder.prepareRejects()
        var refused = RefusedRows()
        let header = try stageRecords(&result, rejects: rejects, refused: &refused)
        for duplicate in try duplicateRejects() {
            try recorder.record(duplicate, in: rejects, result: &result)
            refused.refuse(line: duplicate.line, in: &result)
        }
        try database.run("DELETE FROM temp.stage_observation WHERE duplicate_of IS NOT NULL")
        try runChecks(header: header, &result, rejects: rejects, refused: &refused)
        for (reason, rows) in result.skipReasons {
            try database.run(
                "INSERT INTO etl_skip(load_id, reason, rows) VALUES (?, ?, ?)",
                [.integer(result.loadID), .text(reason), .integer(Int64(rows))])
        }
        if result.rejects > spec.tolerance {
            result.status = .failed
            result.failure =
                "\(result.rejects) rejected, tolerance \(spec.tolerance): nothing from this file was loaded"
            return
        }
        try registerRowSources()
        if let metadata = result.metadata {
            try SourceTable(database: database).cite(metadata, of: spec)
        }
        (result.observationsLoaded, result.figures) = try merge(loadID: result.loadID)
    }

    private func createStage() throws {
        try database.execute(
            """
            CREATE TEMP TABLE IF NOT EXISTS stage_observation(
                measure_code TEXT NOT NULL, region_code TEXT NOT NULL, period TEXT NOT NULL,
                year INTEGER NOT NULL, sector_code TEXT NOT NULL, size_code TEXT NOT NULL,
                value REAL, status TEXT NOT NULL, note TEXT, source_line INTEGER NOT NULL,
                source_column INTEGER NOT NULL, source_id TEXT NOT NULL, source_url TEXT,
                raw_text TEXT NOT NULL, duplicate_of INTEGER
            ) STRICT;
            CREATE INDEX IF NOT EXISTS temp.stage_observation_key ON stage_observation(
                measure_code, region_code, period, sector_code, size_code, source_id);
            DELETE FROM temp.stage_observation;
            """)
    }

    /// The second and later figures for one key and source within the file: a source publishes
    /// one value per key, so a repeat is refused rather than silently overwriting the first.
    private func duplicateRejects() throws -> [Reject] {
        try database.run(
            """
            UPDATE temp.stage_observation AS s SET duplicate_of = (
                SELECT min(f.source_line) FROM temp.stage_observation f
                WHERE f.measure_code = s.measure_code AND f.region_code = s.region_code
                  AND f.period = s.period AND f.sector_code = s.sector_code
                  AND f.size_code = s.size_code AND f.source_id = s.source_id
                  AND f.rowid < s.rowid)
            """)
        let rows = try database.rows(
            """
            SELECT source_line, source_column, measure_code, region_code, period, sector_code,
                   size_code, coalesce(value, '') AS value, duplicate_of
            FROM temp.stage_observation WHERE duplicate_of IS NOT NULL ORDER BY rowid
            """)
        return rows.map { row in
            let key = ["measure_code", "region_code", "period", "sector_code", "size_code"]
                .map { row.text($0) ?? "" }.joined(separator: "/")
            return Reject(
                line: row.int("source_line") ?? 0, column: row.int("source_column") ?? 0,
                columnName: nil,
                rawText: row.double("value").map { DecimalFormat.shortest($0) } ?? "",
                reason: .duplicateKey,
                message:
                    "a second figure for \(key) "
                    + "(the first is on line \(row.int("duplicate_of") ?? 0))")
        }
    }

    /// Records a source for each url the file's rows cite (`columns.source_url`): the
    /// pipeline's publisher, title and licence with the row's url.
    private func registerRowSources() throws {
        let sources = SourceTable(database: database)
        for row in try database.rows(
            """
            SELECT DISTINCT source_id, source_url FROM temp.stage_observation
            WHERE source_url IS NOT NULL ORDER BY 1
            """)
        {
            guard let id = row.text("source_id"), let url = row.text("source_url") else { continue }
            try sources.registerCited(id: id, url: url, of: spec)
        }
    }
}
