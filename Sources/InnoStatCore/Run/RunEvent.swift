/// What a run reports as it goes; the commands render these as text or JSON lines.
public enum RunEvent: Sendable {
    /// Another run holds the lock and this one waits for it (`--wait`); `seconds` nil: until free.
    case waitingForLock(lockPath: String, holder: String, seconds: Double?)
    case runStarted(runID: Int64, pipelines: [String])
    case pipelineInvalid(PipelineError)
    case pipelineFailed(pipeline: String, message: String)
    case fileStarted(pipeline: String, file: String)
    /// Now and then during a load: rows read so far and bytes of `totalBytes` consumed.
    case fileProgress(file: String, rows: Int, bytes: Int, totalBytes: Int)
    case fileFinished(FileLoadResult)
    /// A file no longer among the inputs: its observations moved to history.
    case fileRetired(pipeline: String, file: String, observations: Int)
    /// A source with figures in force whose pipelines are no longer in the folder; `retired`
    /// with `--retire-orphans`.
    case sourceOrphaned(source: String, pipelines: [String], figures: Int, retired: Bool)
    /// No indicators file in the pipelines folder: nothing computed or exported.
    case indicatorsSkipped(reason: String)
    /// Nothing the indicators read changed since they were computed: kept as they are.
    case indicatorsUnchanged
    case indicatorsComputed([IndicatorOutcome])
    /// An indicator that had values before this run has none now; `declared` when the
    /// pipelines whose retired figures it rested on declare `may_shrink`.
    case indicatorEmptied(code: String, valuesBefore: Int, sources: [String], declared: Bool)
    /// The indicators file is wrong, or computing, storing or exporting failed.
    case indicatorsFailed(message: String)
    case exported(directory: String, files: Int)
    case runFinished(RunSummary)
}
