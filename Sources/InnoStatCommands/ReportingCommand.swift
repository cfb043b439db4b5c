import ArgumentParser

/// A subcommand that throws its errors; ``run()`` is the one place that tells them and maps
/// them to exit codes, through ``ErrorReport``.
protocol ReportingCommand: ParsableCommand {
    associatedtype Diagnostics: DiagnosticSink = StandardErrorSink
    func makeDiagnostics() -> Diagnostics
    func execute(_ diagnostics: Diagnostics) throws
}

extension ReportingCommand where Diagnostics == StandardErrorSink {
    func makeDiagnostics() -> StandardErrorSink { StandardErrorSink() }
}

extension ReportingCommand {
    func run() throws {
        let diagnostics = makeDiagnostics()
        do {
            try execute(diagnostics)
        } catch {
            throw ErrorReport(error).tell(to: diagnostics)
        }
    }
}
