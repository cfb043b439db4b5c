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
    let path: String
    let displayPath: String

    private var database: Database { warehouse.database }
    private var ledger: LoadLedger {
        LoadLedger(
            database: database, spec: spec, runID: runID, path: path, displayPath: displayPath)
    }

    func load() throws -> FileLoadResult {
        let started = Date()
        let loadID = try ledger.start()
        var result = FileLoadResult(pipeline: spec.name, file: displayPath, loadID: loadID)
        do {
            try database.transaction(.immediate) {
                try stageAndMerge(&result)
            }
        } catch let error as SQLiteError {
            throw error
        } catch {
            try ledger.recordUnreadableFile(error, result: &result)
        }
        result.seconds = Date().timeIntervalSince(started)
        try ledger.finish(result)
        return result
    }

    private func stageAndMerge(_ result: inout FileLoadResult) throws {
        try createStage()
        let insertStage = try database.prepare(
            """
            INSERT INTO temp.stage_observation(measure_code, region_code, period, year,
                sector_code, size_code, value, status, note, source_line, source_column)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertReject = try ledger.prepareRejects()
        func recordReject(_ reject: Reject) throws {
            try ledger.record(reject, in: insertReject, result: &result)
        }

        var mapper: RowMapper?
        let extractor = TableExtractor(read: spec.read, path: path, displayPath: displayPath)
        let outcome = try extractor.extract(
            onHeader: { names, _ in
                mapper = try RowMapper(spec: spec, header: names, file: displayPath)
            },
            onRow: { record in
                result.rowsRead += 1
                switch mapper!.map(record) {
                case .skipped(let reason):
                    result.rowsSkipped += 1
                    result.skipReasons[reason, default: 0] += 1
                case .rejected(let rejects):
                    result.rowsRejected += 1
                    for reject in rejects { try recordReject(reject) }
                case .observations(let observations, let rejects):
                    if rejects.isEmpty {
                        result.rowsLoaded += 1
                    } else {
                        result.rowsRejected += 1
                        for reject in rejects { try recordReject(reject) }
                    }
                    for observation in observations {
                        try insertStage.execute([
                            .text(observation.measure), .text(observation.region),
                            .text(observation.period), .integer(Int64(observation.year)),
                            .text(observation.sector), .text(observation.size),
                            observation.value.map { .real($0) } ?? .null,
                            .text(observation.status.rawValue),
                            observation.note.map { .text($0) } ?? .null,
                            .integer(Int64(observation.line)),
                            .integer(Int64(observation.column)),
                        ])
                    }
                }
            })
        result.encoding = outcome.encoding?.rawValue

        for duplicate in try duplicateRejects() { try recordReject(duplicate) }
        try database.run("DELETE FROM temp.stage_observation WHERE duplicate_of IS NOT NULL")

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
        result.observationsLoaded = try merge(loadID: result.loadID)
    }

    private func createStage() throws {
        try database.execute(
            """
            CREATE TEMP TABLE IF NOT EXISTS stage_observation(
                measure_code TEXT NOT NULL, region_code TEXT NOT NULL, period TEXT NOT NULL,
                year INTEGER NOT NULL, sector_code TEXT NOT NULL, size_code TEXT NOT NULL,
                value REAL, status TEXT NOT NULL, note TEXT, source_line INTEGER NOT NULL,
                source_column INTEGER NOT NULL, duplicate_of INTEGER
            ) STRICT;
            CREATE INDEX IF NOT EXISTS temp.stage_observation_key ON stage_observation(
                measure_code, region_code, period, sector_code, size_code);
            DELETE FROM temp.stage_observation;
            """)
    }

    /// The second and later figures for one key within the file: a source publishes one value
    /// per key, so a repeat is refused rather than silently overwriting the first.
    private func duplicateRejects() throws -> [Reject] {
        try database.run(
            """
            UPDATE temp.stage_observation AS s SET duplicate_of = (
                SELECT min(f.source_line) FROM temp.stage_observation f
                WHERE f.measure_code = s.measure_code AND f.region_code = s.region_code
                  AND f.period = s.period AND f.sector_code = s.sector_code
                  AND f.size_code = s.size_code AND f.rowid < s.rowid)
            """)
        let rows = try database.rows(
            """
            SELECT source_line, source_column, measure_code, region_code, period, sector_code,
                   size_code, coalesce(value, ''), duplicate_of
            FROM temp.stage_observation WHERE duplicate_of IS NOT NULL ORDER BY rowid
            """)
        return rows.map { row in
            let key = row[2...6].map { $0.textValue ?? "" }.joined(separator: "/")
            return Reject(
                line: Int(row[0].integerValue ?? 0), column: Int(row[1].integerValue ?? 0),
                columnName: nil, rawText: row[7].doubleValue.map { DecimalFormat.shortest($0) } ?? "",
                reason: .duplicateKey,
                message: "a second figure for \(key) (the first is on line \(row[8].integerValue ?? 0))")
        }
    }

    /// Moves staged figures into `observation`; a changed figure keeps its previous value in
    /// `observation_history`. Returns how many figures the file holds after the merge.
    private func merge(loadID: Int64) throws -> Int {
        let source = DatabaseValue.text(spec.source.id)
        let file = DatabaseValue.text(displayPath)
        let load = DatabaseValue.integer(loadID)
        try database.run(
            """
            INSERT INTO observation_history
            SELECT o.observation_id, o.measure_code, o.region_code, o.period, o.year,
                   o.sector_code, o.size_code, o.value, o.status, o.note, o.source_id, o.load_id,
                   o.source_file, o.source_line, o.source_column, ?, ?
            FROM observation o JOIN temp.stage_observation s
              ON o.measure_code = s.measure_code AND o.region_code = s.region_code
             AND o.period = s.period AND o.sector_code = s.sector_code
             AND o.size_code = s.size_code
            WHERE o.source_id = ? AND (o.value IS NOT s.value OR o.status IS NOT s.status)
            """, [load, .text(Timestamp.now()), source])
        try database.run(
            """
            INSERT INTO observation(measure_code, region_code, period, year, sector_code,
                size_code, value, status, note, source_id, load_id, source_file, source_line,
                source_column)
            SELECT measure_code, region_code, period, year, sector_code, size_code, value,
                   status, note, ?, ?, ?, source_line, source_column
            FROM temp.stage_observation WHERE true
            ON CONFLICT(measure_code, region_code, period, sector_code, size_code, source_id)
            DO UPDATE SET value = excluded.value, status = excluded.status,
                note = excluded.note, load_id = excluded.load_id,
                source_file = excluded.source_file, source_line = excluded.source_line,
                source_column = excluded.source_column
            WHERE observation.value IS NOT excluded.value
               OR observation.status IS NOT excluded.status
               OR observation.note IS NOT excluded.note
               OR observation.source_file IS NOT excluded.source_file
               OR observation.source_line IS NOT excluded.source_line
               OR observation.source_column IS NOT excluded.source_column
            """, [source, load, file])
        return Int(try database.scalar("SELECT count(*) FROM temp.stage_observation").integerValue ?? 0)
    }
}
