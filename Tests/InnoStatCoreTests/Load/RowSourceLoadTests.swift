import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// Curated tables whose rows each cite a url: every url is a source in the warehouse.
struct RowSourceLoadTests {
    typealias Fixture = PipelineRunnerTests.Fixture

    static let pipeline = """
        source: {id: press, publisher: Press reports, title: Curated shares, licence: none, note: curated}
        precedence: 40
        inputs: [shares.csv]
        layout: long
        columns:
          period: period
          region: region
          sector: breakdown
          value: value
          status: status
          source_url: url
          note: [source, note]
        defaults: {measure: rd_funding_share}
        measures:
          rd_funding_share: {name: Share, unit: percent}
        """

    static let shares = """
        period,region,breakdown,value,status,source,url,note
        2012,KR,private,74.7,A,KACTA webzine,https://www.kacta.or.kr/a?b=1,from notes line 24
        2012,KR,private,75,A,뉴스웨이,https://newsway.co.kr/n,from notes line 11
        2012,KR,government,25,E,뉴스웨이,https://newsway.co.kr/n,

        """

    @Test func twoOutletsForOneFigureAreTwoSourcesWithTheirURLs() throws {
        let fixture = try Fixture(
            pipelines: ["press": Self.pipeline], files: ["shares.csv": Self.shares])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let db = try fixture.database()
        #expect(
            try db.rows(
                """
                SELECT o.sector_code, o.value, o.status, o.note, o.source_id, o.source_line, s.url,
                       s.publisher, s.pipeline, s.precedence
                FROM observation o JOIN source s USING (source_id) ORDER BY o.source_line
                """) == [
                    [
                        "BUS", .real(74.7), "A", "KACTA webzine; from notes line 24",
                        "press:www.kacta.or.kr/a?b=1", 2, "https://www.kacta.or.kr/a?b=1",
                        "Press reports",
                        "press", 40,
                    ],
                    [
                        "BUS", .real(75), "A", "뉴스웨이; from notes line 11", "press:newsway.co.kr/n",
                        3,
                        "https://newsway.co.kr/n", "Press reports", "press", 40,
                    ],
                    [
                        "GOV", .real(25), "E", "뉴스웨이", "press:newsway.co.kr/n", 4,
                        "https://newsway.co.kr/n", "Press reports", "press", 40,
                    ],
                ])
        #expect(
            try db.scalar("SELECT note FROM source WHERE source_id = 'press:newsway.co.kr/n'")
                == .text("a url cited by rows of press; curated"))
        #expect(
            try db.rows("SELECT source_id, rows_read, rows_loaded, rejects FROM etl_load")
                == [["press", 3, 3, 0]])
        #expect(
            try db.scalar(
                "SELECT value FROM v_observation WHERE sector_code = 'BUS'") == .real(75))
    }

    @Test func oneURLGivingTwoFiguresForOneKeyIsADuplicate() throws {
        let twice = Self.shares.replacingOccurrences(
            of: "https://www.kacta.or.kr/a?b=1", with: "https://newsway.co.kr/n")
        let fixture = try Fixture(pipelines: ["press": Self.pipeline], files: ["shares.csv": twice])
        let (summary, _) = try fixture.run()
        #expect(!summary.succeeded)
        let db = try fixture.database()
        #expect(
            try db.rows("SELECT line, reason_code, message FROM etl_reject") == [
                [
                    3, "duplicate_key",
                    "a second figure for rd_funding_share/KR/2012/BUS/ALL (the first is on line 2)",
                ]
            ])
        #expect(try db.scalar("SELECT count(*) FROM observation") == .integer(0))
        #expect(
            try db.scalar("SELECT count(*) FROM source WHERE source_id LIKE 'press:%'")
                == .integer(0))
    }

    @Test func aRevisedFigureOfARowSourceKeepsItsOldValueInHistory() throws {
        var fixture = try Fixture(
            pipelines: ["press": Self.pipeline], files: ["shares.csv": Self.shares])
        _ = try fixture.run()
        try fixture.folder.write(
            "RawData/shares.csv", Self.shares.replacingOccurrences(of: ",75,", with: ",75.5,"))
        fixture.configuration.force = true
        _ = try fixture.run()
        let db = try fixture.database()
        #expect(
            try db.rows("SELECT source_id, value FROM observation_history")
                == [["press:newsway.co.kr/n", .real(75)]])
        #expect(
            try db.scalar(
                "SELECT value FROM observation WHERE source_id = 'press:newsway.co.kr/n' AND sector_code = 'BUS'"
            )
                == .real(75.5))
        #expect(try db.scalar("SELECT count(*) FROM observation") == .integer(3))
    }
}
