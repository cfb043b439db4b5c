import SQLiteStore

/// The errors of one run in `etl_run_error`, and how the run ended when it did not finish:
/// so `status` and the report can say why a run failed, not only that it did.
struct RunErrorLedger {
    enum Stage: String {
        case pipeline, load, indicators, run
    }

    let database: Database
    let runID: Int64

    /// Keeps the error an event reports, if it reports one. Best effort: when the warehouse
    /// cannot be written (the disk is full), the log line is all there is.
    func record(_ event: RunEvent) {
        switch event {
        case .pipelineInvalid(let error):
            try? record(.pipeline, pipeline: nil, file: error.file, error.description)
        case .pipelineFailed(let pipeline, let message):
            try? record(.pipeline, pipeline: pipeline, file: nil, message)
        case .fileFinished(let result) where result.status == .failed:
            var message = result.failure ?? "the load failed"
            if result.isUnreadable, let first = result.diagnostics.first { message += ": \(first)" }
            try? record(.load, pipeline: result.pipeline, file: result.file, message)
        case .indicatorsComputed(let outcomes):
            for outcome in outcomes {
                guard let failure = outcome.failure else { continue }
                try? record(.indicators, pipeline: nil, file: nil, "\(outcome.code): \(failure)")
            }
        case .indicatorsFailed(let message):
            try? record(.indicators, pipeline: nil, file: nil, message)
        case .indicatorEmptied(let code, let valuesBefore, let sources, let declared)
        where !declared:
            try? record(
                .indicators, pipeline: nil, file: nil,
                "\(code): no values now, \(valuesBefore) before this run (from "
                    + "\(sources.joined(separator: ", "))); not declared by may_shrink")
        default:
            break
        }
    }

    func record(_ stage: Stage, pipeline: String?, file: String?, _ message: String) throws {
        try database.run(
            """
            INSERT INTO etl_run_error(run_id, stage, pipeline, file, message, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(runID), .text(stage.rawValue), DatabaseValue(pipeline),
                DatabaseValue(file), .text(message), .text(Timestamp.now()),
            ])
    }

    /// The run stopped on a signal: its load in progress is `failed` (it rolled back), the run
    /// `interrupted`, and the error says by which signal.
    func endInterrupted(_ interrupted: RunInterrupted) throws {
        try end(
            status: "interrupted",
            loadMessage: "interrupted by \(interrupted.signalName): rolled back",
            file: interrupted.rolledBack, runMessage: interrupted.what)
    }

    /// The run stopped on an error it could not get past (the disk is full, the database
    /// failed): its load in progress is `failed` and the run `failed`, with the error.
    func endFailed(_ error: Error) throws {
        try end(
            status: "failed", loadMessage: "the run stopped while loading: rolled back",
            file: nil, runMessage: "\(error)")
    }

    private func end(status: String, loadMessage: String, file: String?, runMessage: String)
        throws
    {
        try database.transaction(.immediate) {
            let now = Timestamp.now()
            try database.run(
                """
                UPDATE etl_load SET status = 'failed', finished_at = ?, message = ?
                WHERE run_id = ? AND status = 'running'
                """, [.text(now), .text(loadMessage), .integer(runID)])
            try record(.run, pipeline: nil, file: file, runMessage)
            try database.run(
                "UPDATE etl_run SET finished_at = ?, status = ? WHERE run_id = ?",
                [.text(now), .text(status), .integer(runID)])
        }
    }
}
