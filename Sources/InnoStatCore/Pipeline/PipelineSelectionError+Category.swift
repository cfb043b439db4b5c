extension PipelineSelectionError: CategorizedError {
    public var category: ErrorCategory {
        if case .invalid = self { return .failed }
        return .usage
    }
}
