import Foundation
import Testing

/// What a fetch leaves for `run`: the sidecar cited on the source (the url as the pipeline
/// writes it, the day retrieved), and a key in the url that appears nowhere but in the request.
@Suite(.serialized)
struct FetchProvenanceEndToEndTests {
    typealias Fetch = FetchEndToEndTests

    /// A key as KOSIS issues them: base64, so `=` and `+` must reach the server as they are.
    static let key = "NmY0ZTk5Y2M+MzQ5MjQ2ZTc="

    @Test func theKeyIsReadFromTheEnvironmentAndShownNowhere() throws {
        let innostat = try Fetch.project(url: "")
        let server = try FetchServer(key: Self.key, log: innostat.path("requests.jsonl"))
        let template = server.url("/keyed.csv?apiKey=${TEST_KEY}")
        try Fetch.pipelineText(url: template, keys: "").write(
            toFile: innostat.path("Pipelines/\(Fetch.pipeline).yaml"), atomically: true,
            encoding: .utf8)
        let environment = ["TEST_KEY": Self.key]
        let text = try Fetch.fetch(innostat, environment: environment)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(Fetch.lines(text.stderr).lines == [Fetch.fetchedLine])
        #expect(try server.requests().map(\.keyOK) == [true])
        let json = try Fetch.fetch(innostat, ["--log-format", "json"], environment: environment)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stderr.contains("\"event\":\"file_unchanged\""), "\(json.stderr)")
        let run = try innostat.run(
            arguments: ["run", "--only", Fetch.pipeline], environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            try innostat.scalar(
                "SELECT url || ' ' || retrieved FROM source WHERE source_id = '\(Fetch.pipeline)'")
                == "\(template) \(Self.today())")

        let sidecar = try #require(Fetch.contents(innostat, Fetch.sidecar))
        #expect(String(decoding: sidecar, as: UTF8.self).contains("\"url\" : \"\(template)\""))
        var shown = [text.stdout, text.stderr, json.stdout, json.stderr, run.stdout, run.stderr]
            .map { Data($0.utf8) }
        shown += try Self.files(under: innostat.path("RawData"))
        shown += try Self.files(under: innostat.path("Warehouse"))
        let encoded = Self.key.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        for secret in [Self.key, encoded, "NmY0ZTk5Y2M"] {
            #expect(!shown.contains { $0.range(of: Data(secret.utf8)) != nil }, "\(secret)")
        }
    }

    @Test func aMissingVariableIsNamedAndNothingIsAsked() throws {
        let innostat = try Fetch.project(url: "")
        let server = try FetchServer(log: innostat.path("requests.jsonl"))
        try Fetch.pipelineText(
            url: server.url("/keyed.csv?apiKey=${INNOSTAT_TEST_UNSET}"), keys: ""
        )
        .write(
            toFile: innostat.path("Pipelines/\(Fetch.pipeline).yaml"), atomically: true,
            encoding: .utf8)
        let result = try Fetch.fetch(innostat)
        #expect(result.status == 1)
        #expect(
            Fetch.lines(result.stderr).lines == [
                "\(Fetch.pipeline): failed: the url needs the environment variable "
                    + "INNOSTAT_TEST_UNSET, which is not set; the last good file is untouched"
            ])
        #expect(try server.requests() == [])
        #expect(Fetch.contents(innostat, Fetch.input) == Fetch.previous)
    }

    @Test func aSidecarOfOtherBytesIsNotCited() throws {
        let innostat = try Fetch.project(url: "")
        let server = try FetchServer(log: innostat.path("requests.jsonl"))
        try Fetch.pipelineText(url: server.url("/good.csv"), keys: "").write(
            toFile: innostat.path("Pipelines/\(Fetch.pipeline).yaml"), atomically: true,
            encoding: .utf8)
        #expect(try Fetch.fetch(innostat).status == 0)
        try Fetch.previous.write(to: URL(fileURLWithPath: innostat.path(Fetch.input)))
        let run = try innostat.run("run", "--only", Fetch.pipeline)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            try innostat.scalar(
                "SELECT coalesce(url, 'none') || ' ' || coalesce(retrieved, 'none') FROM source")
                == "none none")
        // The file replaced by hand keeps no validators: the next fetch asks for all of it.
        #expect(try Fetch.fetch(innostat).status == 0)
        #expect(try server.requests().last?.ifNoneMatch == nil)
        #expect(Fetch.contents(innostat, Fetch.input) == FetchServer.good)
    }

    @Test func aPipelineFileWithAMistakeFailsTheFetchButNotTheOthers() throws {
        let innostat = try Fetch.project(url: "")
        let server = try FetchServer(log: innostat.path("requests.jsonl"))
        try Fetch.pipelineText(url: server.url("/plain.csv"), keys: "").write(
            toFile: innostat.path("Pipelines/\(Fetch.pipeline).yaml"), atomically: true,
            encoding: .utf8)
        let broken = """
            source: {id: b, publisher: P, title: T}
            inputs: [b.csv]
            columns: {period: year, value: value, region: region}
            defaults: {measure: m}
            measures:
              m: {name: M, unit: percent}
            fetch: {url: 'ftp://x/b.csv'}
            """
        try broken.write(
            toFile: innostat.path("Pipelines/b.yaml"), atomically: true, encoding: .utf8)
        let result = try Fetch.fetch(innostat)
        #expect(result.status == 1)
        #expect(
            Fetch.lines(result.stderr).lines == [
                "Pipelines/b.yaml: fetch.url: must start with http:// or https://",
                Fetch.fetchedLine,
            ])
        #expect(
            Fetch.lines(result.stderr).summary
                == "failed: 1 fetched, 0 unchanged, 0 failed, 1 pipeline file(s) invalid")
        #expect(Fetch.contents(innostat, Fetch.input) == FetchServer.good)
    }

    @Test func aBackoffThatIsNoNumberIsAUsageError() throws {
        let innostat = try Fetch.project(url: "http://127.0.0.1:9/x.csv")
        let result = try Fetch.fetch(
            innostat, environment: ["INNOSTAT_FETCH_BACKOFF_SECONDS": "soon"])
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "INNOSTAT_FETCH_BACKOFF_SECONDS: expected seconds (a number, 0 or more), got "
                + "\"soon\"\n")
    }

    static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date())
    }

    /// The contents of every file under `folder`.
    static func files(under folder: String) throws -> [Data] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        return enumerator.compactMap { name in
            FileManager.default.contents(atPath: "\(folder)/\(name as! String)")
        }
    }
}
