import Foundation
import InnoStatCore

extension RunLogEntry {
    static func waiting(lockPath: String, holder: String, seconds: Double?) -> RunLogEntry {
        let limit = seconds.map { "up to \(DecimalFormat.shortest($0)) s" } ?? "until it is free"
        return RunLogEntry(
            level: "info", event: "lock_waiting",
            text: "waiting for the warehouse lock \(lockPath), held by another run (\(holder)), "
                + limit,
            fields: ["lock": lockPath, "holder": holder, "seconds": seconds ?? NSNull()])
    }

    static func orphaned(source: String, pipelines: [String], figures: Int, retired: Bool)
        -> RunLogEntry
    {
        let loadedBy = "loaded by \(pipelines.joined(separator: ", ")), not in the pipelines folder"
        let text =
            retired
            ? "source \(source) has no pipeline: \(figures) figures retired to history (\(loadedBy))"
            : "source \(source) has no pipeline: \(figures) figures kept (\(loadedBy)); "
                + "run --retire-orphans retires them"
        return RunLogEntry(
            level: "warning", event: "source_orphaned", text: text,
            fields: [
                "source": source, "pipelines": pipelines, "figures": figures, "retired": retired,
            ])
    }

    static func emptied(code: String, valuesBefore: Int, sources: [String], declared: Bool)
        -> RunLogEntry
    {
        let text =
            "\(code): no values now, \(valuesBefore) before this run (from "
            + "\(sources.joined(separator: ", ")))"
            + (declared
                ? "; allowed (may_shrink, or --retire-orphans)"
                : "; the run fails unless their pipelines declare may_shrink: true")
        return RunLogEntry(
            level: declared ? "warning" : "error", event: "indicator_emptied", text: text,
            fields: [
                "indicator": code, "values_before": valuesBefore, "sources": sources,
                "declared": declared,
            ])
    }

    static func finished(_ summary: RunSummary) -> RunLogEntry {
        let text =
            "\(summary.succeeded ? "ok" : "failed"): \(summary.filesLoaded) file(s) loaded, "
            + "\(summary.filesFailed) failed, \(summary.filesUnchanged) unchanged, "
            + "\(summary.filesRetired) retired; "
            + "\(summary.rowsRead) rows read, \(summary.observationsLoaded) observations "
            + "(figures \(summary.figures.description)), "
            + "\(summary.rejects) rejects, \(summary.checkWarnings) check warnings "
            + "in \(String(format: "%.2f", summary.seconds)) s"
        return RunLogEntry(
            level: summary.succeeded ? "info" : "error", event: "run_finished", text: text,
            fields: [
                "run_id": summary.runID, "files_loaded": summary.filesLoaded,
                "files_failed": summary.filesFailed, "files_unchanged": summary.filesUnchanged,
                "files_retired": summary.filesRetired,
                "rows": summary.rowsRead, "observations": summary.observationsLoaded,
                "rejects": summary.rejects, "check_warnings": summary.checkWarnings,
                "added": summary.figures.added, "revised": summary.figures.revised,
                "retired": summary.figures.retired, "duration": summary.seconds,
            ])
    }
}
