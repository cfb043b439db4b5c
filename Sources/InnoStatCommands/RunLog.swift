import Foundation
import InnoStatCore

/// Renders run events on stderr: readable lines by default, one JSON object per line for
/// schedulers with `--log-format json`.
final class RunLog: DiagnosticSink {
    let format: LogFormat
    private let progress: ProgressLine?

    init(format: LogFormat) {
        self.format = format
        progress = format == .text && StandardError.isTerminal ? ProgressLine() : nil
    }

    func handle(_ event: RunEvent) {
        switch event {
        case .fileStarted(_, let file):
            progress?.start(file)
        case .fileProgress(let file, let rows, let bytes, let totalBytes):
            progress?.update(file: file, rows: rows, bytes: bytes, totalBytes: totalBytes)
        case .fileFinished(let result):
            progress?.clear()
            report(result)
        case .indicatorsComputed(let outcomes):
            report(outcomes)
        default:
            if let entry = RunLogEntry(event) { emit(entry) }
        }
    }

    func error(_ message: String) {
        emit("error", "run_error", message, [:])
    }

    private func report(_ outcomes: [IndicatorOutcome]) {
        for outcome in outcomes {
            let fields: [String: Any] = ["indicator": outcome.code, "values": outcome.values]
            if let failure = outcome.failure {
                emit("error", "indicator_failed", "\(outcome.code): \(failure)", fields)
            } else if let absence = outcome.absence {
                emit("info", "indicator_empty", "\(outcome.code): no values: \(absence)", fields)
            } else if format == .json {
                let text = "\(outcome.code): \(outcome.values) values"
                emit("info", "indicator_computed", text, fields)
            }
        }
        let withValues = outcomes.filter { $0.values > 0 }.count
        let values = outcomes.reduce(0) { $0 + $1.values }
        emit(
            "info", "indicators_computed",
            "indicators: \(withValues) of \(outcomes.count) with values, \(values) values",
            ["indicators": outcomes.count, "with_values": withValues, "values": values])
    }

    private func report(_ result: FileLoadResult) {
        var fields: [String: Any] = [
            "pipeline": result.pipeline, "file": result.file, "status": result.status.rawValue,
            "rows": result.rowsRead, "loaded_rows": result.rowsLoaded,
            "skipped_rows": result.rowsSkipped, "rejected_rows": result.rowsRejected,
            "observations": result.observationsLoaded, "rejects": result.rejects,
            "check_warnings": result.checkWarnings, "added": result.figures.added,
            "revised": result.figures.revised, "retired": result.figures.retired,
            "duration": result.seconds,
        ]
        if let inForce = result.inForce {
            fields["in_force"] = [
                "load_id": inForce.loadID, "run_id": inForce.runID,
                "observations": inForce.observations, "rejects": inForce.rejects,
                "check_warnings": inForce.checkWarnings,
            ]
        }
        if format == .text {
            for diagnostic in result.diagnostics { StandardError.write(diagnostic) }
            if result.rejects > result.diagnostics.count {
                StandardError.write(
                    "\(result.file): … and \(result.rejects - result.diagnostics.count) more rejects (innostat status)"
                )
            }
            for warning in result.warnings { StandardError.write(warning) }
            if result.checkWarnings > result.warnings.count {
                let more = result.checkWarnings - result.warnings.count
                StandardError.write(
                    "\(result.file): … and \(more) more check warnings (innostat status)")
            }
        } else {
            for diagnostic in result.diagnostics {
                emit(
                    "warning", "reject", diagnostic,
                    ["pipeline": result.pipeline, "file": result.file])
            }
            for warning in result.warnings {
                emit(
                    "warning", "check_warning", warning,
                    ["pipeline": result.pipeline, "file": result.file])
            }
        }
        let text: String
        switch result.status {
        case .failed:
            text = "\(result.file): load failed: \(result.failure ?? "unknown reason")"
        case .unchanged:
            text = "\(result.file): \(result.inForce?.description ?? "unchanged")"
        case .loaded:
            text =
                "\(result.file): \(result.rowsRead) rows, \(result.observationsLoaded) observations "
                + "(\(result.figures.description)), \(result.rowsSkipped) skipped, \(result.rejects) rejects, "
                + "\(result.checkWarnings) check warnings"
        }
        emit(
            result.status == .failed ? "error" : "info", "file_" + result.status.rawValue, text,
            fields)
    }

    private func emit(_ entry: RunLogEntry) {
        emit(entry.level, entry.event, entry.text, entry.fields)
    }

    private func emit(_ level: String, _ event: String, _ text: String, _ fields: [String: Any]) {
        LogLine.write(format: format, level: level, event: event, text: text, fields: fields)
    }
}
