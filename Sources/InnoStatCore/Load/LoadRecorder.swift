import CSVStream
import Foundation
import SQLiteStore

/// The ledger side of loading one file, the same for every loader: its `etl_load` row from
/// start to finish and its rejects in `etl_reject`.
struct LoadRecorder {
    /// Rejects shown on the terminal per file; the ledger keeps them all.
    static let diagnosticsShown = 5

    let database: Database
    let spec: PipelineSpec
    let runID: Int64
    let input: InputResolver.Input

    /// Records the load as running and returns its id.
    func start() throws -> Int64 {
        try database.run(
            """
            INSERT INTO etl_load(run_id, pipeline, source_id, source_file, relative_path,
                                 pipeline_sha256, bytes, started_at, status, tolerance)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', ?)
            """,
            [
                .integer(runID), .text(spec.name), .text(spec.source.id), .text(input.displayPath),
                .text(input.relativePath), .text(spec.fingerprint),
                DatabaseValue(input.bytes),
                .text(Timestamp.now()), .integer(Int64(spec.tolerance)),
            ])
        return database.lastInsertRowID
    }

    /// A statement for ``record(_:in:result:)``, prepared once per file.
    func prepareRejects() throws -> Statement {
        try database.prepare(
            """
            INSERT INTO etl_reject(run_id, load_id, source_file, line, column_number,
                column_name, raw_text, reason_code, message)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Writes `reject` to the ledger and counts it in `result`, keeping the first few as
    /// diagnostics. Returns the reject's id.
    @discardableResult
    func record(_ reject: Reject, in statement: Statement, result: inout FileLoadResult) throws
        -> Int64
    {
        result.rejects += 1
        if result.diagnostics.count < Self.diagnosticsShown {
            result.diagnostics.append(
                reject.diagnostic(file: input.displayPath, sheet: result.sheet))
        }
        try statement.execute([
            .integer(runID), .integer(result.loadID), .text(input.displayPath),
            .integer(Int64(reject.line)), DatabaseValue(reject.column),
            DatabaseValue(reject.columnName), .text(reject.rawText),
            .text(reject.reason.rawValue), .text(reject.message),
        ])
        return database.lastInsertRowID
    }

    /// The `etl_check` number of the reader's own check that CP949 detected by `encoding: auto`
    /// does not read as Windows-1252: no declared check has a negative number.
    static let encodingCheckNumber = -1

    /// Records CP949 text that reads as Windows-1252 as one warning of the reader's encoding
    /// check (`etl_check`, `etl_check_failure`), shown first among the file's warnings.
    func recordEncodingWarning(_ warning: EncodingWarning, result: inout FileLoadResult) throws {
        let hint = "; if the file is Windows-1252, declare read.encoding: windows-1252"
        try recordCheck(
            loadID: result.loadID, number: Self.encodingCheckNumber,
            description: "encoding: CP949 detected, text that reads as Windows-1252",
            severity: .warn, checked: warning.count, failed: warning.count)
        try recordCheckFailure(
            loadID: result.loadID, number: Self.encodingCheckNumber, severity: .warn,
            line: warning.line, column: warning.column, rawText: warning.decoded,
            message: warning.message + hint, rejectID: nil)
        result.checkWarnings += 1
        result.warnings.insert("\(warning)\(hint)", at: 0)
        if result.warnings.count > Self.diagnosticsShown { result.warnings.removeLast() }
    }

    /// One `etl_check` row per check and loaded file: what it examined, what failed.
    func recordCheck(
        loadID: Int64, number: Int, description: String, severity: CheckSpec.Severity,
        checked: Int, failed: Int
    ) throws {
        try database.run(
            """
            INSERT INTO etl_check(load_id, check_number, description, severity, checked, failed)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(loadID), .integer(Int64(number)), .text(description),
                .text(severity.rawValue), .integer(Int64(checked)), .integer(Int64(failed)),
            ])
    }

    /// A figure that failed a check, refused (with its reject) or loaded with a warning.
    func recordCheckFailure(
        loadID: Int64, number: Int, severity: CheckSpec.Severity, line: Int, column: Int,
        rawText: String, message: String, rejectID: Int64?
    ) throws {
        try database.run(
            """
            INSERT INTO etl_check_failure(load_id, check_number, severity, source_file, line,
                column_number, raw_text, message, reject_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(loadID), .integer(Int64(number)), .text(severity.rawValue),
                .text(input.displayPath), .integer(Int64(line)), .integer(Int64(column)),
                .text(rawText), .text(message), DatabaseValue(rejectID),
            ])
    }

    /// The file could not be read through (malformed CSV, bad encoding, bad header): its
    /// transaction rolled back; keep the failure in the ledger with where it happened.
    func recordUnreadableFile(_ error: Error, result: inout FileLoadResult) throws {
        var line = 0
        var column: Int?
        var message = "\(error)"
        if let csv = error as? CSVError {
            line = csv.line ?? 0
            column = csv.column
            message = csv.message
            if let offset = csv.byteOffset { message += " (byte \(offset))" }
        } else if let source = error as? SourceFileError {
            line = source.line ?? 0
            column = source.column
            message = source.message
        }
        result.status = .failed
        result.failure = "unreadable: nothing from this file was loaded"
        result.isUnreadable = true
        result.rejects = 1
        result.diagnostics = ["\(error)"]
        try prepareRejects().execute([
            .integer(runID), .integer(result.loadID), .text(input.displayPath),
            .integer(Int64(line)), DatabaseValue(column), nil, "",
            .text(Reject.Reason.malformedRecord.rawValue), .text(message),
        ])
    }

    /// Records how the load ended.
    func finish(_ result: FileLoadResult) throws {
        try database.run(
            """
            UPDATE etl_load SET finished_at = ?, status = ?, encoding = ?, sheet = ?, rows_read = ?,
                rows_loaded = ?, rows_skipped = ?, rows_rejected = ?, observations_loaded = ?,
                rejects = ?, check_warnings = ?, message = ?
            WHERE load_id = ?
            """,
            [
                .text(Timestamp.now()), .text(result.status.rawValue),
                DatabaseValue(result.encoding), DatabaseValue(result.sheet),
                .integer(Int64(result.rowsRead)), .integer(Int64(result.rowsLoaded)),
                .integer(Int64(result.rowsSkipped)), .integer(Int64(result.rowsRejected)),
                .integer(Int64(result.observationsLoaded)), .integer(Int64(result.rejects)),
                .integer(Int64(result.checkWarnings)), DatabaseValue(result.failure),
                .integer(result.loadID),
            ])
    }
}
