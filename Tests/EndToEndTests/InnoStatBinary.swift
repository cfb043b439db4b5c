import Foundation

/// Runs the built `innostat` binary in a temp copy of the project's pipelines and raw data.
final class InnoStatBinary {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let packageRoot = TestPaths.packageRoot
    static let executable = TestPaths.builtExecutable("innostat")

    /// The temp project folder: `Pipelines/` and `RawData/` copied from the package.
    let folder: String

    init(copying items: [String] = ["Pipelines", "RawData"]) throws {
        folder =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("innostat-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for item in items {
            try FileManager.default.copyItem(
                atPath: "\(Self.packageRoot)/\(item)", toPath: "\(folder)/\(item)")
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func path(_ relative: String) -> String { "\(folder)/\(relative)" }

    @discardableResult
    func run(_ arguments: String...) throws -> Result {
        try run(arguments: arguments)
    }

    func run(arguments: [String]) throws -> Result {
        try run(executable: Self.executable, arguments: arguments)
    }

    /// Runs `innostat` with `environment` added to the tests' own.
    func run(arguments: [String], environment: [String: String]) throws -> Result {
        try run(executable: Self.executable, arguments: arguments, environment: environment)
    }

    /// Runs `command` (e.g. `/bin/bash -c …` or `setpriv … innostat …`) in the temp folder.
    func run(executable: String, arguments: [String], environment: [String: String] = [:])
        throws -> Result
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) {
                $1
            }
        }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts `innostat` without waiting; stdout and stderr go to files in the temp folder.
    func start(_ arguments: String...) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        _ = FileManager.default.createFile(atPath: path("started.out"), contents: nil)
        _ = FileManager.default.createFile(atPath: path("started.err"), contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: path("started.out"))
        process.standardError = FileHandle(forWritingAtPath: path("started.err"))
        try process.run()
        return process
    }

    /// A copy of the binary inside the temp folder, so another user can run it.
    func copyOfExecutable() throws -> String {
        let copy = path("innostat")
        if !FileManager.default.fileExists(atPath: copy) {
            try FileManager.default.copyItem(atPath: Self.executable, toPath: copy)
        }
        return copy
    }

    /// One value from `innostat query --format csv`, header dropped.
    func scalar(_ sql: String) throws -> String {
        let result = try run("query", "--format", "csv", sql)
        guard result.status == 0 else { return "error: \(result.stderr)" }
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 1 ? String(lines[1]) : ""
    }
}
