import SQLiteStore

extension FileLoader {
    /// Runs the pipeline's checks on the stage: a failed `error` check refuses the figure (a
    /// reject, unstaged), a failed `warn` check loads it with a warning.
    func runChecks(
        header: [String], _ result: inout FileLoadResult, rejects: Statement,
        refused: inout RefusedRows
    ) throws {
        let checker = StageChecker(database: database, sourceID: spec.source.id, file: displayPath)
        for check in spec.checks {
            let outcome = try checker.run(check)
            try recordCheck(check, outcome, loadID: result.loadID)
            for failure in outcome.failures {
                var rejectID: Int64?
                switch check.severity {
                case .error:
                    let reject = Reject(
                        line: failure.line, column: failure.column,
                        columnName: header.indices.contains(failure.column - 1)
                            ? header[failure.column - 1] : nil,
                        rawText: failure.rawText, reason: .checkFailed, message: failure.message)
                    rejectID = try recorder.record(reject, in: rejects, result: &result)
                    refused.refuse(line: failure.line, in: &result)
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
    }

    func recordCheck(_ check: CheckSpec, _ outcome: StageChecker.Outcome, loadID: Int64) throws {
        try recorder.recordCheck(
            loadID: loadID, number: check.number, description: check.summary,
            severity: check.severity, checked: outcome.checked, failed: outcome.failed)
    }

    func recordFailure(
        _ failure: StageChecker.Failure, of check: CheckSpec, loadID: Int64, rejectID: Int64?
    ) throws {
        try recorder.recordCheckFailure(
            loadID: loadID, number: check.number, severity: check.severity, line: failure.line,
            column: failure.column, rawText: failure.rawText, message: failure.message,
            rejectID: rejectID)
    }

    /// Takes a refused figure out of the stage so it does not merge.
    func unstage(_ rowID: Int64) throws {
        try warehouse.database.run(
            "DELETE FROM temp.stage_observation WHERE rowid = ?", [.integer(rowID)])
    }
}
