import SQLiteStore

extension FileLoader {
    /// One `etl_check` row per declared check and loaded file: what it examined, what failed.
    func recordCheck(_ check: CheckSpec, _ outcome: StageChecker.Outcome, loadID: Int64) throws {
        try warehouse.database.run(
            """
            INSERT INTO etl_check(load_id, check_number, description, severity, checked, failed)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(loadID), .integer(Int64(check.number)), .text(check.summary),
                .text(check.severity.rawValue), .integer(Int64(outcome.checked)),
                .integer(Int64(outcome.failed)),
            ])
    }

    /// Every figure that failed a check, refused (with its reject) or loaded with a warning.
    func recordFailure(
        _ failure: StageChecker.Failure, of check: CheckSpec, loadID: Int64, rejectID: Int64?
    ) throws {
        try warehouse.database.run(
            """
            INSERT INTO etl_check_failure(load_id, check_number, severity, source_file, line,
                column_number, raw_text, message, reject_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(loadID), .integer(Int64(check.number)), .text(check.severity.rawValue),
                .text(displayPath), .integer(Int64(failure.line)),
                .integer(Int64(failure.column)), .text(failure.rawText), .text(failure.message),
                rejectID.map { .integer($0) } ?? .null,
            ])
    }

    /// Takes a refused figure out of the stage so it does not merge.
    func unstage(_ rowID: Int64) throws {
        try warehouse.database.run(
            "DELETE FROM temp.stage_observation WHERE rowid = ?", [.integer(rowID)])
    }
}
