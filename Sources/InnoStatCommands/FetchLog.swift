import Foundation
import InnoStatCore

/// Renders fetch events on stderr, as `run` does its own: one line per pipeline and a summary,
/// readable by default or one JSON object per line with `--log-format json`.
struct FetchLog: DiagnosticSink {
    let format: LogFormat

    func handle(_ event: FetchEvent) {
        switch event {
        case .pipelineInvalid(let error):
            emit("error", "pipeline_invalid", error.description, ["file": error.file])
        case .retrying(let pipeline, let reason, let attempt, let attempts, let seconds):
            emit(
                "warning", "fetch_retrying",
                "\(pipeline): \(reason); attempt \(attempt) of \(attempts) in "
                    + "\(DecimalFormat.shortest(seconds)) s",
                [
                    "pipeline": pipeline, "reason": reason, "attempt": attempt,
                    "attempts": attempts, "seconds": seconds,
                ])
        case .finished(let outcome):
            report(outcome)
        }
    }

    func error(_ line: String) {
        emit("error", "fetch_error", line, [:])
    }

    func finished(_ summary: FetchSummary) {
        let invalid = summary.invalid > 0 ? ", \(summary.invalid) pipeline file(s) invalid" : ""
        emit(
            summary.succeeded ? "info" : "error", "fetch_finished",
            "\(summary.succeeded ? "ok" : "failed"): \(summary.fetched) fetched, "
                + "\(summary.unchanged) unchanged, \(summary.failed) failed\(invalid) in "
                + "\(String(format: "%.2f", summary.seconds)) s",
            [
                "fetched": summary.fetched, "unchanged": summary.unchanged,
                "failed": summary.failed, "invalid": summary.invalid,
                "duration": summary.seconds,
            ])
    }

    private func report(_ outcome: FetchOutcome) {
        var fields: [String: Any] = ["pipeline": outcome.pipeline, "file": outcome.file]
        let name = outcome.pipeline
        switch outcome.result {
        case .fetched(let bytes, let sha256):
            fields["bytes"] = bytes
            fields["sha256"] = sha256
            emit(
                "info", "file_fetched",
                "\(name): fetched \(outcome.file) (\(DecimalFormat.grouped(bytes)) bytes, "
                    + "sha256 \(sha256.prefix(12))…)", fields)
        case .notModified:
            emit("info", "file_unchanged", "\(name): unchanged (304), kept \(outcome.file)", fields)
        case .sameBytes(let bytes):
            fields["bytes"] = bytes
            emit(
                "info", "file_unchanged",
                "\(name): unchanged (the same \(DecimalFormat.grouped(bytes)) bytes), kept "
                    + outcome.file, fields)
        case .failed(let reason):
            fields["reason"] = reason
            let kept = outcome.hadFile ? "the last good file is untouched" : "nothing was written"
            emit("error", "fetch_failed", "\(name): failed: \(reason); \(kept)", fields)
        }
    }

    private func emit(_ level: String, _ event: String, _ text: String, _ fields: [String: Any]) {
        LogLine.write(format: format, level: level, event: event, text: text, fields: fields)
    }
}
