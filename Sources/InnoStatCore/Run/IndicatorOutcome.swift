/// What a run computed for one indicator.
public struct IndicatorOutcome: Sendable, Equatable {
    public let code: String
    public let values: Int
    /// Why it has no values (inputs absent, too few observations): not a failure.
    public let absence: String?
    /// What stopped it (a measure in another unit than declared): the run fails.
    public let failure: String?

    public init(code: String, values: Int, absence: String?, failure: String?) {
        self.code = code
        self.values = values
        self.absence = absence
        self.failure = failure
    }
}
