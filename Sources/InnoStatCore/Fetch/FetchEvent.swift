/// What a fetch reports as it goes; the command renders these as text or JSON lines.
public enum FetchEvent: Sendable {
    case pipelineInvalid(PipelineError)
    /// An attempt failed in a way another may cure: the next starts in `seconds`.
    case retrying(pipeline: String, reason: String, attempt: Int, attempts: Int, seconds: Double)
    case finished(FetchOutcome)
}
