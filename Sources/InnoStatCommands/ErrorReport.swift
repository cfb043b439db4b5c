import ArgumentParser
import InnoStatCore

/// An error as the command line tells it: its lines, and the exit code of its category.
struct ErrorReport {
    let lines: [String]
    let category: ErrorCategory

    init(_ error: Error) {
        if let categorized = error as? CategorizedError {
            lines = categorized.lines
            category = categorized.category
        } else {
            lines = ["\(error)"]
            category = .failed
        }
    }

    /// Writes the lines and gives the exit code to throw.
    func tell(to diagnostics: some DiagnosticSink) -> ExitCode {
        for line in lines { diagnostics.error(line) }
        return ExitCode(ExitCodes.code(for: category))
    }
}
