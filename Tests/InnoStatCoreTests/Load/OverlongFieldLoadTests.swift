import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// A field longer than `read.max_field_bytes` rejects its row in `etl_reject` with a short raw
/// text; the rest of the file loads; raw text with control characters is stored escaped.
struct OverlongFieldLoadTests {
    static func pipeline(read: String) -> String {
        """
        source: {id: t, publisher: P, title: T}
        inputs: [t.csv]
        tolerance: 2
        read: {\(read)}
        layout: long
        columns: {region: region, period: period, value: value, note: [note]}
        defaults: {measure: m, unit: count}
        measures:
          m: {name: M, unit: count}
        """
    }

    static let twoMegabytes = String(repeating: "x", count: 2 * 1024 * 1024)

    @Test func aFieldPastTheDefaultLimitRejectsItsRowAndTheRestLoads() throws {
        let csv = """
            region,period,value,note
            KR-26,2020,1,plain
            KR-11,2020,2,"\(Self.twoMegabytes)"
            KR-27,2020,3\0,nul\u{1B}[31m
            KR-28,2020,4,after

            """
        let fixture = try RunFixture(
            pipelines: ["t": Self.pipeline(read: "encoding: utf-8")], files: ["t.csv": csv])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let db = try fixture.database()
        let hundred = String(repeating: "x", count: 96)
        #expect(
            try db.rows(
                """
                SELECT line, column_number, column_name, raw_text, reason_code, message
                FROM etl_reject ORDER BY line
                """) == [
                    [
                        3, 4, "note", .text("\(hundred)…\(hundred) (2097152 bytes)"),
                        "field_too_long",
                        "field longer than 1048576 bytes (2097152 bytes); read.max_field_bytes raises the limit",
                    ],
                    [4, 3, "value", "3\\0", "not_a_number", "\"3\\0\" is not a number"],
                ])
        #expect(
            try db.rows("SELECT region_code, value FROM observation ORDER BY 1")
                == [["KR-26", .real(1)], ["KR-28", .real(4)]])
    }

    @Test func aPipelineDeclaresALowerOrHigherLimit() throws {
        let csv =
            "region,period,value,note\nKR-26,2020,1,\(String(repeating: "n", count: 101))\n"
            + "KR-11,2020,2,\(Self.twoMegabytes)\n"
        let lower = try RunFixture(
            pipelines: ["t": Self.pipeline(read: "max_field_bytes: 100")], files: ["t.csv": csv])
        _ = try lower.run()
        #expect(
            try lower.database().rows("SELECT line, message FROM etl_reject ORDER BY line") == [
                [
                    2,
                    "field longer than 100 bytes (101 bytes); read.max_field_bytes raises the limit",
                ],
                [
                    3,
                    "field longer than 100 bytes (2097152 bytes); read.max_field_bytes raises the limit",
                ],
            ])
        let higher = try RunFixture(
            pipelines: ["t": Self.pipeline(read: "max_field_bytes: 4194304")], files: ["t.csv": csv]
        )
        _ = try higher.run()
        #expect(try higher.database().rows("SELECT count(*) FROM etl_reject") == [[0]])
        #expect(try higher.database().rows("SELECT count(*) FROM observation") == [[2]])
    }

    @Test func aHeaderFieldPastTheLimitFailsTheFile() throws {
        let csv = "region,period,value,\(String(repeating: "n", count: 101))\nKR-26,2020,1,a\n"
        let fixture = try RunFixture(
            pipelines: ["t": Self.pipeline(read: "max_field_bytes: 100")], files: ["t.csv": csv])
        let (summary, _) = try fixture.run()
        #expect(!summary.succeeded)
        #expect(
            try fixture.database().rows("SELECT line, column_number, message FROM etl_reject") == [
                [
                    1, 4,
                    "header field longer than 100 bytes (101 bytes); read.max_field_bytes raises the limit",
                ]
            ])
    }

    @Test func aFirmSurveyRowWithAFieldPastTheLimitIsRefused() throws {
        let (response, rejects) = try FirmResponseParserTests.parse(
            "1993,F\(Self.twoMegabytes),Chungbuk,C10,SME,118,16992,0,N,N")
        #expect(response == nil)
        let hundred = String(repeating: "x", count: 95)
        #expect(
            rejects == [
                Reject(
                    line: 2, column: 2, columnName: FirmSurveyColumns.names[1],
                    rawText: "F\(hundred)…x\(hundred) (2097153 bytes)", reason: .fieldTooLong,
                    message:
                        "field longer than 1048576 bytes (2097153 bytes); read.max_field_bytes raises the limit"
                )
            ])
    }

    @Test(arguments: [
        ("max_field_bytes: 0", "Pipelines/x.yaml: read.max_field_bytes: must be greater than 0"),
        ("max_field_bytes: -5", "Pipelines/x.yaml: read.max_field_bytes: must be greater than 0"),
        (
            "max_field_bytes: lots",
            "Pipelines/x.yaml: read.max_field_bytes: expected a whole number"
        ),
    ])
    func theLimitMustBeAPositiveWholeNumber(read: String, message: String) throws {
        let error = try #require(throws: PipelineError.self) {
            try PipelineSpec.parse(
                yaml: Self.pipeline(read: read), file: "Pipelines/x.yaml", defaultName: "x")
        }
        #expect("\(error)" == message)
    }
}
