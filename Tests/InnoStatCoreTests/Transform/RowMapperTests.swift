import CSVStream
import Testing

@testable import InnoStatCore

/// Maps CSV text through a pipeline's rules, one outcome per data record.
struct RowMapperTests {
    static let pipeline = """
        source: {id: press, publisher: P, title: T}
        inputs: [a.csv]
        layout: long
        columns: {period: period, value: value, region: region}
        measures:
          m: {name: M, unit: percent}
        """

    func map(_ csv: String, _ yaml: String) throws -> [RowMapper.Outcome] {
        let spec = try PipelineSpec.parse(yaml: yaml, file: "Pipelines/x.yaml", defaultName: "x")
        var mapper: RowMapper?
        var outcomes: [RowMapper.Outcome] = []
        try CSVReader(bytes: Array(csv.utf8), displayPath: "a.csv").forEachRecord { record in
            if mapper != nil {
                outcomes.append(mapper!.map(record))
            } else {
                mapper = try RowMapper(spec: spec, header: record.fields, file: "a.csv")
            }
        }
        return outcomes
    }

    func observation(
        _ value: Double?, line: Int, column: Int = 3, status: ObservationStatus = .normal,
        note: String? = nil, source: (String, String)? = nil
    ) -> StagedObservation {
        StagedObservation(
            measure: "m", region: "KR", period: "2021", year: 2021, sector: "TOT", size: "ALL",
            value: value, status: status, line: line, column: column, note: note,
            sourceID: source?.0, sourceURL: source?.1)
    }

    struct RuleCase: Sendable, CustomTestStringConvertible {
        let name: String
        let rules: String
        let row: String
        let expected: String
        var testDescription: String { name }
    }

    /// `observation`, `skip: <reason>` or `reject: <message>` for one row `kind,country`.
    static let ruleCases: [RuleCase] = [
        RuleCase(
            name: "a value list matches any of its values",
            rules: "- when: {kind: [a, b]}\n  set: {measure: m}",
            row: "b,KOR", expected: "observation"),
        RuleCase(
            name: "a value outside the list is unmatched",
            rules: "- when: {kind: [a, b]}\n  set: {measure: m}",
            row: "c,KOR", expected: "reject: no rule matches this row (kind=\"c\")"),
        RuleCase(
            name: "unless skips rows outside its values",
            rules:
                "- unless: {country: [KOR, Korea]}\n  skip: other countries\n"
                + "- when: {kind: a}\n  set: {measure: m}",
            row: "a,JPN", expected: "skip: other countries"),
        RuleCase(
            name: "unless lets rows inside its values through",
            rules:
                "- unless: {country: [KOR, Korea]}\n  skip: other countries\n"
                + "- when: {kind: a}\n  set: {measure: m}",
            row: "a,Korea", expected: "observation"),
        RuleCase(
            name: "an unexpected row of the kept country is rejected",
            rules:
                "- unless: {country: KOR}\n  skip: other countries\n"
                + "- when: {kind: a}\n  set: {measure: m}",
            row: "z,KOR", expected: "reject: no rule matches this row (country=\"KOR\", kind=\"z\")"
        ),
        RuleCase(
            name: "unless with two columns excludes only rows matching both",
            rules:
                "- when: {kind: a}\n  unless: {kind: a, country: KOR}\n  skip: not Korea\n"
                + "- when: {kind: a}\n  set: {measure: m}",
            row: "a,KOR", expected: "observation"),
        RuleCase(
            name: "white space inside a label folds to one space",
            rules: "- when: {kind: \"GERD (PPP US$billions)\"}\n  set: {measure: m}",
            row: "\"  GERD \r(PPP  US$billions) \",KOR", expected: "observation"),
        RuleCase(
            name: "the first matching rule wins",
            rules: "- when: {kind: a}\n  skip: first\n- when: {kind: a}\n  set: {measure: m}",
            row: "a,KOR", expected: "skip: first"),
    ]

    @Test(arguments: ruleCases)
    func rulesMatchRows(_ rule: RuleCase) throws {
        let yaml = """
            source: {id: s, publisher: P, title: T}
            inputs: [a.csv]
            layout: long
            columns: {value: value}
            defaults: {region: KR, period: "2021"}
            rules:
            \(rule.rules.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n"))
            measures:
              m: {name: M, unit: percent}
            """
        let outcomes = try map("kind,country,value\n\(rule.row),5\n", yaml)
        let described = outcomes.map { outcome -> String in
            switch outcome {
            case .observations(let observations, let rejects):
                return observations.count == 1 && rejects.isEmpty ? "observation" : "\(outcome)"
            case .skipped(let reason): return "skip: \(reason)"
            case .rejected(let rejects):
                return "reject: " + rejects.map(\.message).joined(separator: "; ")
            }
        }
        #expect(described == [rule.expected])
    }

    struct LabelCase: Sendable, CustomTestStringConvertible {
        let raw: String
        let label: String
        var testDescription: String { "\"\(raw)\"" }
    }

    @Test(arguments: [
        LabelCase(raw: "총인구수 (명)", label: "총인구수 (명)"),
        LabelCase(raw: " South Korea ", label: "South Korea"),
        LabelCase(raw: "GERD \r(PPP US$billions)", label: "GERD (PPP US$billions)"),
        LabelCase(raw: "a\r\n\tb", label: "a b"),
        LabelCase(raw: "a  b", label: "a b"),
        LabelCase(raw: "", label: ""),
        LabelCase(raw: " ", label: ""),
    ])
    func labelsFoldWhiteSpace(_ label: LabelCase) {
        #expect(RowMapper.label(label.raw) == label.label)
    }

    static let sourcePipeline =
        pipeline.replacingOccurrences(
            of: "region: region}", with: "region: region, source_url: url, note: [outlet, note]}")
        + "\ndefaults: {measure: m}\n"

    @Test func aRowCitingAURLIsASourceOfItsOwnWithItsOutletAndNoteKept() throws {
        let outcomes = try map(
            """
            period,region,value,url,outlet,note
            2021,KR,76.1,https://etnews.com/1 ,전자신문,from notes line 2
            2021,KR,>75,http://klb.news/2,,
            """, Self.sourcePipeline)
        #expect(
            outcomes == [
                .observations(
                    [
                        observation(
                            76.1, line: 2, note: "전자신문; from notes line 2",
                            source: ("press:etnews.com/1", "https://etnews.com/1"))
                    ],
                    rejects: []),
                .observations(
                    [
                        observation(
                            75, line: 3, status: .estimated, note: "lower bound",
                            source: ("press:klb.news/2", "http://klb.news/2"))
                    ],
                    rejects: []),
            ])
    }

    struct URLCase: Sendable, CustomTestStringConvertible {
        let cell: String
        let reason: Reject.Reason
        let message: String
        var testDescription: String { "\"\(cell)\"" }
    }

    @Test(arguments: [
        URLCase(cell: "", reason: .missingDimension, message: "no source url for this row"),
        URLCase(
            cell: "etnews.com/1", reason: .badSourceURL,
            message: "\"etnews.com/1\" is not a source url (http:// or https://, no spaces)"),
        URLCase(
            cell: "https://a.b/c d", reason: .badSourceURL,
            message: "\"https://a.b/c d\" is not a source url (http:// or https://, no spaces)"),
        URLCase(
            cell: "https://", reason: .badSourceURL,
            message: "\"https://\" is not a source url (http:// or https://, no spaces)"),
    ])
    func aRowWithoutAUsableURLIsRejectedAtItsCell(_ url: URLCase) throws {
        let outcomes = try map(
            "period,region,value,url,outlet,note\n2021,KR,1,\(url.cell),x,y\n", Self.sourcePipeline)
        #expect(
            outcomes == [
                .rejected([
                    Reject(
                        line: 2, column: 4, columnName: "url", rawText: url.cell,
                        reason: url.reason,
                        message: url.message)
                ])
            ])
    }

    @Test func aSeriesBreakMarksItsPeriodAndSaysWhy() throws {
        let yaml = """
            source: {id: s, publisher: P, title: T}
            inputs: [a.csv]
            layout: wide
            wide: {period_pattern: '^(\\d{4})$'}
            columns: {region: region}
            defaults: {measure: m}
            series_breaks: {"2010": new counting}
            measures:
              m: {name: M, unit: persons}
            """
        let outcomes = try map("region,2009,2010\n서울,1,2\n세종,-,-\n제주,3,4e\n", yaml)
        func at(
            _ region: String, _ period: String, _ value: Double?, _ status: ObservationStatus,
            _ note: String?, line: Int, column: Int
        ) -> StagedObservation {
            StagedObservation(
                measure: "m", region: region, period: period, year: Int(period)!, sector: "TOT",
                size: "ALL", value: value, status: status, line: line, column: column, note: note)
        }
        #expect(
            outcomes == [
                .observations(
                    [
                        at("KR-11", "2009", 1, .normal, nil, line: 2, column: 2),
                        at(
                            "KR-11", "2010", 2, .breakInSeries, "series break: new counting",
                            line: 2, column: 3),
                    ], rejects: []),
                .observations(
                    [
                        at("KR-50", "2009", nil, .missing, nil, line: 3, column: 2),
                        at("KR-50", "2010", nil, .missing, nil, line: 3, column: 3),
                    ], rejects: []),
                .observations(
                    [
                        at("KR-49", "2009", 3, .normal, nil, line: 4, column: 2),
                        at(
                            "KR-49", "2010", 4, .estimated, "series break: new counting", line: 4,
                            column: 3),
                    ], rejects: []),
            ])
    }

    @Test(arguments: [
        ("https://etnews.com/1", true), ("http://a", true), ("https://", false), ("ftp://a", false),
        ("www.a.com", false), ("https://a b", false), ("HTTPS://a", false),
    ])
    func webAddresses(_ text: String, _ expected: Bool) {
        #expect(RowMapper.isWebAddress(text) == expected)
    }
}
