extension ExplainError: CategorizedError {
    /// An unknown indicator, or a region the indicator has no values for, is a wrong name on
    /// the command line; a year without a value is a failure naming the years there are.
    public var category: ErrorCategory {
        switch self {
        case .unknownIndicator: .usage
        case .noValue(_, let region, _, let regions, _):
            regions.isEmpty || regions.contains(region) ? .failed : .usage
        }
    }
}
