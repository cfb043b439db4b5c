/// Where a fetch reads pipelines and writes inputs, and what it takes.
public struct FetchConfiguration: Sendable {
    public var pipelinesDirectory = "Pipelines"
    public var rawDataDirectory = "RawData"
    public var only: [String] = []
    /// Where `${NAME}` in a url is read from: the process's environment, in the CLI.
    public var environment: [String: String] = [:]
    /// The backoff of every pipeline, in place of its `fetch.backoff_seconds`
    /// (`INNOSTAT_FETCH_BACKOFF_SECONDS`); nil keeps each pipeline's.
    public var backoffSeconds: Double?

    public init() {}

    /// The variable that sets ``backoffSeconds``.
    public static let backoffVariable = "INNOSTAT_FETCH_BACKOFF_SECONDS"
}
