import Foundation
import Testing

@testable import InnoStatCore

/// Local Moran's I on paths worked by hand, its sum against the global I, quadrants, and the
/// conditional permutation test.
struct LocalMoranTests {
    static func close(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-12)
        -> Bool
    {
        actual.count == expected.count
            && zip(actual, expected).allSatisfy { abs($0 - $1) <= tolerance }
    }

    static func path(_ count: Int) throws -> SpatialWeights {
        let ids = (1...count).map(String.init)
        return try SpatialWeights(
            regions: ids, borders: (1..<count).map { (ids[$0 - 1], ids[$0]) }, source: "path")
    }

    @Test func aPathOfFourClusters() throws {
        // y = [1, 2, 4, 5]: deviations [−2, −1, 1, 2], s = √(10 / 4), z = deviations / s;
        // lags of the deviations [−1, −.5, .5, 1]. I_i = (n − 1) z_i lag_i / Σz² with Σz² = n:
        // (3 / 10) · deviation · lag = [.6, .15, .15, .6].
        let result = try LocalMoran.compute(
            values: [1, 2, 4, 5], weights: Self.path(4), permutations: 0)
        let s = 2.5.squareRoot()
        #expect(Self.close(result.regions.map(\.statistic), [0.6, 0.15, 0.15, 0.6]))
        #expect(Self.close(result.regions.map(\.z), [-2 / s, -1 / s, 1 / s, 2 / s]))
        #expect(Self.close(result.regions.map(\.spatialLag), [-1 / s, -0.5 / s, 0.5 / s, 1 / s]))
        #expect(result.regions.map(\.quadrant) == [.lowLow, .lowLow, .highHigh, .highHigh])
        #expect(result.regions.allSatisfy { $0.pseudoPValue == nil })
    }

    @Test func aPathOfFiveAlternates() throws {
        // y = [6, 1, 5, 2, 6]: ȳ = 4, deviations [2, −3, 1, −2, 2], Σ = 22; lags
        // [−3, 1.5, −2.5, 1.5, −2]; products [−6, −4.5, −2.5, −3, −4];
        // I_i = (4 / 22) · product = [−12, −9, −5, −6, −8] / 11.
        let result = try LocalMoran.compute(
            values: [6, 1, 5, 2, 6], weights: Self.path(5), permutations: 0)
        #expect(
            Self.close(result.regions.map(\.statistic), [-12, -9, -5, -6, -8].map { $0 / 11 }))
        #expect(
            result.regions.map(\.quadrant) == [.highLow, .lowHigh, .highLow, .lowHigh, .highLow])
        #expect(result.regions.map(\.quadrant.rawValue) == ["HL", "LH", "HL", "LH", "HL"])
        // Global I = (5 / 5) · (−20) / 22 = −10/11; Σ I_i = −40/11 = (n − 1) · I.
        let global = try MoranI.compute(
            values: [6, 1, 5, 2, 6], weights: Self.path(5), permutations: 0)
        #expect(abs(global.statistic - -10.0 / 11.0) < 1e-12)
    }

    @Test func aValueAtTheMeanCountsAsLow() throws {
        // y = [1 … 5]: region 3 has z = 0 and lag (−1 + 1) / 2 = 0.
        let result = try LocalMoran.compute(
            values: [1, 2, 3, 4, 5], weights: Self.path(5), permutations: 0)
        #expect(result.regions[2].quadrant == .lowLow)
        #expect(result.regions[2].statistic == 0)
    }

    /// Σ_i I_i = (n − 1) z·Wz / Σz² and I = (n / S0) z·Wz / Σz², so Σ_i I_i = ((n − 1) / n) S0 I,
    /// which is (n − 1) I for row-standardised weights (S0 = n).
    @Test(arguments: ["stl", "pcgdp1940", "pcgdp2000"])
    func localStatisticsSumToTheGlobalOne(_ reference: String) throws {
        let (values, weights) =
            reference == "stl"
            ? try RegionalScienceFixture.stLouis() : try RegionalScienceFixture.mexico(reference)
        let local = try LocalMoran.compute(values: values, weights: weights, permutations: 0)
        let global = try MoranI.compute(values: values, weights: weights, permutations: 0)
        let n = Double(values.count)
        let sum = local.regions.reduce(0) { $0 + $1.statistic }
        #expect(abs(sum - (n - 1) / n * weights.moments.s0 * global.statistic) < 1e-12)
        #expect(abs(sum / (n - 1) - global.statistic) < 1e-14)
    }

    /// On the path of four each region's permuted I_i takes three values equally often (its
    /// k neighbours drawn from the 3 others), one of them at least the observed: p ≈ 1/3.
    /// Region a (z ∝ −2, observed neighbour −1): draws −1, 1, 2 give .6, −.6, −1.2.
    @Test func conditionalPermutationOnThePath() throws {
        let result = try LocalMoran.compute(values: [1, 2, 4, 5], weights: Self.path(4))
        for region in result.regions {
            // 999 draws of probability 1/3: standard deviation of p ≈ .015.
            #expect(abs(region.pseudoPValue! - 1.0 / 3.0) < 0.075)
        }
        #expect(result.permutations == 999)
        #expect(result.seed == SplitMix64.defaultSeed)
    }

    @Test func stLouisHotSpotsAreSignificantAndReproducible() throws {
        let (values, weights) = try RegionalScienceFixture.stLouis()
        let first = try LocalMoran.compute(values: values, weights: weights, seed: 99)
        let again = try LocalMoran.compute(values: values, weights: weights, seed: 99)
        #expect(first == again)
        let pValues = first.regions.map { $0.pseudoPValue! }
        #expect(pValues.allSatisfy { $0 >= 1.0 / 1000 && $0 <= 0.5 + 1.0 / 1000 })
        // The strongest cluster, far in its tail, is significant at 1 %.
        let strongest = first.regions.indices.max {
            first.regions[$0].statistic < first.regions[$1].statistic
        }!
        #expect(pValues[strongest] < 0.01)
        #expect(first.regions[strongest].quadrant == .highHigh)
    }

    @Test func constantValuesAreRefused() throws {
        let error = #expect(throws: MoranI.Failure.self) {
            try LocalMoran.compute(values: [3, 3, 3, 3], weights: Self.path(4))
        }
        #expect(error?.description == "every region has the same value: Moran's I is undefined")
    }
}
