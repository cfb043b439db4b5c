import ArgumentParser
import InnoStatCore
import SQLiteStore
import Testing

@testable import InnoStatCommands

/// Every error a command throws is told in its lines and exits with its category's code.
struct ErrorReportTests {
    final class Lines: DiagnosticSink {
        var told: [String] = []
        func error(_ line: String) { told.append(line) }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let error: any Error & Sendable
        let code: Int32
        let lines: [String]
        var testDescription: String { lines.first ?? "(no lines)" }
    }

    static let cases: [Case] = [
        Case(
            error: PipelineSelectionError.repeated(name: "x"), code: 64,
            lines: ["--only: \"x\" is given more than once"]),
        Case(
            error: PipelineSelectionError.invalid(
                name: "x", errors: [PipelineError(file: "x.yaml", keyPath: "", message: "bad")]),
            code: 1,
            lines: ["x.yaml: bad"]),
        Case(
            error: ExplainError.unknownIndicator(name: "g", closest: ["gini"]), code: 64,
            lines: ["unknown indicator \"g\" (closest: gini)"]),
        Case(
            error: ExplainError.noValue(
                code: "c", region: "KR", year: 1, regions: ["KR"], years: [2]), code: 1,
            lines: ["c has no value for KR in 1 (years with a value: 2)"]),
        Case(
            error: RunInterrupted(runID: 4, signal: 15), code: 143,
            lines: [
                "run 4 interrupted by SIGTERM: no load was in progress; files loaded before "
                    + "it stay (innostat status)"
            ]),
        Case(
            error: SourceFileError(file: "a.csv", message: "cannot open for reading"), code: 1,
            lines: ["a.csv: cannot open for reading"]),
        Case(error: CommandFailure(), code: 1, lines: []),
        Case(error: CommandFailure(category: .lockHeld, lines: ["held"]), code: 3, lines: ["held"]),
    ]

    @Test(arguments: cases)
    func anErrorIsToldInItsLinesAndExitsWithItsCategorysCode(_ example: Case) {
        let sink = Lines()
        let exit = ErrorReport(example.error).tell(to: sink)
        #expect(exit.rawValue == example.code)
        #expect(sink.told == example.lines)
    }
}
