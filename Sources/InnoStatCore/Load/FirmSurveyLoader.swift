import CSVStream
import Foundation
import SQLiteStore

/// Loads one firm-survey file (`layout: firm_survey`) in one `BEGIN IMMEDIATE` transaction.
///
/// Each record is read from the bytes the CSV reader holds, validated field by field, inserted
/// straight into `firm_response` through one reused statement and counted into a tally;
/// refused records go to `etl_reject`. When the rejects stay within the pipeline's tolerance,
/// the file's earlier load is replaced, the tally is kept in `firm_response_tally`, and the
/// source's aggregates are recomputed from all its tallies and merged into `observation`
/// (a revised or withdrawn aggregate keeps its old value in `observation_history`). Above the
/// tolerance the file's responses are removed again and only its rejects stay.
struct FirmSurveyLoader {
    let warehouse: Warehouse
    let spec: PipelineSpec
    let runID: Int64
    let input: InputResolver.Input

    private var database: Database { warehouse.database }
    private var path: String { input.path }
    private var displayPath: String { input.displayPath }
    private var relativePath: String { input.relativePath }
    private var ledger: LoadRecorder {
        LoadRecorder(database: database, spec: spec, runID: runID, input: input)
    }

    func load() throws -> FileLoadResult {
        let started = Date()
        let loadID = try ledger.start()
        var result = FileLoadResult(pipeline: spec.name, file: displayPath, loadID: loadID)
        do {
            try database.transaction(.immediate) {
                let loaded = try loadResponses(&result)
                if result.rejects > spec.tolerance {
                    try removeResponses(of: loadID, from: loaded.firstResponseID)
                    result.status = .failed
                    result.failure =
                        "\(result.rejects) rejected, tolerance \(spec.tolerance): "
                        + "nothing from this file was loaded"
                    return
                }
                try removeEarlierLoads(except: loadID)
                try store(loaded.tally.cells(loadID: loadID))
                (result.observationsLoaded, result.figures) = try mergeAggregates(loadID: loadID)
            }
        } catch let error as SQLiteError {
            throw error
        } catch {
            result = FileLoadResult(pipeline: spec.name, file: displayPath, loadID: loadID)
            try ledger.recordUnreadableFile(error, result: &result)
        }
        result.seconds = Date().timeIntervalSince(started)
        try ledger.finish(result)
        return result
    }

    // MARK: Responses

    private static let insertResponse = """
        INSERT INTO firm_response(survey_year, firm_id, region_code, industry_ksic, size_code,
            employees, sales_mwon, rd_expenditure_mwon, conducts_rd, has_rd_center, load_id,
            source_line)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The codes bound for every row, pinned for the whole load.
    private struct Codes {
        let regions = PinnedTexts(RegionCatalog.korea.regions.map(\.code))
        let sizes = PinnedTexts(FirmResponse.Size.allCases.map(\.code))
    }

    private struct LoadedResponses {
        var tally = FirmSurveyTally()
        /// The rowid of the file's first response, nil when none was inserted.
        var firstResponseID: Int64?
    }

    /// Reads the file through, inserting every valid response and recording every reject.
    private func loadResponses(_ result: inout FileLoadResult) throws -> LoadedResponses {
        let statement = try database.prepare(Self.insertResponse)
        try statement.bind(result.loadID, at: 11)
        let rejectStatement = try ledger.prepareRejects()
        let codes = Codes()
        let reader = FirmSurveyReader(
            read: spec.read, codeSystem: spec.firmSurveyCodeSystem, path: path,
            displayPath: displayPath)
        var loaded = LoadedResponses()
        let (encoding, encodingWarning, _) = try reader.forEachRecord(
            accepted: { record, columns, response in
                result.rowsRead += 1
                try insert(response, from: record, columns, with: statement, codes: codes)
                if loaded.firstResponseID == nil {
                    loaded.firstResponseID = database.lastInsertRowID
                }
                loaded.tally.add(response, line: record.line)
                result.rowsLoaded += 1
            },
            rejected: { _, rejects in
                result.rowsRead += 1
                result.rowsRejected += 1
                for reject in rejects {
                    try ledger.record(reject, in: rejectStatement, result: &result)
                }
            }, onSheet: { result.sheet = $0 })
        withExtendedLifetime(codes) {}
        result.encoding = encoding?.rawValue
        if let encodingWarning {
            try ledger.recordEncodingWarning(encodingWarning, result: &result)
        }
        return loaded
    }

    /// Binds every column but `load_id` (bound once per file) and runs the insert. Text is bound
    /// without copying: the record's bytes and the codes in `codes` stay put until the step,
    /// and every text parameter is bound again before the next one.
    @inline(__always)
    private func insert(
        _ response: FirmResponse, from record: CSVRecord, _ columns: FirmSurveyColumns,
        with statement: Statement, codes: Codes
    ) throws {
        try statement.bind(Int64(response.year), at: 1)
        try record.withFieldBytes(columns.firmID) {
            try statement.bindText(noCopy: UnsafeRawBufferPointer(FieldBytes.trimmed($0)), at: 2)
        }
        try statement.bindText(noCopy: codes.regions[response.region], at: 3)
        if response.hasIndustry {
            try record.withFieldBytes(columns.industry) {
                try statement.bindText(
                    noCopy: UnsafeRawBufferPointer(FieldBytes.trimmed($0)), at: 4)
            }
        } else {
            try statement.bindNull(at: 4)
        }
        try statement.bindText(noCopy: codes.sizes[response.size.rawValue], at: 5)
        try bind(response.employees, at: 6, in: statement)
        try bind(response.sales, at: 7, in: statement)
        try bind(response.rdExpenditure, at: 8, in: statement)
        try bind(response.conductsRD.map { $0 ? 1 : 0 }, at: 9, in: statement)
        try bind(response.hasRDCenter.map { $0 ? 1 : 0 }, at: 10, in: statement)
        try statement.bind(Int64(record.line), at: 12)
        _ = try statement.step()
        try statement.reset()
    }

    @inline(__always)
    private func bind(_ value: Int64?, at index: Int, in statement: Statement) throws {
        if let value {
            try statement.bind(value, at: index)
        } else {
            try statement.bindNull(at: index)
        }
    }

    /// Takes out the responses this load inserted (rowids from `firstID` on).
    private func removeResponses(of loadID: Int64, from firstID: Int64?) throws {
        guard let firstID else { return }
        try database.run(
            "DELETE FROM firm_response WHERE response_id >= ? AND load_id = ?",
            [.integer(firstID), .integer(loadID)])
    }

    /// Removes the responses and tallies of earlier loads of the same file (the same path
    /// under the raw-data root, whatever the root was called): a file is in the warehouse
    /// once, as last loaded.
    /// Removes the responses and tallies of every earlier load of this file.
    private func removeEarlierLoads(except loadID: Int64) throws {
        let earlier = try database.rows(
            """
            SELECT DISTINCT t.load_id AS load_id
            FROM firm_response_tally t JOIN etl_load l USING (load_id)
            WHERE l.pipeline = ? AND l.relative_path = ? AND t.load_id <> ?
            """,
            [.text(spec.name), .text(relativePath), .integer(loadID)])
        for row in earlier {
            try database.run("DELETE FROM firm_response WHERE load_id = ?", [row["load_id"]])
            try database.run("DELETE FROM firm_response_tally WHERE load_id = ?", [row["load_id"]])
        }
    }

    private func store(_ cells: [FirmSurveyCell]) throws {
        let insert = try database.prepare(
            """
            INSERT INTO firm_response_tally(load_id, survey_year, region_code, size_code,
                responses, rd_answered, conducting_rd, rd_expenditure_reported,
                rd_expenditure_mwon, first_line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for cell in cells {
            let counts = cell.counts
            try insert.execute([
                .integer(cell.loadID), .integer(Int64(cell.year)), .text(cell.region),
                .text(cell.size.code), .integer(Int64(counts.responses)),
                .integer(Int64(counts.rdAnswered)), .integer(Int64(counts.conductingRD)),
                .integer(Int64(counts.rdExpenditureReported)), .real(counts.rdExpenditure),
                .integer(Int64(counts.firstLine)),
            ])
        }
    }

    /// A file gone from the pipeline's inputs: its responses and tallies leave, and the
    /// source's aggregates are recomputed from the files that remain (changed and withdrawn
    /// aggregates keep their old values in `observation_history`).
    static func retire(
        relativePath: String, of spec: PipelineSpec, in warehouse: Warehouse, runID: Int64,
        replacedBy retiringLoadID: Int64
    ) throws {
        let loader = FirmSurveyLoader(
            warehouse: warehouse, spec: spec, runID: runID,
            input: InputResolver.Input(path: "", displayPath: "", relativePath: relativePath))
        try loader.removeEarlierLoads(except: retiringLoadID)
        _ = try loader.mergeAggregates(loadID: retiringLoadID)
    }

    // MARK: Aggregates

    /// Recomputes the source's aggregates from the tallies of all its loaded files and merges
    /// them into `observation`. Returns how many aggregates the source has, and what changed.
    private func mergeAggregates(loadID: Int64) throws -> (figures: Int, changes: FigureChanges) {
        let (cells, files) = try sourceTallies()
        let measures = spec.measures.compactMap { FirmSurveyAggregate(rawValue: $0.code) }
        let observations = FirmSurveyAggregate.observations(from: cells, measures: measures)
        try stage(observations, files: files)
        let changes = try mergeStage(loadID: loadID)
        return (observations.count, changes)
    }

    /// The tallies of every file of the source, with the file each load read.
    private func sourceTallies() throws -> (cells: [FirmSurveyCell], files: [Int64: String]) {
        var cells: [FirmSurveyCell] = []
        var files: [Int64: String] = [:]
        let rows = try database.rows(
            """
            SELECT t.load_id AS load_id, t.survey_year AS survey_year,
                   t.region_code AS region_code, t.size_code AS size_code,
                   t.responses AS responses, t.rd_answered AS rd_answered,
                   t.conducting_rd AS conducting_rd,
                   t.rd_expenditure_reported AS rd_expenditure_reported,
                   t.rd_expenditure_mwon AS rd_expenditure_mwon, t.first_line AS first_line,
                   l.source_file AS source_file
            FROM firm_response_tally t JOIN etl_load l USING (load_id)
            WHERE l.source_id = ?
            """, [.text(spec.source.id)])
        for row in rows {
            let load = row.integer("load_id") ?? 0
            let counts = FirmSurveyCell.Counts(
                responses: row.int("responses") ?? 0, rdAnswered: row.int("rd_answered") ?? 0,
                conductingRD: row.int("conducting_rd") ?? 0,
                rdExpenditureReported: row.int("rd_expenditure_reported") ?? 0,
                rdExpenditure: row.double("rd_expenditure_mwon") ?? 0,
                firstLine: row.int("first_line") ?? 0)
            cells.append(
                FirmSurveyCell(
                    year: row.int("survey_year") ?? 0, region: row.text("region_code") ?? "",
                    size: row.text("size_code") == "LARGE" ? .large : .sme, loadID: load,
                    counts: counts))
            files[load] = row.text("source_file")
        }
        return (cells, files)
    }

    /// Writes the aggregates into `temp.stage_firm_aggregate`, emptied first.
    private func stage(_ observations: [FirmSurveyObservation], files: [Int64: String]) throws {
        try database.execute(
            """
            CREATE TEMP TABLE IF NOT EXISTS stage_firm_aggregate(
                measure_code TEXT NOT NULL, region_code TEXT NOT NULL, period TEXT NOT NULL,
                year INTEGER NOT NULL, size_code TEXT NOT NULL, value REAL, status TEXT NOT NULL,
                note TEXT, source_file TEXT NOT NULL, source_line INTEGER NOT NULL,
                PRIMARY KEY (measure_code, region_code, period, size_code)
            ) STRICT;
            DELETE FROM temp.stage_firm_aggregate;
            """)
        let stage = try database.prepare(
            """
            INSERT INTO temp.stage_firm_aggregate(measure_code, region_code, period, year,
                size_code, value, status, note, source_file, source_line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for observation in observations {
            try stage.execute([
                .text(observation.measure), .text(observation.region),
                .text(String(observation.year)), .integer(Int64(observation.year)),
                .text(observation.size), DatabaseValue(observation.value),
                .text(observation.status.rawValue), DatabaseValue(observation.note),
                .text(files[observation.originLoadID] ?? displayPath),
                .integer(Int64(observation.originLine)),
            ])
        }
    }

    /// Moves the staged aggregates into `observation`: changed and withdrawn figures go to
    /// `observation_history` first; unchanged ones are left as they are.
    private func mergeStage(loadID: Int64) throws -> FigureChanges {
        let source = DatabaseValue.text(spec.source.id)
        let load = DatabaseValue.integer(loadID)
        let sameKey = """
            o.measure_code = s.measure_code AND o.region_code = s.region_code
            AND o.period = s.period AND o.size_code = s.size_code AND o.sector_code = 'TOT'
            """
        let history = ObservationHistory(database: database)
        let ofSource = ObservationHistory.Selection(
            condition: "o.source_id = ?", arguments: [source])
        var changes = FigureChanges()
        changes.retired = try history.retire(
            ofSource.and("NOT EXISTS (SELECT 1 FROM temp.stage_firm_aggregate s WHERE \(sameKey))"),
            replacedBy: loadID)
        changes.revised = try history.keep(
            ofSource.and(
                """
                EXISTS (SELECT 1 FROM temp.stage_firm_aggregate s WHERE \(sameKey)
                    AND (o.value IS NOT s.value OR o.status IS NOT s.status))
                """),
            replacedBy: loadID)
        changes.added = Int(
            try database.scalar(
                """
                SELECT count(*) FROM temp.stage_firm_aggregate s WHERE NOT EXISTS (
                    SELECT 1 FROM observation o
                    WHERE o.source_id = ? AND o.measure_code = s.measure_code
                      AND o.region_code = s.region_code AND o.period = s.period
                      AND o.size_code = s.size_code AND o.sector_code = 'TOT')
                """, [source]
            ).integerValue ?? 0)
        try database.run(
            """
            INSERT INTO observation(\(ObservationUpsert.columns))
            SELECT measure_code, region_code, period, year, 'TOT', size_code, value, status,
                   note, ?, ?, source_file, source_line, NULL
            FROM temp.stage_firm_aggregate WHERE true
            \(ObservationUpsert.onConflict)
            """, [source, load])
        return changes
    }
}
