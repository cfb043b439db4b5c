import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// Checks declared in pipelines, run on real loads into a fresh warehouse per test.
struct StageCheckerTests {
    static func sharesPipeline(checks: String, tolerance: Int = 0) -> String {
        """
        source: {id: notes, publisher: Press, title: Notes}
        inputs: [shares.csv]
        layout: long
        columns: {period: period, value: value, region: region, sector: sector}
        defaults: {measure: rd_funding_share}
        tolerance: \(tolerance)
        checks:
        \(checks)
        measures:
          rd_funding_share: {name: Share of R&D expenditure by source of funds, unit: percent}
        """
    }

    static let ledgerQuery = """
        SELECT c.check_number, c.description, c.severity, c.checked, c.failed
        FROM etl_check c ORDER BY c.load_id, c.check_number
        """
    static let failureQuery = """
        SELECT check_number, severity, line, column_number, raw_text, message, reject_id IS NOT NULL
        FROM etl_check_failure ORDER BY failure_id
        """
    static let rejectQuery = """
        SELECT line, column_number, column_name, raw_text, reason_code, message FROM etl_reject
        ORDER BY reject_id
        """
    static let loadQuery = """
        SELECT status, rows_read, rows_loaded, rows_skipped, rows_rejected, observations_loaded,
               rejects, check_warnings
        FROM etl_load ORDER BY load_id
        """

    // MARK: range

    static let shares = """
        period,region,sector,value
        1990,KR,GOV,16
        1990,KR,BUS,184

        """
    static let rangeMessage =
        "184 is above the maximum 100: beyond the range check (min 0, max 100)"

    @Test func aFailedRangeCheckOfSeverityErrorRefusesTheFigure() throws {
        let fixture = try RunFixture(
            pipelines: [
                "shares": Self.sharesPipeline(
                    checks: "  - {kind: range, measure: rd_funding_share, min: 0, max: 100}")
            ],
            files: ["shares.csv": Self.shares])
        let (summary, events) = try fixture.run()
        #expect(!summary.succeeded)
        let db = try fixture.database()
        #expect(try db.rows(Self.loadQuery) == [["failed", 2, 1, 0, 1, 0, 1, 0]])
        #expect(try db.scalar("SELECT count(*) FROM observation") == .integer(0))
        #expect(
            try db.rows(Self.rejectQuery) == [
                [3, 4, "value", "184", "check_failed", .text(Self.rangeMessage)]
            ])
        #expect(
            try db.rows(Self.ledgerQuery) == [
                [0, "checks[0] range rd_funding_share (min 0, max 100)", "error", 2, 1]
            ])
        #expect(
            try db.rows(Self.failureQuery) == [
                [0, "error", 3, 4, "184", .text(Self.rangeMessage), 1]
            ])
        let result = try #require(RunFixture.results(events).first)
        #expect(result.diagnostics == ["\(fixture.rawData)/shares.csv:3:4: \(Self.rangeMessage)"])
        #expect(result.failure == "1 rejected, tolerance 0: nothing from this file was loaded")
    }

    @Test func aFailedRangeCheckOfSeverityWarnLoadsTheFigureAndRecordsIt() throws {
        let fixture = try RunFixture(
            pipelines: [
                "shares": Self.sharesPipeline(
                    checks:
                        "  - {kind: range, measure: rd_funding_share, min: 0, max: 100, severity: warn}"
                )
            ],
            files: ["shares.csv": Self.shares])
        let (summary, events) = try fixture.run()
        #expect(summary.succeeded)
        #expect(summary.checkWarnings == 1)
        let db = try fixture.database()
        #expect(try db.rows(Self.loadQuery) == [["loaded", 2, 2, 0, 0, 2, 0, 1]])
        #expect(
            try db.rows("SELECT sector_code, value, status FROM observation ORDER BY 1")
                == [["BUS", .real(184), "A"], ["GOV", .real(16), "A"]])
        #expect(try db.rows(Self.rejectQuery).isEmpty)
        #expect(
            try db.rows(Self.failureQuery) == [
                [0, "warn", 3, 4, "184", .text(Self.rangeMessage), 0]
            ])
        let result = try #require(RunFixture.results(events).first)
        #expect(
            result.warnings == ["\(fixture.rawData)/shares.csv:3:4: warning: \(Self.rangeMessage)"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test(arguments: ["error", "warn"])
    func aPassingRangeCheckRecordsWhatItChecked(_ severity: String) throws {
        let fixture = try RunFixture(
            pipelines: [
                "shares": Self.sharesPipeline(
                    checks:
                        "  - {kind: range, measure: rd_funding_share, min: 0, max: 200, severity: \(severity)}"
                )
            ],
            files: ["shares.csv": Self.shares])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let db = try fixture.database()
        #expect(
            try db.rows(Self.ledgerQuery) == [
                [0, "checks[0] range rd_funding_share (min 0, max 200)", .text(severity), 2, 0]
            ])
        #expect(try db.rows(Self.failureQuery).isEmpty)
        #expect(try db.rows(Self.loadQuery) == [["loaded", 2, 2, 0, 0, 2, 0, 0]])
    }

    // MARK: change: the dropped digit of rnd_money.csv

    static func rndMoneyPipeline(tolerance: Int, severity: String = "error") -> String {
        """
        source: {id: kistep_regional_rd, publisher: KISTEP, title: R&D expenditure by province}
        inputs: [regional_rd/rnd_money.csv]
        layout: wide
        wide: {period_pattern: '^(\\d{4})$'}
        columns: {region: region}
        defaults: {measure: rd_expenditure, unit: 100 million KRW}
        tolerance: \(tolerance)
        checks:
          - {kind: change, measure: rd_expenditure, max_ratio: 3, severity: \(severity)}
        measures:
          rd_expenditure: {name: R&D expenditure, unit: 100 million KRW}
        """
    }

    /// The real file, byte for byte (UTF-8 with BOM, CRLF, no final newline).
    static func rndMoney() throws -> Data {
        try Data(
            contentsOf: URL(
                fileURLWithPath: TestPaths.packageRoot + "/RawData/regional_rd/rnd_money.csv"))
    }

    static func rndMoneyFixture(tolerance: Int, severity: String = "error") throws -> RunFixture {
        let fixture = try RunFixture(
            pipelines: ["rnd_money": rndMoneyPipeline(tolerance: tolerance, severity: severity)],
            files: [:])
        try fixture.folder.write("RawData/regional_rd/rnd_money.csv", try rndMoney())
        return fixture
    }

    static let droppedDigit =
        "13449 changes by a factor of 10.0 from 134754 (2018): beyond the change check (max_ratio 3)"
    static let seoulQuery =
        "SELECT period, value FROM observation WHERE region_code = 'KR-11' ORDER BY period"

    @Test func theDroppedDigitIsRefusedAndToleranceOneLetsTheRestLoad() throws {
        let fixture = try Self.rndMoneyFixture(tolerance: 1)
        let (summary, events) = try fixture.run()
        #expect(summary.succeeded)
        let result = try #require(RunFixture.results(events).first)
        #expect(
            result.diagnostics == [
                "\(fixture.rawData)/regional_rd/rnd_money.csv:2:4: \(Self.droppedDigit)"
            ])
        let db = try fixture.database()
        #expect(try db.rows(Self.loadQuery) == [["loaded", 8, 7, 0, 1, 39, 1, 0]])
        #expect(
            try db.rows(Self.seoulQuery) == [
                ["2017", .real(131697)], ["2018", .real(134754)], ["2020", .real(144320)],
                ["2021", .real(162043)],
            ])
        #expect(
            try db.rows(Self.rejectQuery) == [
                [2, 4, "2019", "13449", "check_failed", .text(Self.droppedDigit)]
            ])
        #expect(
            try db.rows(Self.ledgerQuery) == [
                [0, "checks[0] change rd_expenditure (max_ratio 3)", "error", 40, 1]
            ])
    }

    @Test func withToleranceZeroTheDroppedDigitRollsTheFileBack() throws {
        let fixture = try Self.rndMoneyFixture(tolerance: 0)
        let (summary, _) = try fixture.run()
        #expect(!summary.succeeded)
        let db = try fixture.database()
        #expect(try db.rows(Self.loadQuery) == [["failed", 8, 7, 0, 1, 0, 1, 0]])
        #expect(try db.scalar("SELECT count(*) FROM observation") == .integer(0))
        #expect(
            try db.rows(Self.rejectQuery) == [
                [2, 4, "2019", "13449", "check_failed", .text(Self.droppedDigit)]
            ])
    }

    @Test func asAWarningTheDroppedDigitLoadsButIsRecorded() throws {
        let fixture = try Self.rndMoneyFixture(tolerance: 0, severity: "warn")
        let (summary, events) = try fixture.run()
        #expect(summary.succeeded)
        let result = try #require(RunFixture.results(events).first)
        #expect(
            result.warnings == [
                "\(fixture.rawData)/regional_rd/rnd_money.csv:2:4: warning: \(Self.droppedDigit)"
            ])
        let db = try fixture.database()
        #expect(try db.rows(Self.loadQuery) == [["loaded", 8, 8, 0, 0, 40, 0, 1]])
        #expect(
            try db.rows(Self.failureQuery) == [
                [0, "warn", 2, 4, "13449", .text(Self.droppedDigit), 0]
            ])
    }

    @Test func aLaterFileIsComparedWithTheSeriesAlreadyInTheWarehouse() throws {
        let pipeline = """
            source: {id: kistep_regional_rd, publisher: KISTEP, title: R&D expenditure by province}
            inputs: ['rd_*.csv']
            layout: wide
            wide: {period_pattern: '^(\\d{4})$'}
            columns: {region: region}
            defaults: {measure: rd_expenditure}
            checks:
              - {kind: change, measure: rd_expenditure, max_ratio: 3}
            measures:
              rd_expenditure: {name: R&D expenditure, unit: 100 million KRW}
            """
        let fixture = try RunFixture(
            pipelines: ["rd": pipeline],
            files: [
                "rd_2018.csv": "region,2017,2018\n서울,131697,134754\n부산,14033,15449\n",
                "rd_2019.csv": "region,2019\n서울,13449\n부산,15817\n",
            ])
        let (summary, events) = try fixture.run()
        #expect(!summary.succeeded)
        let message =
            "13449 changes by a factor of 10.0 from 134754 (2018, in the warehouse from "
            + "\(fixture.rawData)/rd_2018.csv:2): beyond the change check (max_ratio 3)"
        #expect(
            RunFixture.results(events).map(\.diagnostics) == [
                [], ["\(fixture.rawData)/rd_2019.csv:2:2: \(message)"],
            ])
        let db = try fixture.database()
        #expect(
            try db.rows(Self.loadQuery) == [
                ["loaded", 2, 2, 0, 0, 4, 0, 0], ["failed", 2, 1, 0, 1, 0, 1, 0],
            ])
    }

    // MARK: sum

    static let partsPipeline = """
        source: {id: grdp, publisher: KOSIS, title: GRDP}
        inputs: [grdp.csv]
        layout: long
        columns: {period: period, value: value, region: region}
        defaults: {measure: grdp_nominal}
        tolerance: 5
        checks:
          - {kind: sum, measure: grdp_nominal, parts: [Seoul, Busan], total: KR, tolerance_percent: 0.5}
        measures:
          grdp_nominal: {name: GRDP, unit: million KRW}
        """

    @Test func theTotalThatIsNotTheSumOfItsPartsIsRefused() throws {
        let fixture = try RunFixture(
            pipelines: ["grdp": Self.partsPipeline],
            files: [
                "grdp.csv": """
                period,region,value
                1990,전국,100
                1990,서울,60
                1990,부산,40.4
                1991,전국,200
                1991,서울,60
                1991,부산,70
                1992,전국,100
                1992,서울,120
                1993,전국,100
                1993,서울,50
                1994,전국,100
                1994,서울,60
                1994,부산,-

                """
            ])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let db = try fixture.database()
        let suffix = "beyond the sum check (tolerance_percent 0.5)"
        #expect(
            try db.rows(Self.rejectQuery) == [
                [
                    5, 3, "value", "200", "check_failed",
                    .text("200 is not the sum of its 2 parts, 130 (35% apart): \(suffix)"),
                ],
                [
                    8, 3, "value", "100", "check_failed",
                    .text(
                        "100 is less than the sum of 1 of its 2 parts, 120 (20% apart): \(suffix)"),
                ],
            ])
        #expect(
            try db.rows(Self.ledgerQuery) == [
                [
                    0,
                    "checks[0] sum grdp_nominal: region KR-11 + KR-26 = KR (tolerance_percent 0.5)",
                    "error", 5, 2,
                ]
            ])
        #expect(
            try db.rows("SELECT period FROM observation WHERE region_code = 'KR' ORDER BY 1")
                == [["1990"], ["1993"], ["1994"]])
        #expect(try db.rows(Self.loadQuery) == [["loaded", 13, 11, 0, 2, 11, 2, 0]])
    }

    static let sharesBySector = """
        period,region,sector,value
        1990,KR,GOV,16
        1990,KR,BUS,84
        1993,KR,GOV,17
        1993,KR,BUS,38
        2005,KR,BUS,76
        2008,KR,GOV,26.8
        2008,KR,BUS,72.9

        """

    @Test func sharesOfEachSourceOfFundsSumToAHundred() throws {
        let fixture = try RunFixture(
            pipelines: [
                "shares": Self.sharesPipeline(
                    checks: """
                          - {kind: sum, measure: rd_funding_share, over: sector, parts: [GOV, BUS],
                             total: 100, severity: warn}
                        """)
            ],
            files: ["shares.csv": Self.sharesBySector])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let db = try fixture.database()
        let suffix = "(45% apart): beyond the sum check (tolerance_percent 0.5)"
        #expect(
            try db.rows(Self.failureQuery) == [
                [
                    0, "warn", 4, 4, "17",
                    .text("17 is one of 2 parts that sum to 55, not 100 \(suffix)"), 0,
                ],
                [
                    0, "warn", 5, 4, "38",
                    .text("38 is one of 2 parts that sum to 55, not 100 \(suffix)"), 0,
                ],
            ])
        #expect(
            try db.rows(Self.ledgerQuery) == [
                [
                    0,
                    "checks[0] sum rd_funding_share: sector GOV + BUS = 100 (tolerance_percent 0.5)",
                    "warn", 4, 1,
                ]
            ])
        #expect(try db.scalar("SELECT count(*) FROM observation") == .integer(7))
    }

    @Test func sourcesOfFundsAgainstTheirTotalRow() throws {
        let pipeline = """
            source: {id: levels, publisher: MOST, title: R&D by source of funds}
            inputs: [levels.csv]
            layout: long
            columns: {period: period, value: value, region: region, sector: sector}
            defaults: {measure: rd_expenditure}
            checks:
              - {kind: sum, measure: rd_expenditure, over: sector, tolerance_percent: 1}
            measures:
              rd_expenditure: {name: R&D expenditure, unit: 100 million KRW}
            """
        let fixture = try RunFixture(
            pipelines: ["levels": pipeline],
            files: [
                "levels.csv": """
                period,region,sector,value
                1990,KR,total,32105
                1990,KR,government,5116
                1990,KR,private,26989
                1991,KR,total,40000
                1991,KR,government,5000
                1991,KR,private,26000
                1991,KR,other,0
                1991,KR,abroad,10

                """
            ])
        let (summary, _) = try fixture.run()
        #expect(!summary.succeeded)
        let db = try fixture.database()
        #expect(
            try db.rows(Self.rejectQuery) == [
                [
                    5, 4, "value", "40000", "check_failed",
                    "40000 is not the sum of its 4 parts, 31010 (22.48% apart): beyond the sum check (tolerance_percent 1)",
                ]
            ])
        #expect(
            try db.rows(Self.ledgerQuery) == [
                [
                    0,
                    "checks[0] sum rd_expenditure: sector GOV + BUS + OTH + ABR = TOT (tolerance_percent 1)",
                    "error", 2, 1,
                ]
            ])
    }

    @Test(arguments: [
        ("1985", 13), ("1986", 14), ("1997-06", 15), ("1997", 16), ("2012-06", 16), ("2012", 17),
        ("2023", 17),
    ])
    func provincesArePartsFromWhenTheyExist(_ period: String, _ count: Int) {
        #expect(StageChecker.expectedParts(.provinces, period: period).count == count)
    }

    // MARK: tolerance and the ledger

    @Test func aToleranceLetsALoadThroughWithItsRejectsRecordedAndEveryRowAccountedFor() throws {
        let fixture = try RunFixture(
            pipelines: [
                "shares": Self.sharesPipeline(
                    checks: "  - {kind: range, measure: rd_funding_share, min: 0, max: 100}",
                    tolerance: 3)
            ],
            files: [
                "shares.csv": """
                period,region,sector,value
                1990,KR,GOV,16
                1990,KR,BUS,184
                1991,KR,GOV,"1,2"
                1991,KR,GOV,17
                1991,KR,GOV,18

                """
            ])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        #expect(summary.rejects == 3)
        let db = try fixture.database()
        #expect(
            try db.rows(Self.rejectQuery) == [
                [4, 4, "value", "1,2", "not_a_number", "\"1,2\" is not a number"],
                [
                    6, 4, nil, "18", "duplicate_key",
                    "a second figure for rd_funding_share/KR/1991/GOV/ALL (the first is on line 5)",
                ],
                [3, 4, "value", "184", "check_failed", .text(Self.rangeMessage)],
            ])
        #expect(try db.rows(Self.loadQuery) == [["loaded", 5, 2, 0, 3, 2, 3, 0]])
        #expect(
            try db.rows("SELECT period, value FROM observation ORDER BY 1")
                == [["1990", .real(16)], ["1991", .real(17)]])
    }

    @Test func anErrorCheckTakesItsFigureOutBeforeTheNextCheck() throws {
        let fixture = try RunFixture(
            pipelines: [
                "shares": Self.sharesPipeline(
                    checks: """
                          - {kind: range, measure: rd_funding_share, max: 100}
                          - {kind: sum, measure: rd_funding_share, over: sector, parts: [GOV, BUS], total: 100}
                        """,
                    tolerance: 1)
            ],
            files: ["shares.csv": Self.shares])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let db = try fixture.database()
        #expect(
            try db.rows(Self.ledgerQuery) == [
                [0, "checks[0] range rd_funding_share (max 100)", "error", 2, 1],
                [
                    1,
                    "checks[1] sum rd_funding_share: sector GOV + BUS = 100 (tolerance_percent 0.5)",
                    "error", 1, 0,
                ],
            ])
    }
}
