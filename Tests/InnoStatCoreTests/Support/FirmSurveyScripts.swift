import Foundation

/// The project's Python tools for firm-survey files (`bench/`): the synthetic-microdata
/// generator and the independent reference reading that loads are compared with.
enum FirmSurveyScripts {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes `rows` generated responses to `path` (`--messy`: mixed region spellings,
    /// thousands separators, `-` for missing, 1/0 flags).
    static func generate(rows: Int, messy: Bool = false, seed: Int = 1997, to path: String)
        throws
    {
        var arguments = [String(rows), path, "--seed", String(seed)]
        if messy { arguments.append("--messy") }
        _ = try run("gen_microdata.py", arguments)
    }

    /// The reference reading of `files` in `mode` (`responses`, `rejects` or `aggregates`),
    /// one line per item.
    static func reference(_ mode: String, _ files: [String]) throws -> [String] {
        try run("firm_survey_reference.py", [mode] + files)
            .split(separator: "\n").map(String.init)
    }

    private static func run(_ script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "\(TestPaths.packageRoot)/bench/\(script)"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "\(script) failed: \(String(decoding: errorData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
