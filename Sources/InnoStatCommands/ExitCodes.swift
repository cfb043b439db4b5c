import ArgumentParser

/// The exit codes of the CLI contract.
enum ExitCodes {
    static let failed = ExitCode(1)
    static let lockHeld = ExitCode(3)
    static let usage = ExitCode(64)
}
