import Foundation
import InnoStatCore

/// One line of the run log: its level, its event name for JSON, the text a person reads and
/// the fields a scheduler reads.
struct RunLogEntry {
    let level: String
    let event: String
    let text: String
    var fields: [String: Any] = [:]

    /// The entry of a run event that is told in one line; nil for progress and for events
    /// the log tells in several lines (a file's load, the indicators computed).
    init?(_ event: RunEvent) {
        switch event {
        case .waitingForLock(let lockPath, let holder, let seconds):
            self = Self.waiting(lockPath: lockPath, holder: holder, seconds: seconds)
        case .runStarted(let runID, let pipelines):
            self.init(
                level: "info", event: "run_started",
                text: "run \(runID): \(pipelines.count) pipeline(s)",
                fields: ["run_id": runID, "pipelines": pipelines])
        case .pipelineInvalid(let error):
            self.init(
                level: "error", event: "pipeline_invalid", text: error.description,
                fields: ["file": error.file])
        case .pipelineFailed(let pipeline, let message):
            self.init(
                level: "error", event: "pipeline_failed", text: message,
                fields: ["pipeline": pipeline])
        case .fileRetired(let pipeline, let file, let observations):
            self.init(
                level: "warning", event: "file_retired",
                text: "\(file): no longer among the inputs of \(pipeline): \(observations) "
                    + "observations retired to history",
                fields: ["pipeline": pipeline, "file": file, "observations": observations])
        case .sourceOrphaned(let source, let pipelines, let figures, let retired):
            self = Self.orphaned(
                source: source, pipelines: pipelines, figures: figures, retired: retired)
        case .indicatorsSkipped(let reason):
            self.init(
                level: "info", event: "indicators_skipped",
                text: "indicators: \(reason); none computed")
        case .indicatorsUnchanged:
            self.init(
                level: "info", event: "indicators_unchanged",
                text: "indicators: no published figure changed; kept as computed, exports as "
                    + "written")
        case .indicatorEmptied(let code, let valuesBefore, let sources, let declared):
            self = Self.emptied(
                code: code, valuesBefore: valuesBefore, sources: sources, declared: declared)
        case .indicatorsFailed(let message):
            self.init(level: "error", event: "indicators_failed", text: message)
        case .exported(let directory, let files):
            self.init(
                level: "info", event: "exported",
                text: "exported \(files) indicator file(s) to \(directory)",
                fields: ["directory": directory, "files": files])
        case .runFinished(let summary):
            self = Self.finished(summary)
        case .fileStarted, .fileProgress, .fileFinished, .indicatorsComputed:
            return nil
        }
    }

    init(level: String, event: String, text: String, fields: [String: Any] = [:]) {
        self.level = level
        self.event = event
        self.text = text
        self.fields = fields
    }
}
