/// A mistake in how `init` was called: a file outside the raw-data folder, a name given for
/// several files, a draft that would overwrite a pipeline without `--force`.
public struct DraftUsageError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

extension DraftUsageError: CategorizedError {
    public var category: ErrorCategory { .usage }
}

extension DraftRefusal: CategorizedError {
    public var category: ErrorCategory { .failed }
}
