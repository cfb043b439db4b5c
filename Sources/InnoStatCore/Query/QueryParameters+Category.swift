extension QueryParameters.Mistake: CategorizedError {
    public var category: ErrorCategory { .usage }
}
