import Testing

@testable import InnoStatCore

/// `fetch:`: its keys and defaults, the url's `${NAME}`s, and a one-line error for each mistake,
/// the rule that a pipeline that fetches names the one file it writes among them.
struct PipelineSpecFetchTests {
    static let base = """
        source: {id: s, publisher: P, title: T}
        inputs: [kosis/a.csv]
        layout: long
        columns: {period: year, value: value, region: region}
        defaults: {measure: m}
        measures:
          m: {name: M, unit: percent}

        """

    func parse(_ yaml: String) throws -> PipelineSpec {
        try PipelineSpec.parse(yaml: yaml, file: "Pipelines/x.yaml", defaultName: "x")
    }

    @Test func readsTheKeysAndTheirDefaults() throws {
        let plain = try parse(Self.base + "fetch: {url: 'https://kosis.kr/a?key=${KOSIS_API_KEY}'}")
        let fetch = try #require(plain.fetch)
        #expect(fetch.url.text == "https://kosis.kr/a?key=${KOSIS_API_KEY}")
        #expect(fetch.url.variables == ["KOSIS_API_KEY"])
        #expect(fetch.timeoutSeconds == 60)
        #expect(fetch.attempts == 3)
        #expect(fetch.backoffSeconds == 1)
        #expect(fetch.maxBytes == 512 << 20)
        let tuned = try parse(
            Self.base
                + "fetch: {url: 'http://x.org/a', timeout_seconds: 2.5, attempts: 1, "
                + "backoff_seconds: 0, max_bytes: 1000}")
        #expect(tuned.fetch?.timeoutSeconds == 2.5)
        #expect(tuned.fetch?.attempts == 1)
        #expect(tuned.fetch?.backoffSeconds == 0)
        #expect(tuned.fetch?.maxBytes == 1000)
        #expect(try parse(Self.base).fetch == nil)
    }

    struct Mistake: Sendable, CustomTestStringConvertible {
        var inputs = "[kosis/a.csv]"
        let fetch: String
        let error: String
        var testDescription: String { error }
    }

    static let mistakes = [
        Mistake(
            inputs: "[kosis/a.csv, kosis/b.csv]", fetch: "{url: 'http://x.org/a'}",
            error: "Pipelines/x.yaml: fetch: a pipeline that fetches has exactly one input, the "
                + "file fetch writes (inputs names 2)"),
        Mistake(
            inputs: "['kosis/*.csv']", fetch: "{url: 'http://x.org/a'}",
            error: "Pipelines/x.yaml: fetch: the input \"kosis/*.csv\" is a pattern; a pipeline "
                + "that fetches names the one file fetch writes"),
        Mistake(
            inputs: "[../elsewhere.csv]", fetch: "{url: 'http://x.org/a'}",
            error: "Pipelines/x.yaml: fetch: the input \"../elsewhere.csv\" is outside the "
                + "raw-data folder; fetch writes only under it"),
        Mistake(
            fetch: "{timeout_seconds: 5}", error: "Pipelines/x.yaml: fetch.url: is required"),
        Mistake(
            fetch: "{url: 'ftp://x.org/a'}",
            error: "Pipelines/x.yaml: fetch.url: must start with http:// or https://"),
        Mistake(
            fetch: "{url: 'https://x.org/a?key=${KEY'}",
            error: "Pipelines/x.yaml: fetch.url: \"${\" is not closed by \"}\""),
        Mistake(
            fetch: "{url: 'https://x.org/a?key=${1KEY}'}",
            error: "Pipelines/x.yaml: fetch.url: \"${1KEY}\" is not a variable name (letters, "
                + "digits and _, not starting with a digit)"),
        Mistake(
            fetch: "{url: 'https:///a'}",
            error: "Pipelines/x.yaml: fetch.url: not a url with a host"),
        Mistake(
            fetch: "{url: 'http://x.org/a', timeout_seconds: 0}",
            error: "Pipelines/x.yaml: fetch.timeout_seconds: must be greater than 0"),
        Mistake(
            fetch: "{url: 'http://x.org/a', attempts: 0}",
            error: "Pipelines/x.yaml: fetch.attempts: must be from 1 to 10"),
        Mistake(
            fetch: "{url: 'http://x.org/a', attempts: 11}",
            error: "Pipelines/x.yaml: fetch.attempts: must be from 1 to 10"),
        Mistake(
            fetch: "{url: 'http://x.org/a', backoff_seconds: -1}",
            error: "Pipelines/x.yaml: fetch.backoff_seconds: must not be negative"),
        Mistake(
            fetch: "{url: 'http://x.org/a', max_bytes: 0}",
            error: "Pipelines/x.yaml: fetch.max_bytes: must be greater than 0"),
        Mistake(
            fetch: "{url: 'http://x.org/a', retries: 3}",
            error: "Pipelines/x.yaml: fetch.retries: unknown key (known here: attempts, "
                + "backoff_seconds, max_bytes, timeout_seconds, url)"),
        Mistake(fetch: "http://x.org/a", error: "Pipelines/x.yaml: fetch: expected a mapping"),
    ]

    @Test(arguments: mistakes)
    func aMistakeIsOneLine(_ mistake: Mistake) {
        let yaml =
            Self.base.replacingOccurrences(of: "[kosis/a.csv]", with: mistake.inputs)
            + "fetch: \(mistake.fetch)\n"
        #expect(throws: PipelineError.self) { try parse(yaml) }
        do {
            _ = try parse(yaml)
        } catch {
            #expect("\(error)" == mistake.error)
        }
    }
}
