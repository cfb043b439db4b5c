import CSVStream
import SQLiteStore

/// Reading the file into the stage: every record mapped, its figures staged, its rejects and
/// skips counted.
extension FileLoader {
    /// Rows counted as rejected that still staged figures: a figure refused after staging moves
    /// its row from loaded to rejected only once.
    struct RefusedRows {
        private var lines: Set<Int> = []

        /// A row whose figures staged, counted as rejected already.
        mutating func noteRejected(line: Int) {
            lines.insert(line)
        }

        /// A figure of the row refused after staging (a duplicate key, a failed check).
        mutating func refuse(line: Int, in result: inout FileLoadResult) {
            guard lines.insert(line).inserted else { return }
            result.rowsLoaded -= 1
            result.rowsRejected += 1
        }
    }

    /// Maps every record of the file into `temp.stage_observation`; returns the header.
    func stageRecords(
        _ result: inout FileLoadResult, rejects: Statement, refused: inout RefusedRows
    ) throws -> [String] {
        let insertStage = try database.prepare(
            """
            INSERT INTO temp.stage_observation(measure_code, region_code, period, year,
                sector_code, size_code, value, status, note, source_line, source_column,
                source_id, source_url, raw_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var mapper: RowMapper?
        var header: [String] = []
        let extractor = TableExtractor(
            read: spec.read, headerRowCount: spec.headerRowCount, path: path,
            displayPath: displayPath)
        let outcome = try extractor.extract(
            onHeader: { table in
                header = table.names
                (result.sheet, result.metadata) = (table.sheet, table.metadata)
                mapper = try RowMapper(spec: spec, table: table, file: displayPath)
            },
            onRow: { record in
                result.rowsRead += 1
                let outcome = mapper!.map(record)
                try count(outcome, of: record, &result, rejects: rejects, refused: &refused)
                if case .observations(let observations, _) = outcome {
                    for observation in observations {
                        try insertStage.execute(stageArguments(observation))
                    }
                }
            },
            onProgress: onProgress)
        result.encoding = outcome.encoding?.rawValue
        if let warning = outcome.encodingWarning {
            try recorder.recordEncodingWarning(warning, result: &result)
        }
        return header
    }

    /// Counts the record as skipped, rejected or loaded, and records its rejects.
    private func count(
        _ outcome: RowMapper.Outcome, of record: any TableRow, _ result: inout FileLoadResult,
        rejects: Statement, refused: inout RefusedRows
    ) throws {
        switch outcome {
        case .skipped(let reason):
            result.rowsSkipped += 1
            result.skipReasons[reason, default: 0] += 1
        case .rejected(let refusals):
            result.rowsRejected += 1
            for reject in refusals { try recorder.record(reject, in: rejects, result: &result) }
        case .observations(let observations, let refusals):
            if refusals.isEmpty {
                result.rowsLoaded += 1
            } else {
                result.rowsRejected += 1
                if !observations.isEmpty { refused.noteRejected(line: record.line) }
                for reject in refusals { try recorder.record(reject, in: rejects, result: &result) }
            }
        }
    }

    private func stageArguments(_ observation: StagedObservation) -> [DatabaseValue] {
        [
            .text(observation.measure), .text(observation.region),
            .text(observation.period), .integer(Int64(observation.year)),
            .text(observation.sector), .text(observation.size), DatabaseValue(observation.value),
            .text(observation.status.rawValue), DatabaseValue(observation.note),
            .integer(Int64(observation.line)), .integer(Int64(observation.column)),
            .text(observation.sourceID ?? spec.source.id), DatabaseValue(observation.sourceURL),
            .text(observation.rawText),
        ]
    }
}
