import Foundation
import Testing

@testable import InnoStatCore

/// Global Moran's I on a path of four regions worked by hand, the randomisation variance
/// against every permutation, invariants, and refusals.
struct MoranITests {
    static func close(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-12) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= tolerance
    }

    /// a – b – c – d (S0 = 4, S1 = 5.5, S2 = 17: SpatialWeightsTests) with y = [1, 2, 4, 5]:
    /// ȳ = 3, z = [−2, −1, 1, 2], Σz² = 10.
    static let values: [Double] = [1, 2, 4, 5]

    @Test func statisticAndMomentsOfThePath() throws {
        let result = try MoranI.compute(
            values: Self.values, weights: SpatialWeightsTests.path(), permutations: 0)
        // Lags [−1, −.5, .5, 1]: Σ z · lag = 2 + .5 + .5 + 2 = 5; I = (4 / 4) · 5 / 10.
        #expect(Self.close(result.statistic, 0.5))
        #expect(Self.close(result.expected, -1.0 / 3.0))
        // Normality: (16 · 5.5 − 4 · 17 + 3 · 16) / (3 · 5 · 16) − 1/9 = 68/240 − 1/9 = 31/180.
        let normality = try #require(result.normality)
        #expect(Self.close(normality.variance, 31.0 / 180.0))
        #expect(Self.close(normality.z, (0.5 + 1.0 / 3.0) / (31.0 / 180.0).squareRoot()))
        #expect(Self.close(normality.pValue, 0.0446381569748354))
        // Randomisation: b2 = (34 / 4) / (10 / 4)² = 1.36; A = 4 · (7 · 5.5 − 68 + 48) = 74;
        // B = 1.36 · (12 · 5.5 − 136 + 96) = 35.36; (A − B) / (3 · 2 · 1 · 16) − 1/9
        // = 161/400 − 1/9 = 1049/3600.
        let randomisation = try #require(result.randomisation)
        #expect(Self.close(randomisation.variance, 1049.0 / 3600.0))
        #expect(result.permutation == nil)
        #expect(result.regions == 4)
    }

    /// The randomisation variance is the exact variance of I over all n! arrangements of the
    /// values, and its mean is E[I]: checked over the 24 arrangements of the path.
    @Test func randomisationMomentsAreThoseOfEveryPermutation() throws {
        let weights = try SpatialWeightsTests.path()
        var statistics: [Double] = []
        for order in Self.permutations(of: [0, 1, 2, 3]) {
            statistics.append(
                try MoranI.compute(
                    values: order.map { Self.values[$0] }, weights: weights, permutations: 0
                ).statistic)
        }
        let mean = statistics.reduce(0, +) / 24
        let variance = statistics.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 24
        #expect(Self.close(mean, -1.0 / 3.0))
        #expect(Self.close(variance, 1049.0 / 3600.0))
    }

    static func permutations(of items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index in
            var rest = items
            let first = rest.remove(at: index)
            return permutations(of: rest).map { [first] + $0 }
        }
    }

    @Test func affineChangesOfTheValuesChangeNothing() throws {
        let weights = try SpatialWeightsTests.path()
        let base = try MoranI.compute(values: Self.values, weights: weights, permutations: 99)
        let moved = try MoranI.compute(
            values: Self.values.map { 3.5 * $0 - 40 }, weights: weights, permutations: 99)
        #expect(Self.close(base.statistic, moved.statistic))
        #expect(Self.close(base.randomisation?.z, moved.randomisation!.z, tolerance: 1e-10))
        #expect(base.permutation?.atLeastObserved == moved.permutation?.atLeastObserved)
    }

    @Test func reorderingRegionsAndValuesTogetherChangesNothing() throws {
        let (values, weights) = try RegionalScienceFixture.stLouis()
        let order = Array(weights.ids.reversed())
        let reordered = try weights.reordered(as: order)
        let base = try MoranI.compute(values: values, weights: weights, permutations: 0)
        let moved = try MoranI.compute(
            values: values.reversed(), weights: reordered, permutations: 0)
        #expect(Self.close(base.statistic, moved.statistic, tolerance: 1e-14))
        #expect(Self.close(base.randomisation?.variance, moved.randomisation!.variance))
    }

    @Test func thePermutationTestIsReproducibleAndHitsTheExactProportion() throws {
        let weights = try SpatialWeightsTests.path()
        let first = try MoranI.compute(values: Self.values, weights: weights, seed: 42)
        let again = try MoranI.compute(values: Self.values, weights: weights, seed: 42)
        #expect(first.permutation == again.permutation)
        let test = try #require(first.permutation)
        #expect(test.permutations == 999 && test.seed == 42)
        // 2 of the 24 arrangements (the path and its reverse) give I ≥ .5: the count of 999
        // draws is binomial with mean 83.25 and standard deviation 8.73; allow 5 of them.
        #expect(abs(Double(test.atLeastObserved) - 999.0 / 12) < 5 * 8.73)
        #expect(test.pseudoPValue == Double(test.atLeastObserved + 1) / 1000)
    }

    @Test(arguments: [
        ([1.0, 2, 3], "3 value(s) for 4 region(s) of the weights"),
        ([2.0, 2, 2, 2], "every region has the same value: Moran's I is undefined"),
        ([1.0, 2, .nan, 4], "region 2: value nan is not a finite number"),
        ([1.0, .infinity, 3, 4], "region 1: value inf is not a finite number"),
    ])
    func undefinedStatisticsAreRefused(values: [Double], message: String) throws {
        let weights = try SpatialWeightsTests.path()
        let error = #expect(throws: MoranI.Failure.self) {
            try MoranI.compute(values: values, weights: weights)
        }
        #expect(error?.description == message)
    }

    @Test func fewerThanFourRegionsAreRefused() throws {
        let weights = try SpatialWeights(
            regions: ["a", "b", "c"], borders: [("a", "b"), ("b", "c")], source: "borders")
        let error = #expect(throws: MoranI.Failure.self) {
            try MoranI.compute(values: [1, 2, 3], weights: weights)
        }
        #expect(error?.description == "3 region(s), Moran's I needs at least 4")
    }
}
