import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// Runs small pipelines end to end against a fresh warehouse in a temp folder.
struct PipelineRunnerTests {
    static let widePipeline = """
        source: {id: grdp, publisher: KOSIS, title: GRDP}
        inputs: [grdp.csv]
        layout: wide
        wide: {period_pattern: '^(\\d{4})\\s*년$', ignore_columns: '^Unnamed: \\d+$'}
        columns: {region: 시도별}
        defaults: {unit: million KRW}
        rules:
          - when: {항목: 명목}
            set: {measure: grdp_nominal}
        unmatched: {skip: only nominal GRDP}
        measures:
          grdp_nominal: {name: GRDP, unit: million KRW}
        """

    static let longPipeline = """
        source: {id: notes, publisher: Press, title: Notes}
        inputs: [notes.csv]
        layout: long
        columns: {period: period, value: value, region: region, unit: unit}
        defaults: {measure: rd_expenditure}
        measures:
          rd_expenditure: {name: R&D expenditure, unit: 100 million KRW}
        """

    typealias Fixture = RunFixture

    static let grdpCSV = """
        \u{FEFF}시도별,경제활동별,항목,1985 년,1986 년,Unnamed: 3
        전국,총생산,명목,"93,917",110030.5,
        서울특별시,총생산,명목,30000,31000,
        광주광역시,총생산,명목,,1200,
        전국,총생산,실질,1,2,

        """

    @Test func loadsAWideTableWithEmptyCellsAsMissing() throws {
        let fixture = try Fixture(
            pipelines: ["grdp": Self.widePipeline], files: ["grdp.csv": Self.grdpCSV])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        #expect(summary.rowsRead == 4)
        #expect(summary.observationsLoaded == 6)
        let db = try fixture.database()
        let rows = try db.rows(
            "SELECT region_code, period, value, status, source_line, source_column FROM observation ORDER BY region_code, period"
        )
        #expect(
            rows == [
                ["KR", "1985", .real(93917), "A", 2, 4],
                ["KR", "1986", .real(110030.5), "A", 2, 5],
                ["KR-11", "1985", .real(30000), "A", 3, 4],
                ["KR-11", "1986", .real(31000), "A", 3, 5],
                ["KR-29", "1985", .null, "M", 4, 4],
                ["KR-29", "1986", .real(1200), "A", 4, 5],
            ])
        let load = try db.rows(
            "SELECT status, rows_read, rows_loaded, rows_skipped, rows_rejected, rejects FROM etl_load"
        )
        #expect(load == [["loaded", 4, 3, 1, 0, 0]])
        #expect(try db.rows("SELECT reason, rows FROM etl_skip") == [["only nominal GRDP", 1]])
    }

    @Test func aBadValueRollsBackItsFileAndTheOtherSourcesStillLoad() throws {
        let bad = Self.grdpCSV.replacingOccurrences(of: "31000", with: "\"3,10,00\"")
        let fixture = try Fixture(
            pipelines: ["grdp": Self.widePipeline, "notes": Self.longPipeline],
            files: [
                "grdp.csv": bad,
                "notes.csv":
                    "period,region,value,unit\n2010,Gyeonggi,\"183,129\",억원\n2010,전국,\"43조 8,548억원\",\n",
            ])
        let (summary, events) = try fixture.run()
        #expect(!summary.succeeded)
        #expect(summary.filesFailed == 1)
        #expect(summary.filesLoaded == 1)
        let db = try fixture.database()
        #expect(
            try db.scalar("SELECT count(*) FROM observation WHERE source_id = 'grdp'")
                == .integer(0))
        #expect(
            try db.rows(
                "SELECT region_code, value FROM observation WHERE source_id = 'notes' ORDER BY 1")
                == [["KR", .real(438548)], ["KR-41", .real(183129)]])
        let reject = try db.rows(
            "SELECT source_file, line, column_number, column_name, raw_text, reason_code, message FROM etl_reject"
        )
        #expect(
            reject == [
                [
                    .text(fixture.folder.file("RawData") + "/grdp.csv"), 3, 5, "1986 년", "3,10,00",
                    "not_a_number", "\"3,10,00\" is not a number",
                ]
            ])
        let diagnostics = events.compactMap { event -> [String]? in
            if case .fileFinished(let result) = event { return result.diagnostics }
            return nil
        }.flatMap { $0 }
        #expect(
            diagnostics == [
                fixture.folder.file("RawData") + "/grdp.csv:3:5: \"3,10,00\" is not a number"
            ])
    }

    @Test func anUnknownRegionNamesTheClosestOnes() throws {
        let fixture = try Fixture(
            pipelines: ["notes": Self.longPipeline],
            files: ["notes.csv": "period,region,value,unit\n2010,Kyongi,1,억원\n"])
        let (summary, _) = try fixture.run()
        #expect(!summary.succeeded)
        let message = try fixture.database().scalar("SELECT message FROM etl_reject")
        guard case .text(let text) = message else {
            Issue.record("no reject")
            return
        }
        #expect(text.hasPrefix("unknown region \"Kyongi\" (closest: "))
        #expect(text.contains("Kyonggi"))
    }

    @Test func aTruncatedFileFailsWithItsLineAndLoadsNothing() throws {
        let fixture = try Fixture(
            pipelines: ["notes": Self.longPipeline],
            files: ["notes.csv": "period,region,value,unit\n2010,Seoul,1,억원\n2011,\"Seo"])
        let (summary, _) = try fixture.run()
        #expect(summary.filesFailed == 1)
        let db = try fixture.database()
        #expect(try db.scalar("SELECT count(*) FROM observation") == .integer(0))
        #expect(
            try db.rows("SELECT line, reason_code FROM etl_reject") == [[3, "malformed_record"]])
        #expect(try db.scalar("SELECT status FROM etl_load") == .text("failed"))
    }

    @Test func runningTwiceLeavesTheSameObservations() throws {
        let fixture = try Fixture(
            pipelines: ["grdp": Self.widePipeline], files: ["grdp.csv": Self.grdpCSV])
        _ = try fixture.run()
        let query =
            "SELECT measure_code, region_code, period, value, status, load_id FROM observation ORDER BY 1, 2, 3"
        let first = try fixture.database().rows(query)
        _ = try fixture.run()
        #expect(try fixture.database().rows(query) == first)
        #expect(
            try fixture.database().scalar("SELECT count(*) FROM observation_history") == .integer(0)
        )
    }

    @Test func aRevisedFigureIsCurrentAndItsOldValueIsInHistory() throws {
        var fixture = try Fixture(
            pipelines: ["grdp": Self.widePipeline], files: ["grdp.csv": Self.grdpCSV])
        _ = try fixture.run()
        try fixture.folder.write(
            "RawData/grdp.csv", Self.grdpCSV.replacingOccurrences(of: "31000", with: "31500"))
        fixture.configuration.force = true
        _ = try fixture.run()
        let db = try fixture.database()
        #expect(
            try db.scalar(
                "SELECT value FROM observation WHERE region_code = 'KR-11' AND period = '1986'")
                == .real(31500))
        #expect(
            try db.rows("SELECT region_code, period, value FROM observation_history") == [
                ["KR-11", "1986", .real(31000)]
            ])
    }

    @Test func aSecondRunWhileTheLockIsHeldIsRefused() throws {
        let fixture = try Fixture(
            pipelines: ["grdp": Self.widePipeline], files: ["grdp.csv": Self.grdpCSV])
        try FileManager.default.createDirectory(
            atPath: fixture.folder.file("Warehouse"), withIntermediateDirectories: true)
        let lock = try RunLock(warehousePath: fixture.configuration.warehousePath)
        let error = try #require(throws: RunLock.Held.self) { try fixture.run() }
        #expect(error.description.hasPrefix("another run holds the warehouse lock "))
        #expect(
            error.holder.hasPrefix("pid \(ProcessInfo.processInfo.processIdentifier), started "))
        withExtendedLifetime(lock) {}
    }
}
