import Foundation
import Testing

@testable import InnoStatCore

/// σ of ln y on small cases computed by hand, its invariants and its refusals.
struct SigmaConvergenceTests {
    static func close(_ actual: Double, _ expected: Double, tolerance: Double = 1e-12) -> Bool {
        abs(actual - expected) <= tolerance
    }

    // y = [1, e, e²]: ln y = [0, 1, 2].
    static let levels: [Double] = [1, exp(1), exp(2)]

    @Test func equalWeightsDivideByN() throws {
        // m = 1; deviations −1, 0, 1: σ² = 2/3 (Stata's n − 1 variance would be 1).
        let dispersion = try SigmaConvergence.dispersion(of: Self.levels)
        #expect(Self.close(dispersion.meanLog, 1))
        #expect(Self.close(dispersion.variance, 2.0 / 3.0))
        #expect(Self.close(dispersion.standardDeviation, (2.0 / 3.0).squareRoot()))
        #expect(dispersion.regions == 3)
    }

    @Test func populationSharesWeightTheRegions() throws {
        // P = [1, 1, 2]: shares [.25, .25, .5]; m = 0 + .25 + 1 = 1.25;
        // σ² = .25 · 1.25² + .25 · .25² + .5 · .75² = .390625 + .015625 + .28125 = .6875.
        let dispersion = try SigmaConvergence.dispersion(
            of: Self.levels, weighting: .populationShares([1, 1, 2]))
        #expect(Self.close(dispersion.meanLog, 1.25))
        #expect(Self.close(dispersion.variance, 0.6875))
    }

    @Test func equalPopulationsAreTheUnweightedCase() throws {
        let plain = try SigmaConvergence.dispersion(of: [3, 8, 2.5, 40])
        let weighted = try SigmaConvergence.dispersion(
            of: [3, 8, 2.5, 40], weighting: .populationShares([7, 7, 7, 7]))
        #expect(Self.close(plain.standardDeviation, weighted.standardDeviation, tolerance: 1e-15))
        // Populations whose total would overflow.
        let huge = try SigmaConvergence.dispersion(
            of: [3, 8, 2.5, 40], weighting: .populationShares([1e308, 1e308, 1e308, 1e308]))
        #expect(Self.close(plain.standardDeviation, huge.standardDeviation, tolerance: 1e-15))
    }

    @Test func scalingEveryValueChangesNoDispersion() throws {
        // ln(c y) = ln c + ln y: the deviations stay.
        let values = [3, 8, 2.5, 40.0]
        let base = try SigmaConvergence.dispersion(of: values)
        let scaled = try SigmaConvergence.dispersion(of: values.map { $0 * 1234.5 })
        #expect(Self.close(base.standardDeviation, scaled.standardDeviation, tolerance: 1e-14))
        let reordered = try SigmaConvergence.dispersion(of: values.reversed())
        #expect(Self.close(base.standardDeviation, reordered.standardDeviation, tolerance: 1e-15))
    }

    @Test func aSeriesTakesTheRegionsPresentEachYear() throws {
        let points = try SigmaConvergence.series([
            2001: .init(values: [1, exp(2)]),
            2000: .init(values: Self.levels, weighting: .populationShares([1, 1, 2])),
        ])
        #expect(points.map(\.year) == [2000, 2001])
        #expect(points.map(\.dispersion.regions) == [3, 2])
        // 2001: ln y = [0, 2], σ = 1.
        #expect(Self.close(points[1].dispersion.standardDeviation, 1))
        #expect(Self.close(points[0].dispersion.variance, 0.6875))
    }

    @Test(arguments: [
        ([5.0], SigmaConvergence.Weighting.equal, "1 region(s), σ-convergence needs at least 2"),
        ([], .equal, "0 region(s), σ-convergence needs at least 2"),
        (
            [1, 0, 2], .equal,
            "region 1: value 0.0 is not a positive finite number, ln y needs one"
        ),
        ([1, -2], .equal, "region 1: value -2.0 is not a positive finite number, ln y needs one"),
        ([.nan, 1], .equal, "region 0: value nan is not a positive finite number, ln y needs one"),
        (
            [1, .infinity], .equal,
            "region 1: value inf is not a positive finite number, ln y needs one"
        ),
        ([1, 2], .populationShares([1]), "2 value(s) but 1 population(s)"),
        (
            [1, 2], .populationShares([0, 1]),
            "region 0: population 0.0 is not a positive finite number"
        ),
    ])
    func undefinedDispersionsAreRefused(
        values: [Double], weighting: SigmaConvergence.Weighting, message: String
    ) {
        let error = #expect(throws: SigmaConvergence.Failure.self) {
            try SigmaConvergence.dispersion(of: values, weighting: weighting)
        }
        #expect(error?.description == message)
    }

    @Test func aSeriesSaysTheYearThatFailed() {
        let error = #expect(throws: SigmaConvergence.Failure.self) {
            try SigmaConvergence.series([
                1999: .init(values: [1, -1]), 2000: .init(values: [1, 2]),
            ])
        }
        #expect(
            error?.description
                == "1999: region 1: value -1.0 is not a positive finite number, ln y needs one")
    }
}
