import Foundation

/// The fetch tests' HTTP server (`Fixtures/fetch/fetch_server.py`) on 127.0.0.1, started on a
/// free port and killed when the value goes away; it logs every request it answered.
final class FetchServer {
    /// One request as the server logged it.
    struct Request: Decodable, Equatable {
        let path: String
        let ifNoneMatch: String?
        let ifModifiedSince: String?
        var keyOK: Bool?

        enum CodingKeys: String, CodingKey {
            case path
            case ifNoneMatch = "if_none_match"
            case ifModifiedSince = "if_modified_since"
            case keyOK = "key_ok"
        }
    }

    static let fixtures = InnoStatBinary.packageRoot + "/Tests/EndToEndTests/Fixtures/fetch"
    /// The body of the good answers: a copy of `RawData/regional_rd/rnd_population.csv`.
    static let good = FileManager.default.contents(atPath: fixtures + "/rnd_population.csv")!

    private let process = Process()
    private let log: String
    let port: Int

    /// Starts the server; `key` is the value `/keyed.csv` wants as its `apiKey`.
    init(key: String = "unused", log: String) throws {
        self.log = log
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.fixtures + "/fetch_server.py", log, key]
        process.standardOutput = output
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty,
            byte != Data("\n".utf8)
        {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            kill(process.processIdentifier, SIGKILL)
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
    }

    deinit {
        // SIGKILL: the child may inherit a mask that blocks SIGTERM from the test runner.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The requests answered so far, in order.
    func requests() throws -> [Request] {
        guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map {
            try JSONDecoder().decode(Request.self, from: Data($0.utf8))
        }
    }
}
