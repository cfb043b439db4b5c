import Foundation
import Testing

/// `innostat fetch` against a real HTTP server on loopback (`Fixtures/fetch/fetch_server.py`):
/// a good answer lands with its sidecar, a release answers 304 to the conditional request, and
/// every fault leaves the last good file byte for byte, with no temporary file behind.
@Suite(.serialized)
struct FetchEndToEndTests {
    static let pipeline = "fetched_rd_personnel"
    static let input = "RawData/regional_rd/rnd_population.csv"
    static let sidecar = input + ".fetch.json"
    static let sha256 = "b3500e57ad7a93cb0b420dbf885979350f2d3938197fbbb5ed63d9f1aa92a6d1"
    static let fetchedLine =
        "\(pipeline): fetched \(input) (1,085 bytes, sha256 \(sha256.prefix(12))…)"
    /// The last good download before this one: the good file without its last row.
    static let previous: Data = {
        let good = FetchServer.good
        let lastLineEnd = good.range(of: Data("\r\n".utf8), options: .backwards)!
        return Data(good[..<lastLineEnd.lowerBound])
    }()

    static func pipelineText(url: String, keys: String) -> String {
        """
        source: {id: \(pipeline), publisher: KISTEP, title: 지역별 연구개발인력}
        inputs: [regional_rd/rnd_population.csv]
        layout: wide
        wide: {period_pattern: '^(\\d{4})$'}
        columns: {region: region}
        defaults: {measure: rd_personnel, unit: persons}
        measures:
          rd_personnel: {name: R&D personnel, unit: persons}
        fetch: {url: '\(url)'\(keys)}

        """
    }

    /// A project whose one pipeline fetches `url`, with `previous` as its last good file.
    static func project(url: String, keys: String = "", previous: Data? = previous) throws
        -> InnoStatBinary
    {
        let innostat = try InnoStatBinary(copying: [])
        try FileManager.default.createDirectory(
            atPath: innostat.path("Pipelines"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            atPath: innostat.path("RawData/regional_rd"), withIntermediateDirectories: true)
        try pipelineText(url: url, keys: keys).write(
            toFile: innostat.path("Pipelines/\(pipeline).yaml"), atomically: true,
            encoding: .utf8)
        if let previous { try previous.write(to: URL(fileURLWithPath: innostat.path(input))) }
        return innostat
    }

    static func fetch(
        _ innostat: InnoStatBinary, _ arguments: [String] = [],
        environment: [String: String] = [:]
    ) throws -> InnoStatBinary.Result {
        try innostat.run(
            arguments: ["fetch"] + arguments,
            environment: ["INNOSTAT_FETCH_BACKOFF_SECONDS": "0.01"].merging(environment) { $1 })
    }

    /// The lines of stderr but the summary, and the summary with its time taken out.
    static func lines(_ stderr: String) -> (lines: [String], summary: String) {
        var lines = stderr.split(separator: "\n").map(String.init)
        let summary = lines.popLast() ?? ""
        return (lines, summary.replacing(/\s+in\s+\d+\.\d\d\s+s$/, with: ""))
    }

    static func folder(_ innostat: InnoStatBinary) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: innostat.path("RawData/regional_rd"))
            .sorted()
    }

    static func contents(_ innostat: InnoStatBinary, _ relative: String) -> Data? {
        FileManager.default.contents(atPath: innostat.path(relative))
    }

    @Test func aGoodAnswerLandsWithItsSidecarAndIsThenNotModified() throws {
        let innostat = try Self.project(url: "", previous: nil)
        let server = try FetchServer(log: innostat.path("requests.jsonl"))
        try Self.pipelineText(url: server.url("/good.csv"), keys: "").write(
            toFile: innostat.path("Pipelines/\(Self.pipeline).yaml"), atomically: true,
            encoding: .utf8)
        let first = try Self.fetch(innostat)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "")
        #expect(Self.lines(first.stderr).lines == [Self.fetchedLine])
        #expect(Self.lines(first.stderr).summary == "ok: 1 fetched, 0 unchanged, 0 failed")
        #expect(Self.contents(innostat, Self.input) == FetchServer.good)
        #expect(
            try Self.folder(innostat) == ["rnd_population.csv", "rnd_population.csv.fetch.json"])
        let sidecar = try #require(Self.contents(innostat, Self.sidecar))
        let record = try #require(try JSONSerialization.jsonObject(with: sidecar) as? [String: Any])
        #expect(record["url"] as? String == server.url("/good.csv"))
        #expect(record["sha256"] as? String == Self.sha256)
        #expect(record["bytes"] as? Int == 1085)
        #expect(record["status"] as? Int == 200)
        #expect(record["etag"] as? String == "\"rnd-population-2015-2020\"")
        #expect(record["last_modified"] as? String == "Tue, 01 Jul 2025 00:00:00 GMT")
        let retrieved = try #require(record["retrieved"] as? String)
        #expect(retrieved.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)

        let second = try Self.fetch(innostat)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(
            Self.lines(second.stderr).lines == [
                "\(Self.pipeline): unchanged (304), kept \(Self.input)"
            ])
        #expect(Self.lines(second.stderr).summary == "ok: 0 fetched, 1 unchanged, 0 failed")
        let conditional = try #require(try server.requests().last)
        #expect(conditional.ifNoneMatch == "\"rnd-population-2015-2020\"")
        #expect(conditional.ifModifiedSince == "Tue, 01 Jul 2025 00:00:00 GMT")
        #expect(try server.requests().first?.ifNoneMatch == nil)
        #expect(Self.contents(innostat, Self.input) == FetchServer.good)
        #expect(Self.contents(innostat, Self.sidecar) == sidecar)
    }

    struct Fault: Sendable, CustomTestStringConvertible {
        let path: String
        var keys = ""
        /// The lines before the failure: the retries.
        var retries: [String] = []
        let reason: String
        /// The requests the server logged; nil where a busy machine may time a request out
        /// before the server has read it.
        let requests: Int?
        var testDescription: String { path + keys }
    }

    static let faults: [Fault] = [
        Fault(
            path: "/always-500.csv",
            retries: [
                "\(pipeline): HTTP 500 (internal server error); attempt 2 of 3 in 0.01 s",
                "\(pipeline): HTTP 500 (internal server error); attempt 3 of 3 in 0.02 s",
            ],
            reason: "HTTP 500 (internal server error), after 3 attempts", requests: 3),
        Fault(path: "/missing.csv", reason: "HTTP 404 (not found)", requests: 1),
        Fault(
            path: "/keyed.csv?apiKey=wrong", reason: "HTTP 401 (unauthorized)", requests: 1),
        Fault(
            path: "/cut-short.csv", keys: ", attempts: 1",
            reason: "the body was cut short: 542 of 1,085 bytes declared", requests: 1),
        Fault(
            path: "/slow.csv", keys: ", timeout_seconds: 1, attempts: 2",
            retries: [
                "\(pipeline): no whole answer within 1 s (fetch.timeout_seconds); attempt 2 "
                    + "of 2 in 0.01 s"
            ],
            reason: "no whole answer within 1 s (fetch.timeout_seconds), after 2 attempts",
            requests: nil),
        Fault(
            path: "/html.csv",
            reason: "HTTP 200 with an HTML page, not the table (an error or login page?)",
            requests: 1),
        Fault(path: "/kosis-error.csv", reason: "KOSIS error 30: 데이터가 존재하지 않습니다.", requests: 1),
        Fault(
            path: "/header-only.csv",
            reason: "the body is not the pipeline's table: body:1: no data rows after the "
                + "header: a file with only its header is refused", requests: 1),
        Fault(
            path: "/plain.csv", keys: ", max_bytes: 1000",
            reason: "the body is larger than 1,000 bytes (fetch.max_bytes)", requests: 1),
    ]

    @Test(arguments: faults)
    func aFaultLeavesTheLastGoodFileAsItWas(fault: Fault) throws {
        let innostat = try Self.project(url: "")
        let server = try FetchServer(log: innostat.path("requests.jsonl"))
        try Self.pipelineText(url: server.url(fault.path), keys: fault.keys).write(
            toFile: innostat.path("Pipelines/\(Self.pipeline).yaml"), atomically: true,
            encoding: .utf8)
        let result = try Self.fetch(innostat)
        #expect(result.status == 1)
        #expect(
            Self.lines(result.stderr).lines
                == fault.retries + [
                    "\(Self.pipeline): failed: \(fault.reason); the last good file is untouched"
                ])
        #expect(Self.lines(result.stderr).summary == "failed: 0 fetched, 0 unchanged, 1 failed")
        #expect(Self.contents(innostat, Self.input) == Self.previous)
        #expect(try Self.folder(innostat) == ["rnd_population.csv"])
        if let requests = fault.requests { #expect(try server.requests().count == requests) }
    }

    @Test func aRefusedConnectionIsRetriedAndFailsInOneLine() throws {
        let innostat = try Self.project(url: "http://127.0.0.1:9/x.csv", keys: ", attempts: 2")
        let result = try Self.fetch(innostat)
        #expect(result.status == 1)
        #expect(
            Self.lines(result.stderr).lines == [
                "\(Self.pipeline): cannot connect to the server (connection refused); attempt 2 "
                    + "of 2 in 0.01 s",
                "\(Self.pipeline): failed: cannot connect to the server (connection refused), "
                    + "after 2 attempts; the last good file is untouched",
            ])
        #expect(Self.contents(innostat, Self.input) == Self.previous)
        #expect(try Self.folder(innostat) == ["rnd_population.csv"])
    }

    @Test func aFiveHundredIsRetriedUntilTheAnswerIsGood() throws {
        let innostat = try Self.project(url: "")
        let server = try FetchServer(log: innostat.path("requests.jsonl"))
        try Self.pipelineText(url: server.url("/flaky.csv"), keys: "").write(
            toFile: innostat.path("Pipelines/\(Self.pipeline).yaml"), atomically: true,
            encoding: .utf8)
        let result = try Self.fetch(innostat)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            Self.lines(result.stderr).lines == [
                "\(Self.pipeline): HTTP 500 (internal server error); attempt 2 of 3 in 0.01 s",
                Self.fetchedLine,
            ])
        #expect(try server.requests().map(\.path) == ["/flaky.csv", "/flaky.csv"])
        #expect(Self.contents(innostat, Self.input) == FetchServer.good)
    }

    @Test func theSameBytesKeepTheFileAndRenewItsSidecar() throws {
        let innostat = try Self.project(url: "", previous: FetchServer.good)
        let server = try FetchServer(log: innostat.path("requests.jsonl"))
        try Self.pipelineText(url: server.url("/plain.csv"), keys: "").write(
            toFile: innostat.path("Pipelines/\(Self.pipeline).yaml"), atomically: true,
            encoding: .utf8)
        let before = try FileManager.default.attributesOfItem(atPath: innostat.path(Self.input))
        let result = try Self.fetch(innostat)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            Self.lines(result.stderr).lines == [
                "\(Self.pipeline): unchanged (the same 1,085 bytes), kept \(Self.input)"
            ])
        let after = try FileManager.default.attributesOfItem(atPath: innostat.path(Self.input))
        #expect(after[.systemFileNumber] as? Int == before[.systemFileNumber] as? Int)
        let sidecar = try #require(Self.contents(innostat, Self.sidecar))
        #expect(String(decoding: sidecar, as: UTF8.self).contains("\"etag\" : null"))
    }
}
