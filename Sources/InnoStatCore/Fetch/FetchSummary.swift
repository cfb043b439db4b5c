/// What a whole fetch did, for its last line and its exit code.
public struct FetchSummary: Sendable, Equatable {
    public var fetched = 0
    public var unchanged = 0
    public var failed = 0
    /// Pipeline files with mistakes (each told as it was found).
    public var invalid = 0
    public var seconds = 0.0

    public var succeeded: Bool { failed == 0 && invalid == 0 }

    mutating func add(_ outcome: FetchOutcome) {
        switch outcome.result {
        case .fetched: fetched += 1
        case .notModified, .sameBytes: unchanged += 1
        case .failed: failed += 1
        }
    }
}
