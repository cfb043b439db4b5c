import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// `read.derive`: columns taken by a pattern from another column's text, placed at it.
struct DerivedColumnsTests {
    static let pipeline = """
        source: {id: ncses_like, publisher: P, title: T}
        inputs: [t.csv]
        layout: long
        tolerance: 1
        read:
          derive:
            country: {from: label, pattern: '^(?:.*-> )?(.+?)(?:\\s*\\(\\d{4}\\))?(?:<sup>.*</sup>)?$'}
            year: {from: label, pattern: '\\((\\d{4})\\)', default: "2021"}
        columns: {region: country, period: year, value: value}
        defaults: {measure: m}
        measures:
          m: {name: M, unit: percent}
        """

    static let table = """
        row_id,label,value
        r1,Non-OECD -> China (2020)<sup>b</sup>,2.4
        r2,South Korea,4.9
        r3,Denmark<sup>b</sup>,2.9
        r4,Atlantis (2019),1.0

        """

    @Test func derivedColumnsLoadAndPointAtTheirSource() throws {
        let fixture = try RunFixture(pipelines: ["n": Self.pipeline], files: ["t.csv": Self.table])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let db = try fixture.database()
        #expect(
            try db.rows("SELECT region_code, period, value FROM observation ORDER BY source_line")
                .map { "\($0.text("region_code")!) \($0.text("period")!) \($0.double("value")!)" }
                == ["CN 2020 2.4", "KR 2021 4.9", "DK 2021 2.9"])
        #expect(
            try db.scalar(
                "SELECT line || ':' || column_number || ' ' || column_name || ' ' || raw_text FROM etl_reject"
            )
                == "5:2 country Atlantis")
    }

    static let mistakes: [(String, String)] = [
        (
            "    country: {from: label, pattern: 'no group'}\n",
            "Pipelines/x.yaml: read.derive.country.pattern: must be a regular expression with a group"
        ),
        (
            "    country: {from: label, pattern: '(x', default: a}\n",
            "Pipelines/x.yaml: read.derive.country.pattern: must be a regular expression with a group"
        ),
        (
            "    country: {from: label, patern: '(x)'}\n",
            "Pipelines/x.yaml: read.derive.country.pattern: is required (is \"patern\" a misspelling of it?)"
        ),
    ]

    @Test(arguments: mistakes)
    func aDerivedColumnIsCheckedWhenThePipelineIsRead(line: String, error: String) {
        let yaml = """
            source: {id: s, publisher: P, title: T}
            inputs: [t.csv]
            layout: long
            read:
              derive:
            \(line)columns: {region: country, value: value, period: year}
            """
        #expect {
            _ = try PipelineSpec.parse(yaml: yaml, file: "Pipelines/x.yaml", defaultName: "x")
        } throws: { "\($0)" == error }
    }

    @Test func aDerivedColumnFromNoColumnFailsTheFile() throws {
        let pipeline = Self.pipeline.replacingOccurrences(
            of: "year: {from: label", with: "year: {from: lable")
        let fixture = try RunFixture(pipelines: ["n": pipeline], files: ["t.csv": Self.table])
        let (_, events) = try fixture.run()
        #expect(
            RunFixture.results(events).first?.diagnostics.first
                == "\(fixture.rawData)/t.csv: read.derive.year.from: no column \"lable\"")
    }
}
