import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// Loads generated firm-survey files and compares the warehouse with an independent reading of
/// the same files (bench/firm_survey_reference.py).
struct FirmSurveyLoaderTests {
    typealias Fixture = PipelineRunnerTests.Fixture

    static func pipeline(tolerance: Int = 0) -> String {
        """
        source: {id: synthetic_firm_survey, publisher: generator, title: Synthetic, synthetic: true}
        inputs: [firm_survey/*.csv]
        layout: firm_survey
        region_code_system: kostat
        tolerance: \(tolerance)
        measures:
          sme_conducting_rd_share: {name: Share of SMEs conducting R&D, unit: percent}
          firm_survey_rd_expenditure: {name: R&D expenditure, unit: million KRW}
          firm_survey_responses: {name: Responses, unit: count}
        """
    }

    static func fixture(tolerance: Int = 0) throws -> Fixture {
        let fixture = try Fixture(
            pipelines: ["firm_survey": pipeline(tolerance: tolerance)], files: [:])
        try FileManager.default.createDirectory(
            atPath: fixture.folder.file("RawData/firm_survey"), withIntermediateDirectories: true)
        return fixture
    }

    static func file(_ fixture: Fixture, _ name: String = "firms.csv") -> String {
        fixture.folder.file("RawData/firm_survey/\(name)")
    }

    /// firm_response as the reference prints it: file index, line, then the columns.
    static func responses(_ db: Database, files: [String]) throws -> [String] {
        try db.rows(
            """
            SELECT source_file, source_line, survey_year, firm_id, region_code, industry_ksic,
                   size_code, employees, sales_mwon, rd_expenditure_mwon, conducts_rd,
                   has_rd_center
            FROM v_firm_response ORDER BY source_file, source_line
            """
        ).map { row in
            let index = files.firstIndex(of: row[0].textValue ?? "") ?? -1
            return ([String(index)] + row.dropFirst().map(text)).joined(separator: ",")
        }
    }

    static func text(_ value: DatabaseValue) -> String {
        switch value {
        case .null: ""
        case .integer(let number): String(number)
        case .real(let number): "\(number)"
        case .text(let text): text
        case .blob: "blob"
        }
    }

    struct Aggregate: Hashable, CustomStringConvertible {
        let key: String
        let value: Double?
        let status: String
        var description: String { "\(key)=\(value.map { "\($0)" } ?? "nil") \(status)" }
    }

    static func aggregates(_ db: Database) throws -> [Aggregate] {
        try db.rows(
            """
            SELECT measure_code || ',' || region_code || ',' || year || ',' || size_code,
                   value, status
            FROM observation WHERE source_id = 'synthetic_firm_survey' ORDER BY 1
            """
        ).map {
            Aggregate(key: $0[0].textValue!, value: $0[1].doubleValue, status: $0[2].textValue!)
        }
    }

    static func referenceAggregates(_ files: [String]) throws -> [Aggregate] {
        try FirmSurveyScripts.reference("aggregates", files).map { line in
            let parts = line.split(separator: ",", omittingEmptySubsequences: false)
            return Aggregate(
                key: parts[0...3].joined(separator: ","), value: Double(parts[4]),
                status: String(parts[5]))
        }.sorted { $0.key < $1.key }
    }

    /// The tally the loader counted equals a GROUP BY over the rows it inserted.
    static func expectTallyMatchesRows(_ db: Database) throws {
        let counted = try db.rows(
            """
            SELECT survey_year, region_code, size_code, responses, rd_answered, conducting_rd,
                   rd_expenditure_reported, rd_expenditure_mwon, first_line
            FROM firm_response_tally ORDER BY load_id, 1, 2, 3
            """)
        let grouped = try db.rows(
            """
            SELECT survey_year, region_code, size_code, count(*), count(conducts_rd),
                   coalesce(sum(conducts_rd), 0), count(rd_expenditure_mwon),
                   total(rd_expenditure_mwon), min(source_line)
            FROM firm_response GROUP BY load_id, 1, 2, 3 ORDER BY load_id, 1, 2, 3
            """)
        #expect(counted == grouped)
        #expect(!counted.isEmpty)
    }

    @Test(arguments: [false, true])
    func loadsAGeneratedFileAsTheReferenceReadsIt(messy: Bool) throws {
        let fixture = try Self.fixture()
        let path = Self.file(fixture)
        try FirmSurveyScripts.generate(rows: 2000, messy: messy, to: path)
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        #expect(summary.rowsRead == 2000)
        #expect(summary.rejects == 0)

        let db = try fixture.database()
        #expect(
            try Self.responses(db, files: [path])
                == FirmSurveyScripts.reference("responses", [path]))
        let expected = try Self.referenceAggregates([path])
        #expect(try Self.aggregates(db) == expected)
        #expect(expected.count > 1000)
        try Self.expectTallyMatchesRows(db)
        #expect(
            try db.rows(
                """
                SELECT status, rows_read, rows_loaded, rows_skipped, rows_rejected, rejects,
                       observations_loaded
                FROM etl_load
                """) == [["loaded", 2000, 2000, 0, 0, 0, .integer(Int64(expected.count))]])
        #expect(try db.scalar("SELECT count(*) FROM etl_reject") == 0)
        let missingExpenditure = try db.scalar(
            "SELECT count(*) FROM firm_response WHERE rd_expenditure_mwon IS NULL")
        #expect(messy ? missingExpenditure != 0 : missingExpenditure == 0)
        let lowerBounds = try db.scalar(
            "SELECT count(*) FROM observation WHERE status = 'E' AND note LIKE 'lower bound: %'")
        #expect(messy ? lowerBounds != 0 : lowerBounds == 0)
        #expect(
            try db.scalar(
                "SELECT count(*) FROM firm_response WHERE region_code NOT IN (SELECT region_code FROM region WHERE level = 'province')"
            ) == 0)
    }

    @Test func syntheticAggregatesStayOutOfVObservation() throws {
        let fixture = try Fixture(
            pipelines: [
                "firm_survey": Self.pipeline(),
                "notes": """
                source: {id: notes, publisher: Press, title: Notes}
                inputs: [notes.csv]
                layout: long
                columns: {period: period, value: value}
                defaults: {measure: sme_conducting_rd_share, region: KR, size: SME}
                measures:
                  sme_conducting_rd_share: {name: Share of SMEs conducting R&D, unit: percent}
                """,
            ],
            files: ["notes.csv": "period,value\n2000,25.5\n", "firm_survey/README.md": ""])
        try FirmSurveyScripts.generate(rows: 300, to: Self.file(fixture))
        #expect(try fixture.run().0.succeeded)
        let db = try fixture.database()
        #expect(
            try db.rows("SELECT source_id, is_synthetic FROM source ORDER BY 1")
                == [["notes", 0], ["synthetic_firm_survey", 1]])
        #expect(
            try db.scalar(
                "SELECT count(*) FROM observation WHERE measure_code = 'sme_conducting_rd_share' AND region_code = 'KR' AND period = '2000'"
            ) == 2)
        #expect(
            try db.rows("SELECT source_id, value FROM v_observation") == [["notes", .real(25.5)]])
    }

    static let badRows = [
        "1993,F9000001,Atlantis,C10,SME,1,1,1,Y,Y",
        "19x3,F9000002,Seoul,C10,SME,1,1,1,Y,Y",
        "1993,F9000003,Seoul,C10,SME,\"1,2,3\",1,1,maybe,Y",
        "1993,F9000004,Seoul",
        "1993,,Seoul,C10,ALL,1,1,1,Y,Y",
    ]

    @Test func everyBadRowIsRejectedWithItsLineColumnAndText() throws {
        let fixture = try Self.fixture(tolerance: 10)
        let path = Self.file(fixture)
        try FirmSurveyScripts.generate(rows: 2000, messy: true, to: path)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data((Self.badRows.joined(separator: "\n") + "\n").utf8))
        try handle.close()

        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let db = try fixture.database()
        #expect(
            try db.rows(
                """
                SELECT line, column_number, column_name, raw_text, reason_code, message
                FROM etl_reject ORDER BY reject_id
                """) == [
                    [
                        2002, 3, "region", "Atlantis", "unknown_region",
                        "unknown region \"Atlantis\" (closest: National, Nationwide, Total)",
                    ],
                    [
                        2003, 1, "survey_year", "19x3", "bad_period",
                        "\"19x3\" is not a year (YYYY)",
                    ],
                    [
                        2004, 6, "employees", "1,2,3", "not_a_number",
                        "\"1,2,3\" is not a whole number",
                    ],
                    [
                        2004, 9, "conducts_rd", "maybe", "unexpected_value",
                        "\"maybe\" is not a flag (Y/N or 1/0)",
                    ],
                    [
                        2005, .null, .null, "1993,F9000004,Seoul", "ragged_row",
                        "the record has 3 fields, the header has 10",
                    ],
                    [2006, 2, "firm_id", "", "missing_dimension", "firm_id is missing"],
                    [
                        2006, 5, "size_class", "ALL", "unknown_size",
                        "\"ALL\" is not the size of one firm (LARGE or SME)",
                    ],
                ])
        let ledger = try db.rows(
            "SELECT '0,' || line || ',' || coalesce(column_number, '') || ',' || reason_code FROM etl_reject ORDER BY reject_id"
        ).map { $0[0].textValue! }
        #expect(ledger == (try FirmSurveyScripts.reference("rejects", [path])))
        #expect(
            try db.rows(
                "SELECT status, rows_read, rows_loaded, rows_rejected, rejects FROM etl_load")
                == [["loaded", 2005, 2000, 5, 7]])
        #expect(try Self.aggregates(db) == Self.referenceAggregates([path]))
        #expect(try db.scalar("SELECT max(source_line) FROM firm_response") == 2001)
    }

    @Test func rejectsAboveTheToleranceLoadNothingAndKeepTheEarlierLoad() throws {
        let fixture = try Self.fixture()
        let path = Self.file(fixture)
        try FirmSurveyScripts.generate(rows: 500, to: path)
        #expect(try fixture.run().0.succeeded)
        let before = try Self.aggregates(try fixture.database())

        var text = try String(contentsOfFile: path, encoding: .utf8)
        text += Self.badRows[0] + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let (summary, events) = try fixture.run()
        #expect(!summary.succeeded)
        let db = try fixture.database()
        #expect(
            try db.rows(
                "SELECT status, rows_read, rows_loaded, rejects, message FROM etl_load ORDER BY load_id"
            )
                == [
                    ["loaded", 500, 500, 0, .null],
                    [
                        "failed", 501, 500, 1,
                        "1 rejected, tolerance 0: nothing from this file was loaded",
                    ],
                ])
        #expect(try db.scalar("SELECT count(*) FROM firm_response") == 500)
        #expect(try db.scalar("SELECT DISTINCT load_id FROM firm_response") == 1)
        #expect(try Self.aggregates(db) == before)
        let diagnostics = events.compactMap { event -> [String]? in
            if case .fileFinished(let result) = event { return result.diagnostics }
            return nil
        }.flatMap { $0 }
        #expect(
            diagnostics == [
                "\(path):502:3: unknown region \"Atlantis\" (closest: National, Nationwide, Total)"
            ])
    }

    @Test func aReloadReplacesTheFileAndRevisesItsAggregates() throws {
        var fixture = try Self.fixture()
        let path = Self.file(fixture)
        try FirmSurveyScripts.generate(rows: 1000, to: path)
        #expect(try fixture.run().0.succeeded)
        let first = try Self.aggregates(try fixture.database())
        let loadsBefore = try fixture.database().rows(
            "SELECT load_id, count(*) FROM observation GROUP BY 1")

        fixture.configuration.force = true
        #expect(try fixture.run().0.succeeded)
        var db = try fixture.database()
        #expect(try Self.aggregates(db) == first)
        #expect(try db.scalar("SELECT count(*) FROM firm_response") == 1000)
        #expect(try db.scalar("SELECT DISTINCT load_id FROM firm_response") == 2)
        #expect(try db.rows("SELECT load_id, count(*) FROM observation GROUP BY 1") == loadsBefore)
        #expect(try db.scalar("SELECT count(*) FROM observation_history") == 0)

        try FirmSurveyScripts.generate(rows: 400, seed: 7, to: path)
        #expect(try fixture.run().0.succeeded)
        db = try fixture.database()
        let revised = try Self.referenceAggregates([path])
        #expect(try Self.aggregates(db) == revised)
        #expect(
            try Self.responses(db, files: [path])
                == FirmSurveyScripts.reference("responses", [path]))
        try Self.expectTallyMatchesRows(db)
        let changedOrGone = Set(first).subtracting(revised).count
        #expect(changedOrGone > 0)
        #expect(
            try db.scalar("SELECT count(*) FROM observation_history")
                == .integer(Int64(changedOrGone)))
        #expect(try db.scalar("SELECT DISTINCT replaced_by_load_id FROM observation_history") == 3)
    }

    @Test func theSameFileUnderAnotherRawDataRootIsStillOneFile() throws {
        var fixture = try Self.fixture()
        try FirmSurveyScripts.generate(rows: 300, to: Self.file(fixture))
        #expect(try fixture.run().0.succeeded)
        let first = try Self.aggregates(try fixture.database())
        try FileManager.default.copyItem(
            atPath: fixture.folder.file("RawData"), toPath: fixture.folder.file("Copy"))
        fixture.configuration.rawDataDirectory = fixture.folder.file("Copy")
        #expect(try fixture.run().0.succeeded)
        let db = try fixture.database()
        #expect(try db.scalar("SELECT count(*) FROM firm_response") == 300)
        #expect(
            try db.scalar("SELECT status FROM etl_load WHERE run_id = 2")
                == "unchanged")
        #expect(
            try db.scalar("SELECT DISTINCT source_file FROM v_firm_response")
                == .text(fixture.folder.file("RawData") + "/firm_survey/firms.csv"))
        #expect(try Self.aggregates(db) == first)
    }

    @Test func aVanishedFileTakesItsResponsesAndItsShareOfTheAggregates() throws {
        let fixture = try Self.fixture()
        let first = Self.file(fixture, "a.csv")
        let second = Self.file(fixture, "b.csv")
        try FirmSurveyScripts.generate(rows: 600, to: first)
        try FirmSurveyScripts.generate(rows: 700, messy: true, seed: 3, to: second)
        #expect(try fixture.run().0.filesLoaded == 2)
        try FileManager.default.removeItem(atPath: first)
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        #expect(summary.filesRetired == 1)
        #expect(summary.filesUnchanged == 1)
        let db = try fixture.database()
        #expect(try db.scalar("SELECT count(*) FROM firm_response") == 700)
        #expect(try Self.aggregates(db) == Self.referenceAggregates([second]))
        try Self.expectTallyMatchesRows(db)
        #expect(try db.scalar("SELECT count(*) FROM observation_history") != 0)
    }

    @Test func aggregatesSpanEveryFileOfTheSource() throws {
        let fixture = try Self.fixture()
        let first = Self.file(fixture, "a.csv")
        let second = Self.file(fixture, "b.csv")
        try FirmSurveyScripts.generate(rows: 600, to: first)
        try FirmSurveyScripts.generate(rows: 700, messy: true, seed: 3, to: second)
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        #expect(summary.filesLoaded == 2)
        let db = try fixture.database()
        #expect(try Self.aggregates(db) == Self.referenceAggregates([first, second]))
        #expect(
            try Self.responses(db, files: [first, second])
                == FirmSurveyScripts.reference("responses", [first, second]))
        try Self.expectTallyMatchesRows(db)
        // An aggregate names the file and line of its first response.
        #expect(
            try db.rows(
                """
                SELECT source_file, source_line, load_id FROM observation
                WHERE measure_code = 'firm_survey_responses' AND region_code = 'KR'
                  AND period = '1993' AND size_code = 'ALL'
                """) == [[.text(first), 2, 2]])
    }

    @Test(arguments: [
        (
            "survey_year,firm_id,region\n1993,F1,Seoul\n",
            ":1: no column \"industry_ksic\", \"size_class\", \"employees\", \"sales_mwon\", "
                + "\"rd_expenditure_mwon\", \"conducts_rd\", \"has_rd_center\" (the firm-survey "
                + "header is survey_year,firm_id,region,industry_ksic,size_class,employees,"
                + "sales_mwon,rd_expenditure_mwon,conducts_rd,has_rd_center)"
        ),
        (
            FirmResponseParserTests.header + "\n1993,F1,Seoul,C10,SME,1,1,1,Y,Y\n1994,\"F2",
            ":3:2: file ends inside a quoted field"
        ),
        ("", ": no header row"),
    ])
    func anUnreadableFileFailsWithWhereAndLoadsNothing(text: String, message: String) throws {
        let fixture = try Self.fixture()
        try fixture.folder.write("RawData/firm_survey/firms.csv", text)
        let (summary, events) = try fixture.run()
        #expect(summary.filesFailed == 1)
        let failures = events.compactMap { event -> [String]? in
            if case .fileFinished(let result) = event { return result.diagnostics }
            return nil
        }
        #expect(failures == [[Self.file(fixture) + message]])
        let db = try fixture.database()
        #expect(try db.scalar("SELECT count(*) FROM firm_response") == 0)
        #expect(try db.scalar("SELECT count(*) FROM observation") == 0)
        #expect(try db.scalar("SELECT reason_code FROM etl_reject") == "malformed_record")
        #expect(try db.scalar("SELECT status FROM etl_load") == "failed")
    }

    @Test func validateReadsTheFileThroughWithoutAWarehouse() throws {
        let fixture = try Self.fixture()
        let path = Self.file(fixture)
        try FirmSurveyScripts.generate(rows: 200, messy: true, to: path)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text += Self.badRows[1] + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let validator = PipelineValidator(
            pipelinesDirectory: fixture.folder.file("Pipelines"),
            rawDataDirectory: fixture.folder.file("RawData"))
        let (errors, files) = try validator.validate(only: ["firm_survey"])
        #expect(errors == [])
        #expect(files.count == 1)
        #expect(files.first?.rowsRead == 201)
        #expect(files.first?.rejects == ["\(path):202:1: \"19x3\" is not a year (YYYY)"])
        #expect(files.first?.observations == 0)
        #expect(
            files.first?.failure
                == "\(path): 1 rejected, tolerance 0: nothing from this file was loaded")
        #expect(!FileManager.default.fileExists(atPath: fixture.configuration.warehousePath))
    }
}
