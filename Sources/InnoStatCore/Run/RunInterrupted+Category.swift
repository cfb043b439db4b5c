extension RunInterrupted: CategorizedError {
    public var category: ErrorCategory { .interrupted(signal: signal) }
}
