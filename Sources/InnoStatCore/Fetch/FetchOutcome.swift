/// What fetching one pipeline's input did.
public struct FetchOutcome: Sendable, Equatable {
    public enum Result: Sendable, Equatable {
        /// A new body replaced the input (or became it).
        case fetched(bytes: Int, sha256: String)
        /// The server answered 304 to the recorded ETag or Last-Modified: the file is kept.
        case notModified
        /// The body is the file's own bytes: the file is kept, its sidecar renewed.
        case sameBytes(bytes: Int)
        /// Nothing was written; `reason` in one line, masked.
        case failed(reason: String)
    }

    public let pipeline: String
    /// The input as diagnostics name it: `RawData/kosis/x.csv`.
    public let file: String
    public let result: Result
    /// Whether the input existed before the fetch (and so still does, untouched, on failure).
    public let hadFile: Bool
}
