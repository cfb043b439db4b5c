import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// JSON replies load through the same table model as CSV and workbooks: a KOSIS OpenAPI reply
/// one row per element, a JSON-stat dataset one row per cell.
struct JSONReplyLoadTests {
    static let kosisPipeline = """
        source: {id: kosis_api_register, publisher: Statistics Korea (KOSIS OpenAPI), title: 행정구역(시군구)별 성별 인구수}
        inputs: [register.json]
        layout: long
        columns: {region: C1_NM, period: period, value: DT, unit: UNIT_NM}
        rules:
          - when: {ITM_ID: T20}
            set: {measure: population}
          - when: {ITM_ID: T21}
            set: {measure: population_male}
          - when: {ITM_ID: T22}
            set: {measure: population_female}
        measures:
          population: {name: Population, unit: persons}
          population_male: {name: Male population, unit: persons}
          population_female: {name: Female population, unit: persons}
        """

    static let registerPipeline = """
        source: {id: register_xlsx, publisher: MOIS, title: register}
        inputs: [register.xlsx]
        layout: wide
        wide: {header_rows: [period, 항목]}
        columns: {region: 행정구역(시군구)별}
        unit_from_label: 항목
        rules:
          - when: {항목: 총인구수 (명)}
            set: {measure: population}
          - when: {항목: 남자인구수 (명)}
            set: {measure: population_male}
          - when: {항목: 여자인구수 (명)}
            set: {measure: population_female}
        measures:
          population: {name: Population, unit: persons}
          population_male: {name: Male population, unit: persons}
          population_female: {name: Female population, unit: persons}
        """

    static func figures(_ db: Database, source: String, years: ClosedRange<Int>) throws -> [String]
    {
        try db.rows(
            """
            SELECT measure_code || ' ' || region_code || ' ' || period || ' ' || value || ' '
                   || status AS figure
            FROM observation WHERE source_id = ? AND year BETWEEN ? AND ? ORDER BY 1
            """,
            [.text(source), .integer(Int64(years.lowerBound)), .integer(Int64(years.upperBound))]
        ).map { $0.text("figure")! }
    }

    /// Every figure of the reply equals the one the workbook it was made from loads.
    @Test func aKOSISReplyLoadsTheFiguresOfTheDownload() throws {
        let fixture = try RunFixture(
            pipelines: ["api": Self.kosisPipeline, "xlsx": Self.registerPipeline], files: [:])
        try fixture.folder.write(
            "RawData/register.json", try Fixtures.data("kosis-api/DT_1B040A3_2022_2024.json"))
        try fixture.folder.write(
            "RawData/register.xlsx",
            try Fixtures.data("kosis/행정구역_시군구_별__성별_인구수_20250626192009.xlsx"))
        let (summary, events) = try fixture.run()
        #expect(summary.succeeded)
        let reply = RunFixture.results(events).first { $0.pipeline == "api" }
        #expect(reply?.rowsRead == 162 && reply?.observationsLoaded == 162 && reply?.rejects == 0)
        let db = try fixture.database()
        let fromReply = try Self.figures(db, source: "kosis_api_register", years: 2022...2024)
        #expect(fromReply.count == 162)
        #expect(fromReply == (try Self.figures(db, source: "register_xlsx", years: 2022...2024)))
        #expect(fromReply.contains("population KR-11 2024 9331828.0 A"))
        #expect(
            try db.scalar(
                "SELECT source_line FROM observation WHERE source_id = 'kosis_api_register' "
                    + "AND measure_code = 'population_male' AND region_code = 'KR' AND period = '2022'"
            )
                == 2)
    }

    static let replies: [(name: String, json: String, error: String)] = [
        (
            "error", #"{"err":"30","errMsg":"데이터가 존재하지 않습니다."}"#,
            "KOSIS error 30: 데이터가 존재하지 않습니다."
        ),
        ("empty", "[]", "an empty reply: no figures"),
        (
            "not objects", #"[1, 2]"#,
            "element [0] is a number, not an object: not a KOSIS OpenAPI data reply"
        ),
        (
            "no DT", #"[{"PRD_DE": "2024"}]"#,
            "no DT or PRD_DE: not a KOSIS OpenAPI data reply"
        ),
        (
            "nested", #"[{"PRD_DE": "2024", "DT": {"a": 1}}]"#,
            "element [0] DT is an object, not text or a number"
        ),
        ("not JSON", "[{", "not JSON"),
    ]

    @Test(arguments: replies)
    func aReplyThatIsNoTableFailsInOneLine(name: String, json: String, error: String) throws {
        let fixture = try RunFixture(
            pipelines: ["api": Self.kosisPipeline], files: ["register.json": json])
        let (summary, events) = try fixture.run()
        #expect(!summary.succeeded, "\(name)")
        let failure = RunFixture.results(events).first?.diagnostics.first ?? ""
        let expected = "\(fixture.rawData)/register.json: \(error)"
        // Foundation words why text is not JSON; the rest is exact.
        #expect(
            name == "not JSON" ? failure.hasPrefix(expected + " (") : failure == expected,
            "\(name): \(failure)")
        #expect(!failure.contains("\n"))
    }

    /// Bytes that are not UTF-8 are refused before Foundation's parser sees them (it traps on
    /// some: the replies fuzz target found one, kept in Tests/FuzzRegressionTests/Inputs).
    @Test(arguments: [#"[{"DT": "1\#u{FF}"}]"#, #"{"version": "2.0", "label": "\#u{FF}"}"#])
    func aReplyThatIsNotUTF8FailsInOneLine(json: String) throws {
        let bytes = Data(json.utf8).map { $0 == 0xC3 ? 0xFF : $0 }.filter { $0 != 0xBF }
        let fixture = try RunFixture(pipelines: ["api": Self.kosisPipeline], files: [:])
        try fixture.folder.write("RawData/register.json", Data(bytes))
        let (summary, events) = try fixture.run()
        #expect(!summary.succeeded)
        #expect(
            RunFixture.results(events).first?.diagnostics.first
                == "\(fixture.rawData)/register.json: not JSON: not UTF-8 text (a JSON reply must be UTF-8)"
        )
    }

    /// A reply's periods by their `PRD_SE`; `UNIT_NM` may be absent (the measure's unit holds).
    @Test func periodsAreReadByTheirFrequency() throws {
        let json = """
            [{"C1_NM": "서울특별시", "ITM_ID": "T20", "PRD_SE": "M", "PRD_DE": "202403", "DT": "9386034"},
             {"C1_NM": "서울특별시", "ITM_ID": "T20", "PRD_SE": "Q", "PRD_DE": "202402", "DT": "1.5"},
             {"C1_NM": "서울특별시", "ITM_ID": "T20", "PRD_SE": "H", "PRD_DE": "202402", "DT": 2},
             {"C1_NM": "서울특별시", "ITM_ID": "T20", "PRD_SE": "A", "PRD_DE": "2023", "DT": "-"},
             {"C1_NM": "서울특별시", "ITM_ID": "T20", "PRD_SE": "월", "PRD_DE": "202212", "DT": "4"},
             {"C1_NM": "서울특별시", "ITM_ID": "T20", "PRD_SE": "M", "PRD_DE": "202413", "DT": "3"}]
            """
        let fixture = try RunFixture(
            pipelines: [
                "api": Self.kosisPipeline.replacingOccurrences(of: "tolerance", with: "x")
                    + "\ntolerance: 1\n"
            ], files: ["register.json": json])
        let (summary, events) = try fixture.run()
        #expect(summary.succeeded)
        #expect(RunFixture.results(events).first?.rejects == 1)
        let db = try fixture.database()
        #expect(
            try db.rows("SELECT period, value, status FROM observation ORDER BY source_line").map {
                "\($0.text("period")!) \($0.double("value").map { "\($0)" } ?? "-") \($0.text("status")!)"
            } == [
                "2024-03 9386034.0 A", "2024-Q2 1.5 A", "2024-S2 2.0 A", "2023 - M",
                "2022-12 4.0 A",
            ])
        #expect(
            try db.scalar("SELECT line || ':' || column_number || ' ' || raw_text FROM etl_reject")
                == "6:12 202413")
    }
}
