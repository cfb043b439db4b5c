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

    private var database: Database { warehouse.database }
    private var recorder: LoadRecorder {
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
        let insertStage = try database.prepare(
            """
            INSERT INTO temp.stage_observation(measure_code, region_code, period, year,
                sector_code, size_code, value, status, note, source_line, source_column,
                source_id, source_url, raw_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertReject = try recorder.prepareRejects()
        @discardableResult
        func ledger(_ reject: Reject) throws -> Int64 {
            try recorder.record(reject, in: insertReject, result: &result)
        }
        // Rows counted as rejected that still staged figures: a figure refused after staging
        // moves its row from loaded to rejected only once.
        var rejectedRows: Set<Int> = []
        func refuseStagedRow(line: Int) {
            guard rejectedRows.insert(line).inserted else { return }
            result.rowsLoaded -= 1
            result.rowsRejected += 1
        }

        var mapper: RowMapper?
        var header: [String] = []
        let extractor = TableExtractor(read: spec.read, path: path, displayPath: displayPath)
        let outcome = try extractor.extract(
            onHeader: { names, _ in
                header = names
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
                    for reject in rejects { try ledger(reject) }
                case .observations(let observations, let rejects):
                    if rejects.isEmpty {
                        result.rowsLoaded += 1
                    } else {
                        result.rowsRejected += 1
                        if !observations.isEmpty { rejectedRows.insert(record.line) }
                        for reject in rejects { try ledger(reject) }
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
                            .text(observation.sourceID ?? spec.source.id),
                            observation.sourceURL.map { .text($0) } ?? .null,
                            .text(observation.rawText),
                        ])
                    }
                }
            },
            onProgress: onProgress)
        result.encoding = outcome.encoding?.rawValue
        if let warning = outcome.encodingWarning {
            try recorder.recordEncodingWarning(warning, result: &result)
        }

        for duplicate in try duplicateRejects() {
            try ledger(duplicate)
            refuseStagedRow(line: duplicate.line)
        }
        try database.run("DELETE FROM temp.stage_observation WHERE duplicate_of IS NOT NULL")
        let checker = StageChecker(database: database, sourceID: spec.source.id, file: displayPath)
        for check in spec.checks {
            let outcome = try checker.run(check)
            try recordCheck(check, outcome, loadID: result.loadID)
            for failure in outcome.failures {
                var rejectID: Int64?
                switch check.severity {
                case .error:
                    rejectID = try ledger(
                        Reject(
                            line: failure.line, column: failure.column,
                            columnName: header.indices.contains(failure.column - 1)
                                ? header[failure.column - 1] : nil,
                            rawText: failure.rawText, reason: .checkFailed,
                            message: failure.message))
                    refuseStagedRow(line: failure.line)
                    try unstage(failure.stageRowID)
                case .warn:
                    result.checkWarnings += 1
                    if result.warnings.count < LoadRecorder.diagnosticsShown {
                        let place = "\(displayPath):\(failure.line):\(failure.column)"
                        result.warnings.append("\(place): warning: \(failure.message)")
                    }
                }
                try recordFailure(failure, of: check, loadID: result.loadID, rejectID: rejectID)
            }
        }

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

    /// Moves staged figures into `observation`. A figure the file no longer holds is retired
    /// and a changed one revised, each keeping its previous version in `observation_history`.
    /// Returns how many figures the file holds after the merge, and what changed.
    private func merge(loadID: Int64) throws -> (figures: Int, changes: FigureChanges) {
        let load = DatabaseValue.integer(loadID)
        let sameKey = """
            s.measure_code = o.measure_code AND s.region_code = o.region_code
            AND s.period = o.period AND s.sector_code = o.sector_code
            AND s.size_code = o.size_code AND s.source_id = o.source_id
            """
        var changes = FigureChanges()
        changes.retired = try LoadLedger(database: database).moveToHistory(
            whereClause: """
                o.load_id IN (
                    SELECT load_id FROM etl_load WHERE pipeline = ? AND relative_path = ?)
                AND NOT EXISTS (SELECT 1 FROM temp.stage_observation s WHERE \(sameKey))
                """,
            arguments: [.text(spec.name), .text(input.relativePath)], replacedBy: loadID)
        try database.run(
            """
            INSERT INTO observation_history
            SELECT o.observation_id, o.measure_code, o.region_code, o.period, o.year,
                   o.sector_code, o.size_code, o.value, o.status, o.note, o.source_id, o.load_id,
                   o.source_file, o.source_line, o.source_column, ?, ?
            FROM observation o JOIN temp.stage_observation s ON \(sameKey)
            WHERE o.value IS NOT s.value OR o.status IS NOT s.status
            """, [load, .text(Timestamp.now())])
        changes.revised = database.changes
        changes.added = Int(
            try database.scalar(
                """
                SELECT count(*) FROM temp.stage_observation s
                WHERE NOT EXISTS (SELECT 1 FROM observation o WHERE \(sameKey))
                """
            ).integerValue ?? 0)
        try database.run(
            """
            INSERT INTO observation(\(ObservationUpsert.columns))
            SELECT measure_code, region_code, period, year, sector_code, size_code, value,
                   status, note, source_id, ?, ?, source_line, source_column
            FROM temp.stage_observation WHERE true
            \(ObservationUpsert.onConflict)
            """, [load, .text(displayPath)])
        let figures = try database.scalar("SELECT count(*) FROM temp.stage_observation")
        return (Int(figures.integerValue ?? 0), changes)
    }
}
