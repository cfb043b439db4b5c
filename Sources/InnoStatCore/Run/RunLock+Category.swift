extension RunLock.Held: CategorizedError {
    public var category: ErrorCategory { .lockHeld }
}
