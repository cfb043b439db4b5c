import InnoStatCore

/// A failure a command finds in what the core returned: a refused statement, a mismatch, a
/// run that did not succeed. No lines when the failure was told already (a run's log).
struct CommandFailure: CategorizedError {
    var category: ErrorCategory = .failed
    var lines: [String] = []
}
