import SQLiteStore
import Testing

@testable import InnoStatCore

/// `v_source_conflict`: one figure published by several sources that disagree.
struct SourceConflictViewTests {
    static func seedPipeline(shareTolerance: String = "") -> String {
        """
        source: {id: park2001, publisher: Park (2001), title: Regional innovation strategies}
        precedence: 50
        inputs: [seed.csv]
        layout: long
        columns: {period: period, value: value, measure: measure, sector: sector}
        defaults: {region: KR}
        measures:
          rd_centers: {name: Accredited corporate R&D centres, unit: count}
          rd_funding_share: {name: Share by source of funds, unit: percent\(shareTolerance)}
        """
    }

    static let seed = """
        period,measure,sector,value
        1980,rd_centers,,54
        1995,rd_centers,,2226
        1996,rd_centers,,2600
        1981,rd_funding_share,BUS,56
        1985,rd_funding_share,BUS,81

        """

    static let koitaPipeline = """
        source: {id: koita, publisher: KOITA, title: Corporate R&D centres}
        precedence: 20
        inputs: [koita.csv]
        layout: long
        columns: {period: period, value: value, region: region, size: breakdown}
        defaults: {measure: rd_centers}
        measures:
          rd_centers: {name: Accredited corporate R&D centres, unit: count}
        """

    static let koita = """
        period,region,breakdown,value
        1980-12,KR,all,54
        1995-02,KR,all,2000
        1995-12,KR,all,2270
        1996-08,KR,all,2546
        1996,KR,all,-

        """

    static let sharesPipeline = """
        source: {id: most, publisher: MOST, title: R&D activity survey}
        precedence: 10
        inputs: [shares.csv]
        layout: long
        columns: {period: period, value: value, sector: sector}
        defaults: {measure: rd_funding_share, region: KR}
        measures:
          rd_funding_share: {name: Share by source of funds, unit: percent}
        """

    static let shares = """
        period,sector,value
        1981,BUS,56.2
        1985,BUS,81

        """

    static let query = "SELECT * FROM v_source_conflict"

    func fixture(seedPipeline: String = seedPipeline()) throws -> RunFixture {
        try RunFixture(
            pipelines: [
                "seed": seedPipeline, "koita": Self.koitaPipeline, "most": Self.sharesPipeline,
            ],
            files: ["seed.csv": Self.seed, "koita.csv": Self.koita, "shares.csv": Self.shares])
    }

    @Test func aYearFigureDisagreeingWithAnotherSourcesYearEndFigureIsListed() throws {
        let fixture = try fixture()
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let db = try fixture.database()
        let statement = try db.prepare(Self.query)
        #expect(
            (0..<statement.columnCount).map { statement.columnName(at: $0) } == [
                "measure_code", "region_code", "period", "year", "sector_code", "size_code",
                "source_id",
                "source_period", "value", "status", "preferred_source_id", "preferred_value",
                "difference_percent", "tolerance_percent", "source_file", "source_line",
            ])
        let raw = fixture.rawData
        #expect(
            try db.rows(Self.query) == [
                [
                    "rd_centers", "KR", "1995", 1995, "TOT", "ALL", "koita", "1995-12", .real(2270),
                    "A",
                    "koita", .real(2270), .real(0), .real(0.5), .text("\(raw)/koita.csv"), 4,
                ],
                [
                    "rd_centers", "KR", "1995", 1995, "TOT", "ALL", "park2001", "1995", .real(2226),
                    "A",
                    "koita", .real(2270), .real(1.938), .real(0.5), .text("\(raw)/seed.csv"), 3,
                ],
            ])
    }

    @Test func aMeasuresOwnToleranceDecidesWhatCountsAsDisagreement() throws {
        let fixture = try fixture(
            seedPipeline: Self.seedPipeline(
                shareTolerance: ", conflict_tolerance_percent: 0.1"))
        _ = try fixture.run()
        let db = try fixture.database()
        #expect(
            try db.rows(
                """
                SELECT measure_code, period, sector_code, source_id, value, preferred_source_id,
                       difference_percent, tolerance_percent
                FROM v_source_conflict
                """)
                == [
                    [
                        "rd_centers", "1995", "TOT", "koita", .real(2270), "koita", .real(0),
                        .real(0.5),
                    ],
                    [
                        "rd_centers", "1995", "TOT", "park2001", .real(2226), "koita", .real(1.938),
                        .real(0.5),
                    ],
                    [
                        "rd_funding_share", "1981", "BUS", "most", .real(56.2), "most", .real(0),
                        .real(0.1),
                    ],
                    [
                        "rd_funding_share", "1981", "BUS", "park2001", .real(56), "most",
                        .real(0.356), .real(0.1),
                    ],
                ])
    }

    @Test func aSingleSourceLeavesTheViewEmpty() throws {
        let fixture = try RunFixture(
            pipelines: ["koita": Self.koitaPipeline], files: ["koita.csv": Self.koita])
        _ = try fixture.run()
        #expect(try fixture.database().rows(Self.query).isEmpty)
    }
}
