import Foundation
import Testing

@testable import InnoStatCore

/// σ and β through the disparity engine on three provinces whose numbers are worked out by
/// hand: y(2000) = 1, e, e² and y(2010) = e, e², e² (X = y · P with P = 2 each).
struct ConvergenceIndicatorTests {
    static let indicators = """
        measures:
          grdp_nominal: {unit: million KRW}
          population: {unit: persons}
        indicators:
          - method: disparity
            base: y
            measure: grdp_nominal
            per_capita: population
            years: 2000-2010
            indices: [sigma, beta]

        """

    static let figures: String = {
        let e = M_E
        let y: [(String, Double, Double)] = [
            ("KR-11", 1, e), ("KR-26", e, e * e), ("KR-27", e * e, e * e),
        ]
        var rows = ""
        for (region, start, end) in y {
            rows +=
                "grdp_nominal,\(region),2000,,,\(2 * start)\ngrdp_nominal,\(region),2010,,,\(2 * end)\n"
            rows += "population,\(region),2000,,,2\npopulation,\(region),2010,,,2\n"
        }
        return rows
    }()

    @Test func sigmaAndBetaAreThoseWorkedOutByHand() throws {
        let fixture = try IndicatorFixture(
            indicators: Self.indicators, figures: Self.figures,
            units: ["grdp_nominal": "million KRW", "population": "persons"])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        // 2000: ln y = 0, 1, 2: σ = √(2/3). 2010: ln y = 1, 2, 2: mean 5/3, σ = √(2/9).
        let sigma = try fixture.values("y_sigma")
        #expect(sigma.map(\.year) == [2000, 2010])
        #expect(abs(sigma[0].value! - (2.0 / 3).squareRoot()) < 1e-12)
        #expect(abs(sigma[1].value! - (2.0 / 9).squareRoot()) < 1e-12)
        // g = (1, 1, 0) / 10 on x = (0, 1, 2): slope = Σ(x − 1)(g − 2/30) / Σ(x − 1)² = −0.1 / 2.
        let beta = try fixture.values("y_beta")
        #expect(beta.map(\.year) == [2010])
        #expect(abs(beta[0].value! - -0.05) < 1e-12)
        let notes = try fixture.notes("y_beta", year: 2010)
        #expect(notes["span"] == "2000-2010")
        #expect(notes["regions"] == "KR-11 KR-26 KR-27")
        #expect(notes["regime"] == "convergence")
    }

    /// Four provinces on a path (Seoul–Incheon–Gyeonggi–Busan, a made-up weights file) with
    /// y = 1, 2, 3, 4: z = −1.5, −0.5, 0.5, 1.5, the row-standardised lags −0.5, −0.5, 0.5, 0.5,
    /// so I = Σ z·lag / Σ z² = 2 / 5.
    @Test func moranIOnAPathIsTheOneWorkedOutByHand() throws {
        let indicators = """
            measures:
              grdp_nominal: {unit: million KRW}
              population: {unit: persons}
            indicators:
              - method: disparity
                base: y
                measure: grdp_nominal
                per_capita: population
                regions: [KR-11, KR-28, KR-41, KR-26]
                weights: path.csv
                indices: [moran_i, lisa]

            """
        var figures = ""
        for (region, y) in [("KR-11", 1), ("KR-28", 2), ("KR-41", 3), ("KR-26", 4)] {
            figures += "grdp_nominal,\(region),2020,,,\(y)\npopulation,\(region),2020,,,1\n"
        }
        let fixture = try IndicatorFixture(
            indicators: indicators, figures: figures,
            units: ["grdp_nominal": "million KRW", "population": "persons"])
        try fixture.folder.write(
            "RawData/path.csv", "region_a,region_b\nKR-11,KR-28\nKR-28,KR-41\nKR-41,KR-26\n")
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let values = try fixture.values("y_moran_i")
        #expect(values.count == 1)
        #expect(abs(values[0].value! - 0.4) < 1e-12)
        let notes = try fixture.notes("y_moran_i", year: 2020)
        #expect(notes["links"] == "KR-11~KR-28 KR-26~KR-41 KR-28~KR-41")
        #expect(notes["expected"] == "\(-1.0 / 3)")
        // LISA: I_i = (n − 1) z_i lag_i / Σ z² = 3 · (0.75, 0.25, 0.25, 0.75) / 5, summing to
        // (n − 1) · I = 1.2; Seoul and Incheon low among low, Gyeonggi and Busan high among high.
        let local = try fixture.database().rows(
            """
            SELECT v.region_code, v.value, n.text FROM indicator_value v JOIN indicator_note n
              ON n.indicator_code = v.indicator_code AND n.region_code = v.region_code
             AND n.year = v.year AND n.key = 'cluster'
            WHERE v.indicator_code = 'y_lisa' ORDER BY v.value, v.region_code
            """)
        #expect(local.map { $0.text("region_code")! } == ["KR-28", "KR-41", "KR-11", "KR-26"])
        let expected = [0.15, 0.15, 0.45, 0.45]
        for (row, value) in zip(local, expected) {
            #expect(abs(row.double("value")! - value) < 1e-12)
        }
        #expect(local.map { $0.text("text")! } == ["LL", "HH", "LL", "HH"])
    }
}
