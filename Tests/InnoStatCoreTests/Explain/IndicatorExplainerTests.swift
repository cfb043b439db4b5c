import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// `explain` on the small hand-made warehouses of the indicator tests: the formula with the
/// numbers filled in, the inputs with their sources, the check against the stored value.
@Suite(.serialized)
struct IndicatorExplainerTests {
    static func explain(
        _ fixture: IndicatorFixture, _ code: String, year: Int? = nil, region: String = "KR"
    ) throws -> IndicatorExplanation {
        try IndicatorExplainer(database: try fixture.database()).explain(
            code, region: region, year: year)
    }

    /// 1997: X = [100, 60, 90] for KR-11, KR-41, KR-48; Ulsan's population (3) counted in
    /// Gyeongnam's (6); y = [10, 6, 10].
    @Test func aPerCapitaGiniWithItsNumbersFilledIn() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let explanation = try Self.explain(fixture, "grdp_per_capita_gini", year: 1997)
        #expect(explanation.value == 4.0 / 39)
        #expect(
            explanation.computation == [
                "X = grdp_nominal (million KRW), P = population (persons), y_i = X_i / P_i; "
                    + "n = 3 regions (table below)",
                "ȳ = Σ y_i / n = 26 / 3 = 8.66666666666667",
                "Σ_i Σ_j |y_i − y_j| = 16",
                "gini = Σ_i Σ_j |y_i − y_j| / (2 n² ȳ) = 16 / (2 · 3² · 8.66666666666667) = "
                    + "0.102564102564103",
            ])
        #expect(explanation.table?.header == ["region", "name", "X_i", "P_i", "y_i", "includes"])
        #expect(
            explanation.table?.rows == [
                ["KR-11", "Seoul", "100", "10", "10", ""],
                ["KR-41", "Gyeonggi", "60", "10", "6", ""],
                ["KR-48", "Gyeongnam", "90", "9", "10", "P: +KR-31"],
            ])
        #expect(explanation.check == .equal(recomputed: 4.0 / 39))
        #expect(explanation.checkBasis == "3 regions from the 7 inputs below")
        #expect(
            explanation.inputs.map { "\($0.role): \($0.key) = \($0.value!)" } == [
                "X_i of KR-11: grdp_nominal KR-11 1997 = 100.0",
                "X_i of KR-41: grdp_nominal KR-41 1997 = 60.0",
                "X_i of KR-48: grdp_nominal KR-48 1997 = 90.0",
                "P_i of KR-11: population KR-11 1997 = 10.0",
                "P_i of KR-41: population KR-41 1997 = 10.0",
                "P_i of KR-48: population KR-48 1997 = 6.0",
                "P_i of KR-48, which includes KR-31: population KR-31 1997 = 3.0",
            ])
        #expect(explanation.notes.map(\.key) == ["regions", "merged"])
    }

    @Test func eachInputNamesItsFileLineAndTheSourcesItWasChosenOver() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let explanation = try Self.explain(fixture, "grdp_per_capita_gini", year: 1997)
        let seoul = try #require(explanation.inputs.first { $0.key == "population KR-11 1997" })
        #expect(seoul.sourceID == "figures")
        #expect(seoul.precedence == 10)
        #expect(seoul.publisher == "Test")
        #expect(seoul.location == fixture.folder.file("RawData/figures.csv") + ":18:6")
        #expect(
            seoul.alternatives == [
                IndicatorExplanation.Alternative(
                    sourceID: "estimates", precedence: 20, value: 9, status: "A",
                    location: fixture.folder.file("RawData/estimates.csv") + ":2:6",
                    reason: "precedence 20 > 10")
            ])
        #expect(seoul.warnings.isEmpty)
        let grdp = try #require(explanation.inputs.first { $0.key == "grdp_nominal KR-11 1997" })
        #expect(grdp.alternatives.isEmpty)
        #expect(grdp.location == fixture.folder.file("RawData/figures.csv") + ":2:6")
    }

    @Test func capitalShareOfLevels() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let explanation = try Self.explain(fixture, "grdp_capital_share", year: 1998)
        #expect(
            explanation.computation == [
                "X = grdp_nominal (million KRW), levels: P_i = 1, y_i = X_i; n = 4 regions "
                    + "(table below)",
                "Σ_{capital} X_i = X_KR-11 + X_KR-41 = 110 + 66 = 176",
                "Σ X_i = 276 over the 4 regions",
                "capital_share = 100 · Σ_{capital} X_i / Σ X_i = 100 · 176 / 276 = "
                    + "63.768115942029",
            ])
        #expect(explanation.table?.header == ["region", "name", "capital", "X_i"])
        #expect(explanation.table?.rows.map { $0[2] } == ["yes", "", "yes", ""])
        #expect(explanation.status == "B")
        #expect(
            explanation.qualifications == [
                "status B (break)", "break: regions differ from 1997: +KR-31",
            ])
        #expect(explanation.check == .equal(recomputed: 100 * 176.0 / 276))
    }

    /// Every index of every year recomputes to its stored value from the listed inputs.
    @Test func everyStoredValueFollowsFromItsInputs() throws {
        for fixture in [
            try DisparityIndicatorTests.fixture(), try TransitionIndicatorTests.fixture(),
        ] {
            let database = try fixture.database()
            let values = try database.rows(
                "SELECT indicator_code, region_code, year FROM indicator_value")
            #expect(values.count > 20)
            for row in values {
                let code = row[0].textValue!
                let year = Int(row[2].integerValue!)
                let explanation = try IndicatorExplainer(database: database).explain(
                    code, region: row[1].textValue!, year: year)
                #expect(!explanation.check.isMismatch, "\(code) \(year): \(explanation.check)")
                #expect(!explanation.inputs.isEmpty, "\(code) \(year)")
                #expect(
                    explanation.inputs.allSatisfy { $0.location != nil && !$0.role.isEmpty },
                    "\(code) \(year)")
            }
        }
    }

    @Test func anUndefinedIndexIsUndefinedAgain() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let explanation = try Self.explain(fixture, "grdp_per_capita_theil_l", year: 2000)
        #expect(explanation.value == nil)
        #expect(explanation.status == "M")
        #expect(explanation.check == .equal(recomputed: nil))
        #expect(
            explanation.qualifications.contains("missing: the index is undefined for these values"))
    }

    @Test func aStoredValueTheInputsDoNotGiveIsAMismatch() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        try Database(path: fixture.configuration.warehousePath, mode: .readWrite).execute(
            """
            UPDATE indicator_value SET value = 0.2
            WHERE indicator_code = 'grdp_per_capita_gini' AND year = 1997
            """)
        let explanation = try Self.explain(fixture, "grdp_per_capita_gini", year: 1997)
        #expect(explanation.check == .mismatch(recomputed: 4.0 / 39))
        #expect(explanation.check.isMismatch)
    }

    @Test func anObservationRevisedOrGoneSinceTheRunIsFlagged() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        try Database(path: fixture.configuration.warehousePath, mode: .readWrite).execute(
            """
            UPDATE observation SET value = 11 WHERE measure_code = 'population'
                AND region_code = 'KR-11' AND period = '1997' AND source_id = 'figures';
            DELETE FROM observation WHERE measure_code = 'population' AND region_code = 'KR-41'
                AND period = '1997' AND source_id = 'figures';
            """)
        let explanation = try Self.explain(fixture, "grdp_per_capita_gini", year: 1997)
        // The check uses the values as the run used them.
        #expect(explanation.check == .equal(recomputed: 4.0 / 39))
        let seoul = try #require(explanation.inputs.first { $0.key == "population KR-11 1997" })
        #expect(seoul.warnings == ["the warehouse now holds 11 A for it (revised after the run)"])
        let gyeonggi = try #require(
            explanation.inputs.first { $0.key == "population KR-41 1997" })
        #expect(gyeonggi.location == nil)
        #expect(
            gyeonggi.warnings == [
                "the warehouse no longer holds this figure from figures (revised or retired "
                    + "since; see observation_history)",
                "v_observation now prefers estimates for this figure",
            ])
        #expect(
            explanation.qualifications.last
                == "the warehouse changed after run 1 for some inputs (see their warnings): run "
                + "`innostat run` again before citing this value")
    }

    @Test func aShareFromItsPartAndWhole() throws {
        let fixture = try TransitionIndicatorTests.fixture()
        let computed = try Self.explain(fixture, "rd_private_share", year: 2022)
        #expect(
            computed.computation == [
                "no share is published for 2022; 100 · part / whole at 2022:",
                "100 · rd_expenditure (BUS) / rd_expenditure = 100 · 859637 / 1126460 = "
                    + "76.3131402801697",
            ])
        #expect(computed.inputs.map(\.role) == ["part", "whole"])
        #expect(computed.check == .equal(recomputed: 100 * 859637 / 1126460.0))
        let published = try Self.explain(fixture, "rd_private_share", year: 1990)
        #expect(
            published.computation == [
                "rd_private_share = rd_funding_share (BUS) KR 1990, as published = 84"
            ])
        #expect(published.inputs.map(\.role) == ["published"])
    }

    @Test func aRatioOfTwoIndicators() throws {
        let fixture = try TransitionIndicatorTests.fixture()
        let explanation = try Self.explain(fixture, "rd_private_to_government_ratio", year: 1990)
        #expect(
            explanation.computation == [
                "rd_private_share / rd_government_share in 1990", "= 84 / 16 = 5.25",
            ])
        #expect(
            explanation.inputs.map { "\($0.role): \($0.key)" } == [
                "numerator (rd_private_share): rd_funding_share (BUS) KR 1990",
                "denominator (rd_government_share): rd_funding_share (GOV) KR 1990",
            ])
        #expect(explanation.check == .equal(recomputed: 5.25))
    }

    @Test func aCrossoverShowsBothYearsOfTheBracket() throws {
        let fixture = try TransitionIndicatorTests.fixture()
        let crossing = try Self.explain(fixture, "rd_funding_crossover_year")
        #expect(crossing.year == 1981)
        #expect(
            crossing.computation.dropFirst() == [
                "  1966: rd_private_share 10 vs rd_government_share not observed, at most "
                    + "100 − 10 = 90: not above (not certain: E)",
                "  1981: rd_private_share 56 vs rd_government_share not observed, at most "
                    + "100 − 56 = 44: above",
                "crossing 1981, last year below 1966; value = rd_private_share in 1981 = 56",
            ])
        #expect(
            crossing.inputs.map { "\($0.role): \($0.key)" } == [
                "1981, rd_private_share: rd_funding_share (BUS) KR 1981",
                "1966 (other side of the bracket), rd_private_share: "
                    + "rd_funding_share (BUS) KR 1966",
            ])
        #expect(crossing.check == .equal(recomputed: 56))
        #expect(crossing.status == "E")
        #expect(
            crossing.qualifications == [
                "status E (estimated)",
                "in 1966, the other side of the bracket, one share is not observed; taken as 100 "
                    + "minus the other, the comparison is not certain, so neither is the "
                    + "crossing: E",
            ])
        let below = try Self.explain(fixture, "rd_funding_last_year_below")
        #expect(below.year == 1966)
        #expect(below.status == "E")
        #expect(
            below.qualifications == [
                "status E (estimated)",
                "in 1966 one share is not observed; taken as 100 minus the other, the comparison "
                    + "is not certain: E",
            ])
    }

    @Test func aLogisticFitIsRefittedToTheStoredSeries() throws {
        let fixture = try TransitionIndicatorTests.fixture()
        let explanation = try Self.explain(fixture, "rd_private_share_logistic_midpoint")
        #expect(explanation.year == 2022)
        #expect(explanation.check == .equal(recomputed: explanation.value))
        #expect(explanation.table?.header == ["year", "s(t)", "ŝ(t)", "s(t) − ŝ(t)"])
        #expect(
            explanation.table?.rows.map { $0[0] } == [
                "1966", "1981", "1990", "1993", "2008", "2021", "2022",
            ])
        #expect(
            explanation.computation.first
                == "s(t) = L / (1 + e^(−k(t − t0))), least squares over the 7 values of "
                + "rd_private_share, 1966-2022 (table below)")
        #expect(explanation.inputs.map(\.role).first == "rd_private_share 1966")
    }

    @Test func growthBetweenTheFirstAndLastYear() throws {
        let fixture = try TransitionIndicatorTests.fixture()
        let explanation = try Self.explain(fixture, "rd_centers_cagr")
        let rate = 100 * (pow(2226 / 966.0, 1 / 5.0) - 1)
        #expect(
            explanation.computation == [
                "first and last observed years of rd_centers_total: 1990 and 1995",
                "100 · ((last / first)^(1 / (last year − first year)) − 1)",
                "= 100 · ((2226 / 966)^(1 / (1995 − 1990)) − 1) = 100 · (("
                    + DecimalFormat.roundedShortest(2226 / 966.0) + ")^(1 / 5) − 1) = "
                    + DecimalFormat.roundedShortest(rate),
            ])
        #expect(explanation.check == .equal(recomputed: rate))
        #expect(
            explanation.inputs.map(\.role) == [
                "first (rd_centers_total 1990)", "last (rd_centers_total 1995)",
            ])
    }

    @Test func aCountNotAtYearEndIsAnEstimateAndSaysWhy() throws {
        let fixture = try TransitionIndicatorTests.fixture()
        let explanation = try Self.explain(fixture, "rd_centers_total", year: 1991)
        #expect(
            explanation.computation == [
                "a count at a date: in 1991 the warehouse has 1991-07, 1991-12; the latest dated "
                    + "is taken (a bare year ranks below any month)",
                "rd_centers_total = rd_centers KR 1991-12 = 1201",
            ])
        #expect(
            explanation.qualifications == [
                "status A (normal): no input or rule qualifies it"
            ])
        let april = try Self.explain(fixture, "rd_centers_total", year: 1993)
        #expect(
            april.qualifications == [
                "status E (estimated)",
                "the count is dated 1993-04, not at year-end (1993-12): as the year's value it "
                    + "is an estimate (E)",
            ])
    }

    @Test func anInputQualifiedByItsSourceSaysSo() throws {
        let fixture = try TransitionIndicatorTests.fixture()
        let explanation = try Self.explain(fixture, "rd_centers_sme_share", year: 1999)
        #expect(explanation.status == "E")
        #expect(
            explanation.qualifications
                == [
                    "status E (estimated)",
                    "the count is dated 1999, not at year-end (1999-12): as the year's value it "
                        + "is an estimate (E)",
                    "input rd_centers_share_by_size (SME) KR 1999 is E (estimated)",
                ])
    }

    @Test func unknownNamesAndYearsWithoutAValue() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let explainer = IndicatorExplainer(database: try fixture.database())
        #expect(
            throws: ExplainError.unknownIndicator(
                name: "gini", closest: ["grdp_per_capita_gini", "grdp_per_capita_gini_w"])
        ) { try explainer.explain("gini") }
        #expect(
            throws: ExplainError.unknownIndicator(
                name: "grdp_capitl_share",
                closest: [
                    "grdp_capital_share", "grdp_two_capital_share", "grdp_complete_capital_share",
                ])
        ) { try explainer.explain("grdp_capitl_share") }
        let noYear = #expect(throws: ExplainError.self) {
            try explainer.explain("grdp_per_capita_gini", year: 1996)
        }
        #expect(
            noYear?.description
                == "grdp_per_capita_gini has no value for KR in 1996 (years with a value: "
                + "1997-2000)")
        let noRegion = #expect(throws: ExplainError.self) {
            try explainer.explain("grdp_per_capita_gini", region: "KR-11")
        }
        #expect(
            noRegion?.description
                == "grdp_per_capita_gini has no value for KR-11 (its values are for KR)")
        #expect(try explainer.explain("grdp_per_capita_gini").year == 2000)
    }

    @Test(arguments: [
        ([1966, 1981, 1985, 1990, 1993, 1994, 1995], "1966, 1981, 1985, 1990, 1993-1995"),
        ([2000, 1998, 1999], "1998-2000"), ([2020], "2020"), ([], ""),
    ])
    func yearRanges(years: [Int], text: String) {
        #expect(ExplainError.ranges(years) == text)
    }
}
