extension IndicatorExporter.UnknownIndicator: CategorizedError {
    public var category: ErrorCategory { .usage }
}

extension IndicatorExporter.UnsupportedLayout: CategorizedError {
    public var category: ErrorCategory { .usage }
}
