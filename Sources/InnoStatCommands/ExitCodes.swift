import InnoStatCore

/// The exit codes of the CLI contract: the one table from error categories to codes.
enum ExitCodes {
    static func code(for category: ErrorCategory) -> Int32 {
        switch category {
        case .failed: 1
        case .lockHeld: 3
        case .usage: 64
        case .interrupted(let signal): 128 + signal
        }
    }
}
