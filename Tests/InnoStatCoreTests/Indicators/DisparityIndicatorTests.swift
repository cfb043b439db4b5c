import Foundation
import Testing

@testable import InnoStatCore

/// The disparity engine on a four-province fixture computed by hand: Seoul and Gyeonggi (the
/// Capital Region), Gyeongnam and Ulsan (split off Gyeongnam, shown by GRDP only from 1998).
struct DisparityIndicatorTests {
    static let indicators = """
        measures:
          grdp_nominal: {unit: million KRW}
          population: {unit: persons}
        indicators:
          - method: disparity
            base: grdp_per_capita
            measure: grdp_nominal
            per_capita: population
            indices: [capital_share, gini, gini_w, theil_t, theil_l, theil_t_between,
                      theil_t_within, cv, williamson, max_min_ratio]
          - {method: disparity, base: grdp, measure: grdp_nominal, indices: [capital_share]}
          - method: disparity
            base: grdp_two
            measure: grdp_nominal
            regions: [KR-11, KR-48]
            indices: [capital_share]
          - method: disparity
            base: grdp_complete
            measure: grdp_nominal
            complete: true
            indices: [capital_share]

        """

    /// GRDP: 1997 without Ulsan; 1998–2000 with it; Gyeongnam 0 in 2000. The register
    /// (precedence 10) has population for 1997–1998, the estimates (20) for 1997–2000.
    static let figures = """
        grdp_nominal,KR-11,1997,,,100
        grdp_nominal,KR-41,1997,,,60
        grdp_nominal,KR-48,1997,,,90
        grdp_nominal,KR-31,1997,,,
        grdp_nominal,KR-11,1998,,,110
        grdp_nominal,KR-41,1998,,,66
        grdp_nominal,KR-48,1998,,,60
        grdp_nominal,KR-31,1998,,,40
        grdp_nominal,KR-11,1999,,,110
        grdp_nominal,KR-41,1999,,,66
        grdp_nominal,KR-48,1999,,,60
        grdp_nominal,KR-31,1999,,,40
        grdp_nominal,KR-11,2000,,,110
        grdp_nominal,KR-41,2000,,,66
        grdp_nominal,KR-48,2000,,,0
        grdp_nominal,KR-31,2000,,,40
        population,KR-11,1997,,,10
        population,KR-41,1997,,,10
        population,KR-48,1997,,,6
        population,KR-31,1997,,,3
        population,KR-11,1998,,,10
        population,KR-41,1998,,,10
        population,KR-48,1998,,,6
        population,KR-31,1998,,,3

        """

    static let estimates = """
        population,KR-11,1997,,,9
        population,KR-41,1997,,,9
        population,KR-48,1997,,,9
        population,KR-31,1997,,,9
        population,KR-11,1999,,,11
        population,KR-41,1999,,,9
        population,KR-48,1999,,,6
        population,KR-31,1999,,,4
        population,KR-11,2000,,,11
        population,KR-41,2000,,,9
        population,KR-48,2000,,,6
        population,KR-31,2000,,,4

        """

    static let units = ["grdp_nominal": "million KRW", "population": "persons"]

    static func fixture() throws -> IndicatorFixture {
        let fixture = try IndicatorFixture(
            indicators: indicators, figures: figures, estimates: estimates, units: units)
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        return fixture
    }

    static func value(_ fixture: IndicatorFixture, _ index: String, _ year: Int) throws -> Double? {
        try fixture.values("grdp_per_capita_\(index)").first { $0.year == year }?.value
    }

    static func close(_ actual: Double?, _ expected: Double) -> Bool {
        actual.map { abs($0 - expected) < 1e-12 } ?? false
    }

    /// 1997: Ulsan's population (register: 3) joins Gyeongnam's (6), as GRDP has no Ulsan.
    /// X = [100, 60, 90] for KR-11, KR-41, KR-48; P = [10, 10, 9]; y = [10, 6, 10];
    /// ΣX = 250, ΣP = 29, μ = 250/29, ȳ = 26/3; s = [.4, .24, .36]; p = [10, 10, 9] / 29.
    @Test func handComputedYear() throws {
        let fixture = try Self.fixture()
        // 100 · (100 + 60) / 250.
        #expect(Self.close(try Self.value(fixture, "capital_share", 1997), 64))
        // Σ|y_i − y_j| = 2 · (4 + 0 + 4) = 16; 16 / (2 · 9 · 26/3) = 4/39.
        #expect(Self.close(try Self.value(fixture, "gini", 1997), 4.0 / 39))
        // 2 · (10·10·4 + 10·9·4) / 29² / (2 · 250/29) = 1520 / 14500.
        #expect(Self.close(try Self.value(fixture, "gini_w", 1997), 1520.0 / 14500))
        // .4 ln(.4·29/10) + .24 ln(.24·29/10) + .36 ln(.36·29/9).
        let t = 0.4 * log(1.16) + 0.24 * log(0.696) + 0.36 * log(1.16)
        #expect(Self.close(try Self.value(fixture, "theil_t", 1997), t))
        let l =
            (10.0 / 29) * log((10.0 / 29) / 0.4) + (10.0 / 29) * log((10.0 / 29) / 0.24)
            + (9.0 / 29) * log((9.0 / 29) / 0.36)
        #expect(Self.close(try Self.value(fixture, "theil_l", 1997), l))
        // Capital S = .64, P = 20/29; rest S = .36, P = 9/29.
        let between = 0.64 * log(0.64 * 29 / 20) + 0.36 * log(0.36 * 29 / 9)
        #expect(Self.close(try Self.value(fixture, "theil_t_between", 1997), between))
        // Within the capital: shares .625/.375 of S against .5/.5 of P; the rest is one region.
        let within = 0.64 * (0.625 * log(1.25) + 0.375 * log(0.75))
        #expect(Self.close(try Self.value(fixture, "theil_t_within", 1997), within))
        #expect(Self.close(between + within, t))
        // Deviations 4/3, −8/3, 4/3: variance 32/9; cv = (√32 / 3) / (26/3) = √32 / 26.
        #expect(Self.close(try Self.value(fixture, "cv", 1997), 32.0.squareRoot() / 26))
        // Σ p (y − μ)² = (19·40² + 10·76²) / 29³ = 88160 / 24389.
        #expect(
            Self.close(
                try Self.value(fixture, "williamson", 1997),
                (88160.0 / 24389).squareRoot() / (250.0 / 29)))
        #expect(Self.close(try Self.value(fixture, "max_min_ratio", 1997), 10.0 / 6))
        let notes = try fixture.notes("grdp_per_capita_gini", year: 1997)
        #expect(notes["regions"] == "KR-11 KR-41 KR-48")
        #expect(notes["merged"] == "KR-31 into KR-48 (population)")
    }

    @Test func breaksWhereTheRegionsOrTheSourcesChange() throws {
        let fixture = try Self.fixture()
        let statuses = try fixture.values("grdp_per_capita_gini").map(\.status)
        // 1998: Ulsan appears; 1999: the estimates replace the register; 2000 as 1999.
        #expect(statuses == ["A", "B", "B", "A"])
        #expect(
            try fixture.notes("grdp_per_capita_gini", year: 1998)["break"]
                == "regions differ from 1997: +KR-31")
        #expect(
            try fixture.notes("grdp_per_capita_gini", year: 1999)["break"]
                == "sources differ from 1998: +population/estimates −population/figures")
        // Levels: only the region set matters.
        #expect(try fixture.values("grdp_capital_share").map(\.status) == ["A", "B", "A", "A"])
        // 1998 per capita: X = [110, 40, 66, 60], P = [10, 3, 10, 6] (KR-11, KR-31, KR-41, KR-48).
        let y = [11.0, 40.0 / 3, 6.6, 10]
        #expect(Self.close(try Self.value(fixture, "gini", 1998), InequalityIndex.gini(y)!))
        #expect(Self.close(try Self.value(fixture, "capital_share", 1998), 100 * 176.0 / 276))
    }

    @Test func anUndefinedIndexIsMissingWithAnEmptyValue() throws {
        let fixture = try Self.fixture()
        // 2000: Gyeongnam 0, so min y = 0 and some s_i = 0.
        #expect(
            try fixture.values("grdp_per_capita_max_min_ratio").last
                == IndicatorFixture.Row(year: 2000, value: nil, status: "M"))
        #expect(try fixture.values("grdp_per_capita_theil_l").last?.status == "M")
        #expect(try fixture.values("grdp_per_capita_theil_t").last?.status == "A")
        #expect(
            try fixture.notes("grdp_per_capita_theil_l", year: 2000)["missing"]
                == "the index is undefined for these values")
    }

    @Test func aCompleteRegionSetIsRequiredWhereDeclared() throws {
        let fixture = try Self.fixture()
        let (_, events) = try fixture.run()
        #expect(try fixture.values("grdp_complete_capital_share").isEmpty)
        #expect(
            fixture.outcome("grdp_complete_capital_share", in: events)?.absence
                == "no year with a usable region set (1997: grdp_nominal lacks KR-26 KR-27 KR-28 "
                + "KR-29 KR-30 KR-42 KR-43 KR-44 KR-45 KR-46 KR-47 KR-49 KR-50; 1998: grdp_nominal "
                + "lacks KR-26 KR-27 KR-28 KR-29 KR-30 KR-42 KR-43 KR-44 KR-45 KR-46 KR-47 KR-49 "
                + "KR-50; 1999: grdp_nominal lacks KR-26 KR-27 KR-28 KR-29 KR-30 KR-42 KR-43 KR-44 "
                + "KR-45 KR-46 KR-47 KR-49 KR-50; …)")
    }

    @Test func aDeclaredRegionSetKeepsOnlyItsRegionsAndTheirChildren() throws {
        let fixture = try Self.fixture()
        // 1997: 100 / (100 + 90); 1998: Ulsan (40) counts with Gyeongnam: 110 / (110 + 60 + 40).
        let rows = try fixture.values("grdp_two_capital_share")
        #expect(rows.map(\.year) == [1997, 1998, 1999, 2000])
        #expect(Self.close(rows[0].value, 100 * 100 / 190.0))
        #expect(Self.close(rows[1].value, 100 * 110 / 210.0))
        #expect(rows[1].status == "B")
    }

    @Test func theViewPutsTheIndicesSideBySide() throws {
        let fixture = try Self.fixture()
        let rows = try fixture.database().rows(
            """
            SELECT base, measure_code, per_capita_code, year, capital_share, gini, regions, status
            FROM v_regional_disparity WHERE year = 1997 AND base IN ('grdp', 'grdp_per_capita')
            ORDER BY base
            """)
        #expect(
            rows == [
                ["grdp", "grdp_nominal", .null, 1997, .real(64), .null, 3, "A"],
                [
                    "grdp_per_capita", "grdp_nominal", "population", 1997, .real(64),
                    .real(4.0 / 39), 3, "A",
                ],
            ])
    }

    @Test func everyValueTracesToTheObservationsItCameFrom() throws {
        let fixture = try Self.fixture()
        let rows = try fixture.database().rows(
            """
            SELECT i.measure_code, i.input_region_code, i.source_id, o.source_line
            FROM indicator_input i JOIN observation o
              ON o.measure_code = i.measure_code AND o.region_code = i.input_region_code
             AND o.period = i.period AND o.sector_code = i.sector_code AND o.size_code = i.size_code
             AND o.source_id = i.source_id
            WHERE i.indicator_code = 'grdp_per_capita_gini' AND i.year = 1997
            ORDER BY 1, 2
            """)
        #expect(
            rows == [
                ["grdp_nominal", "KR-11", "figures", 2], ["grdp_nominal", "KR-41", "figures", 3],
                ["grdp_nominal", "KR-48", "figures", 4], ["population", "KR-11", "figures", 18],
                ["population", "KR-31", "figures", 21], ["population", "KR-41", "figures", 19],
                ["population", "KR-48", "figures", 20],
            ])
    }

    @Test func aMeasureInAnotherUnitFailsTheIndicatorsThatReadIt() throws {
        let fixture = try IndicatorFixture(
            indicators: Self.indicators, figures: Self.figures,
            units: ["grdp_nominal": "million KRW", "population": "thousand persons"])
        let (summary, events) = try fixture.run()
        #expect(!summary.succeeded)
        #expect(summary.indicatorsFailed == 10)
        #expect(
            fixture.outcome("grdp_per_capita_gini", in: events)?.failure
                == fixture.folder.file("Pipelines") + "/indicators.yaml: measures.population.unit: "
                + "\"persons\", but the warehouse holds this measure in \"thousand persons\"")
        #expect(try fixture.values("grdp_capital_share").count == 4)
        // What loaded stays.
        #expect(try fixture.database().scalar("SELECT count(*) FROM observation") == 24)
    }
    /// Population from the register (precedence 10) where it has the figure, else the
    /// estimates: 2001 Seoul switches to the estimates, 2002 Gyeonggi too, 2003 as 2002.
    @Test func aBreakComparesTheSourcesOfEachRegionWithTheYearBefore() throws {
        let years = 2000...2003
        let regions = ["KR-11", "KR-41", "KR-48"]
        let grdp = years.flatMap { year in regions.map { "grdp_nominal,\($0),\(year),,,100" } }
        let switched: [Int: Set<String>] = [2001: ["KR-11"], 2002: ["KR-11", "KR-41"]]
        let register = years.flatMap { year in
            regions.filter { !(switched[min(year, 2002)] ?? []).contains($0) }.map {
                "population,\($0),\(year),,,10"
            }
        }
        let estimates = years.flatMap { year in regions.map { "population,\($0),\(year),,,9" } }
        let fixture = try IndicatorFixture(
            indicators: Self.indicators,
            figures: (grdp + register).joined(separator: "\n") + "\n",
            estimates: estimates.joined(separator: "\n") + "\n", units: Self.units)
        try fixture.run()
        #expect(try fixture.values("grdp_per_capita_gini").map(\.status) == ["A", "B", "B", "A"])
        #expect(
            try fixture.notes("grdp_per_capita_gini", year: 2001)["break"]
                == "sources differ from 2000 in KR-11: +population/estimates −population/figures")
        #expect(
            try fixture.notes("grdp_per_capita_gini", year: 2002)["break"]
                == "sources differ from 2001 in KR-41: +population/estimates −population/figures")
        #expect(try fixture.notes("grdp_per_capita_gini", year: 2003)["break"] == nil)
    }
}
