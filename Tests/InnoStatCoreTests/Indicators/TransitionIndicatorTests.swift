import Foundation
import Testing

@testable import InnoStatCore

/// The transition and R&D-centre indicators of the project's indicators.yaml, computed by a run
/// on small fixtures of published figures.
struct TransitionIndicatorTests {
    static let projectIndicators: String = {
        try! String(
            contentsOfFile: TestPaths.packageRoot + "/Pipelines/indicators.yaml", encoding: .utf8)
    }()

    static let units = [
        "rd_funding_share": "percent", "rd_expenditure": "100 million KRW",
        "rd_centers": "count", "rd_centers_share_by_size": "percent",
    ]

    /// Shares as the sources publish them (with gaps), and R&D expenditure levels for 1990
    /// (a share is published too) and 2022 (none is).
    static let funding = """
        rd_funding_share,KR,1966,BUS,,10
        rd_funding_share,KR,1981,BUS,,56
        rd_funding_share,KR,1990,BUS,,84
        rd_funding_share,KR,1990,GOV,,16
        rd_funding_share,KR,1993,BUS,,83
        rd_funding_share,KR,1993,GOV,,17
        rd_funding_share,KR,2004,GOV,,24.5
        rd_funding_share,KR,2008,BUS,,72.9
        rd_funding_share,KR,2008,GOV,,26.8
        rd_funding_share,KR,2021,BUS,,76.1
        rd_funding_share,KR,2021,GOV,,22.8
        rd_expenditure,KR,1990,TOT,,32105
        rd_expenditure,KR,1990,BUS,,26989
        rd_expenditure,KR,2022,TOT,,1126460
        rd_expenditure,KR,2022,BUS,,859637
        rd_expenditure,KR,2022,GOV,,263283

        """

    static let centres = """
        rd_centers,KR,1990-12,,ALL,966
        rd_centers,KR,1990-12,,SME,545
        rd_centers,KR,1991-07,,ALL,1109
        rd_centers,KR,1991-12,,ALL,1201
        rd_centers,KR,1991-12,,SME,706
        rd_centers,KR,1993-04,,ALL,1500
        rd_centers,KR,1993-04,,SME,954
        rd_centers,KR,1995,,ALL,2226
        rd_centers_share_by_size,KR,1993-12,,SME,65.9
        rd_centers_share_by_size,KR,1999,,SME,83e
        rd_centers_share_by_size,KR,2001,,SME,>66.7

        """

    static func fixture() throws -> IndicatorFixture {
        let fixture = try IndicatorFixture(
            indicators: projectIndicators, figures: funding + centres, units: units)
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        return fixture
    }

    typealias Row = IndicatorFixture.Row

    @Test func sharesAreThePublishedFiguresElseComputedFromLevels() throws {
        let fixture = try Self.fixture()
        // 2022: 100 · 859637 / 1126460 and 100 · 263283 / 1126460; 1990 stays the published 84.
        #expect(
            try fixture.values("rd_private_share") == [
                Row(year: 1966, value: 10, status: "A"), Row(year: 1981, value: 56, status: "A"),
                Row(year: 1990, value: 84, status: "A"), Row(year: 1993, value: 83, status: "A"),
                Row(year: 2008, value: 72.9, status: "A"),
                Row(year: 2021, value: 76.1, status: "A"),
                Row(year: 2022, value: 100 * 859637 / 1126460.0, status: "A"),
            ])
        #expect(
            try fixture.values("rd_government_share") == [
                Row(year: 1990, value: 16, status: "A"), Row(year: 1993, value: 17, status: "A"),
                Row(year: 2004, value: 24.5, status: "A"),
                Row(year: 2008, value: 26.8, status: "A"),
                Row(year: 2021, value: 22.8, status: "A"),
                Row(year: 2022, value: 100 * 263283 / 1126460.0, status: "A"),
            ])
        #expect(
            try fixture.notes("rd_private_share", year: 2022)["basis"] == "100 · part / whole, 2022"
        )
        #expect(try fixture.notes("rd_private_share", year: 1990)["basis"] == "published 1990")
        // The inputs of a computed share are the two levels.
        let inputs = try fixture.database().rows(
            """
            SELECT measure_code, sector_code, period, value FROM indicator_input
            WHERE indicator_code = 'rd_private_share' AND year = 2022 ORDER BY sector_code
            """)
        #expect(
            inputs == [
                ["rd_expenditure", "BUS", "2022", .real(859637)],
                ["rd_expenditure", "TOT", "2022", .real(1_126_460)],
            ])
    }

    @Test func ratioInTheYearsBothSharesExist() throws {
        // 84/16 = 5.25, 83/17, 72.9/26.8, 76.1/22.8, 859637/263283 (the totals cancel).
        let expected: [(Int, Double)] = [
            (1990, 5.25), (1993, 83.0 / 17), (2008, 72.9 / 26.8), (2021, 76.1 / 22.8),
            (2022, (100 * 859637 / 1126460.0) / (100 * 263283 / 1126460.0)),
        ]
        #expect(
            try Self.fixture().values("rd_private_to_government_ratio")
                == expected.map { Row(year: $0.0, value: $0.1, status: "A") })
    }

    @Test func crossoverBracketsTheFirstYearAbove() throws {
        let fixture = try Self.fixture()
        // 1966: 10 private, government unpublished (at most 90): below, by the complement (E).
        // 1981: 56 private, government at most 44: above for certain, but the crossing rests on
        // 1966 too (E).
        #expect(
            try fixture.values("rd_funding_crossover_year") == [
                Row(year: 1981, value: 56, status: "E")
            ])
        #expect(
            try fixture.values("rd_funding_last_year_below") == [
                Row(year: 1966, value: 10, status: "E")
            ])
        let notes = try fixture.notes("rd_funding_crossover_year", year: 1981)
        #expect(notes["last_year_below"] == "1966.0")
        #expect(
            notes["comparison"]
                == "rd_private_share 56; rd_government_share not observed, at most 44")
        #expect(
            try fixture.database().rows(
                """
                SELECT year, crossover FROM v_rd_funding_share
                WHERE crossover IS NOT NULL ORDER BY year
                """)
                == [[1966, "last year below"], [1981, "crossover"]])
    }

    struct BracketCase: Sendable, CustomStringConvertible {
        let description: String
        /// `rd_funding_share` rows (`year,sector,value`).
        let shares: [String]
        let crossing: Row
        let lastBelow: Row
    }

    /// The crossing and the last year below are `E` when either comparison of the bracket is
    /// inferred from the complement, and only then.
    static let bracketCases: [BracketCase] = [
        BracketCase(
            description: "both sides observed",
            shares: ["1970,BUS,30", "1970,GOV,70", "1980,BUS,60", "1980,GOV,40"],
            crossing: Row(year: 1980, value: 60, status: "A"),
            lastBelow: Row(year: 1970, value: 30, status: "A")),
        BracketCase(
            description: "below inferred (private only, government at most 70)",
            shares: ["1970,BUS,30", "1980,BUS,60", "1980,GOV,40"],
            crossing: Row(year: 1980, value: 60, status: "E"),
            lastBelow: Row(year: 1970, value: 30, status: "E")),
        BracketCase(
            description: "above inferred (government only, private at most 60)",
            shares: ["1970,BUS,30", "1970,GOV,70", "1980,GOV,40"],
            crossing: Row(year: 1980, value: 60, status: "E"),
            lastBelow: Row(year: 1970, value: 30, status: "E")),
        BracketCase(
            description: "one-sided but certain (private above half, government above half)",
            shares: ["1970,GOV,70", "1980,BUS,60"],
            crossing: Row(year: 1980, value: 60, status: "A"),
            lastBelow: Row(year: 1970, value: 30, status: "E")),
    ]

    @Test(arguments: bracketCases)
    func aCrossingIsEstimatedWhenEitherSideOfItsBracketIsInferred(_ example: BracketCase)
        throws
    {
        let figures = example.shares.map {
            let parts = $0.split(separator: ",")
            return "rd_funding_share,KR,\(parts[0]),\(parts[1]),,\(parts[2])"
        }.joined(separator: "\n")
        let fixture = try IndicatorFixture(
            indicators: Self.projectIndicators, figures: figures + "\n", units: Self.units)
        try fixture.run()
        #expect(try fixture.values("rd_funding_crossover_year") == [example.crossing])
        #expect(try fixture.values("rd_funding_last_year_below") == [example.lastBelow])
    }

    @Test func logisticFitOfThePrivateShare() throws {
        let fixture = try Self.fixture()
        let years: [Double] = [1966, 1981, 1990, 1993, 2008, 2021, 2022]
        let shares = [10, 56, 84, 83, 72.9, 76.1, 100 * 859637 / 1126460.0]
        let fit = try LogisticFit.fit(times: years, values: shares)
        #expect(
            try fixture.values("rd_private_share_logistic_midpoint")
                == [Row(year: 2022, value: fit.midpoint, status: "A")])
        #expect(
            try fixture.values("rd_private_share_logistic_rate")
                == [Row(year: 2022, value: fit.rate, status: "A")])
        let notes = try fixture.notes("rd_private_share_logistic_rate", year: 2022)
        #expect(notes["ceiling_L"] == "\(fit.ceiling)")
        #expect(notes["residual_sum_of_squares"] == "\(fit.residualSumOfSquares)")
        #expect(notes["observations"] == "7.0")
        // Without 1985 the curve can rise through 1966 and 1981: k and t0 are pinned down.
        #expect(notes["identification"] == nil)
        // scipy.optimize.least_squares (lm, tolerances 1e-15) on the same seven points.
        // The methods of scipy agree to about 1e-8 in k: the least squares is that flat.
        #expect(abs(fit.ceiling - 78.80367734051926) < 1e-5)
        #expect(abs(fit.rate - 0.23398139169366236) < 1e-7)
        #expect(abs(fit.midpoint - 1976.1687306104284) < 1e-5)
        #expect(abs(fit.residualSumOfSquares - 170.9473474746658) < 1e-9)
    }

    @Test func aFitTheDataDoNotPinDownSaysSo() throws {
        // With 1985 at 81 the best curve steps between 1966 and 1981: any steep k will do.
        // (scipy: residual 197.76058584652753, k ≈ 5.3; a smooth local minimum has 261.3.)
        let fixture = try IndicatorFixture(
            indicators: Self.projectIndicators,
            figures: Self.funding + "rd_funding_share,KR,1985,BUS,,81\n", units: Self.units)
        try fixture.run()
        let notes = try fixture.notes("rd_private_share_logistic_midpoint", year: 2022)
        let residual = try #require(notes["residual_sum_of_squares"].flatMap(Double.init))
        #expect(abs(residual - 197.76058584652753) < 1e-6)
        #expect(
            notes["identification"]?.hasPrefix("the observations do not pin down k and t0 (")
                == true, "\(notes)")
    }

    @Test func centresTakeTheLatestDatedCountOfEachYear() throws {
        let fixture = try Self.fixture()
        // 1991: December beats July; 1993: an April count (E); 1995: a bare year (E).
        #expect(
            try fixture.values("rd_centers_total") == [
                Row(year: 1990, value: 966, status: "A"), Row(year: 1991, value: 1201, status: "A"),
                Row(year: 1993, value: 1500, status: "E"),
                Row(year: 1995, value: 2226, status: "E"),
            ])
        // 100 · 545/966, 100 · 706/1201; 1993: the stated 65.9 (December) beats 954/1500
        // (April); 1999: published as an estimate (83e); 2001 is only a lower bound (>66.7):
        // not a value, so no row.
        #expect(
            try fixture.values("rd_centers_sme_share") == [
                Row(year: 1990, value: 100 * 545 / 966.0, status: "A"),
                Row(year: 1991, value: 100 * 706 / 1201.0, status: "A"),
                Row(year: 1993, value: 65.9, status: "A"),
                Row(year: 1999, value: 83, status: "E"),
            ])
        // (2226 / 966)^(1/5) − 1, at the last year; E because 1995 is.
        #expect(
            try fixture.values("rd_centers_cagr")
                == [Row(year: 1995, value: 100 * (pow(2226 / 966.0, 1 / 5.0) - 1), status: "E")])
    }

    @Test func absentInputsGiveNoRowsAndSayWhy() throws {
        let fixture = try Self.fixture()
        let (_, events) = try fixture.run()
        let outcome = try #require(fixture.outcome("sme_rd_share", in: events))
        #expect(outcome.values == 0)
        #expect(outcome.failure == nil)
        #expect(outcome.absence == "no observations of sme_conducting_rd_share (SME) for KR")
        #expect(
            fixture.outcome("grdp_per_capita_gini", in: events)?.absence
                == "no observations of grdp_nominal for the provinces in 1985-2023")
        #expect(try fixture.values("sme_rd_share").isEmpty)
        #expect(
            try fixture.database().scalar(
                "SELECT absence FROM indicator WHERE indicator_code = 'sme_rd_share'")
                == .text("no observations of sme_conducting_rd_share (SME) for KR"))
    }
}
