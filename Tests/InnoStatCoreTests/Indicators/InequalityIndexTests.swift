import Foundation
import Testing

@testable import InnoStatCore

/// Every index on small cases computed by hand, and the invariants every index must keep.
struct InequalityIndexTests {
    static func close(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-12) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= tolerance
    }

    // Levels y = X = [1, 2, 3], P_i = 1: n = 3, ȳ = 2, s = [1/6, 2/6, 3/6], p_i = 1/3.
    static let levels: [Double] = [1, 2, 3]
    static let ones: [Double] = [1, 1, 1]

    @Test func giniOfLevels() {
        // Σ_i Σ_j |y_i − y_j| = 2 · (|1−2| + |1−3| + |2−3|) = 8; 8 / (2 · 3² · 2) = 2/9.
        #expect(Self.close(InequalityIndex.gini(Self.levels), 2.0 / 9.0))
        // With P_i = 1 the weighted Gini is the plain one.
        #expect(
            Self.close(
                InequalityIndex.weightedGini(values: Self.levels, populations: Self.ones), 2.0 / 9.0
            ))
    }

    @Test func theilOfLevels() {
        // T = 1/6 ln((1/6)/(1/3)) + 2/6 ln(1) + 3/6 ln((3/6)/(1/3)) = ln(0.5)/6 + ln(1.5)/2.
        #expect(
            Self.close(
                InequalityIndex.theilT(values: Self.levels, populations: Self.ones),
                log(0.5) / 6 + log(1.5) / 2))
        // L = 1/3 (ln 2 + ln 1 + ln(2/3)) = ln(4/3) / 3.
        #expect(
            Self.close(
                InequalityIndex.theilL(values: Self.levels, populations: Self.ones),
                log(4.0 / 3.0) / 3))
    }

    @Test func dispersionOfLevels() {
        // Deviations −1, 0, 1: variance 2/3, sd √(2/3); cv = √(2/3) / 2.
        let cv = (2.0 / 3.0).squareRoot() / 2
        #expect(Self.close(InequalityIndex.coefficientOfVariation(Self.levels), cv))
        // Equal weights: Williamson = cv.
        #expect(
            Self.close(InequalityIndex.williamson(values: Self.levels, populations: Self.ones), cv))
        #expect(InequalityIndex.maxMinRatio(Self.levels) == 3)
        // 100 · 1 / 6.
        #expect(
            Self.close(
                InequalityIndex.groupShare(values: Self.levels, inGroup: [true, false, false]),
                100.0 / 6.0))
    }

    // Per capita: X = [2, 3, 5], P = [1, 1, 2]: y = [2, 3, 2.5], ΣX = 10, ΣP = 4, μ = 2.5,
    // p = [0.25, 0.25, 0.5], s = [0.2, 0.3, 0.5].
    static let values: [Double] = [2, 3, 5]
    static let populations: [Double] = [1, 1, 2]

    @Test func perCapitaGini() {
        // Plain on y: pairs 1, 0.5, 0.5 → Σ_i Σ_j = 4; 4 / (2 · 9 · 2.5) = 4/45.
        let y = InequalityIndex.ratios(values: Self.values, populations: Self.populations)!
        #expect(y == [2, 3, 2.5])
        #expect(Self.close(InequalityIndex.gini(y), 4.0 / 45.0))
        // Weighted: 2 · (.25·.25·1 + .25·.5·.5 + .25·.5·.5) = 0.375; 0.375 / (2 · 2.5) = 0.075.
        #expect(
            Self.close(
                InequalityIndex.weightedGini(values: Self.values, populations: Self.populations),
                0.075))
    }

    @Test func perCapitaTheil() {
        // T = 0.2 ln(0.2/0.25) + 0.3 ln(0.3/0.25) + 0.5 ln(0.5/0.5) ≈ 0.0100678.
        let t = 0.2 * log(0.8) + 0.3 * log(1.2)
        #expect(
            Self.close(
                InequalityIndex.theilT(values: Self.values, populations: Self.populations), t))
        #expect(abs(t - 0.0100678) < 1e-7)
        // L = 0.25 ln(0.25/0.2) + 0.25 ln(0.25/0.3) + 0.5 ln(1) ≈ 0.0102055.
        let l = 0.25 * log(1.25) + 0.25 * log(0.25 / 0.3)
        #expect(
            Self.close(
                InequalityIndex.theilL(values: Self.values, populations: Self.populations), l))
        #expect(abs(l - 0.0102055) < 1e-7)
    }

    @Test func perCapitaTheilSplitsIntoBetweenAndWithin() throws {
        // Groups {1} and {2, 3}: S = [0.2, 0.8], P = [0.25, 0.75].
        // between = 0.2 ln(0.2/0.25) + 0.8 ln(0.8/0.75) ≈ 0.0070021.
        // within = 0.8 · (0.375 ln(0.375/(1/3)) + 0.625 ln(0.625/(2/3))) ≈ 0.0030657.
        let parts = try #require(
            InequalityIndex.theilDecomposition(
                values: Self.values, populations: Self.populations, groups: [1, 0, 0]))
        let between = 0.2 * log(0.8) + 0.8 * log(0.8 / 0.75)
        let within = 0.8 * (0.375 * log(0.375 * 3) + 0.625 * log(0.625 * 1.5))
        #expect(Self.close(parts.between, between))
        #expect(Self.close(parts.within, within))
        #expect(abs(between - 0.0070021) < 1e-7)
        #expect(abs(within - 0.0030657) < 1e-7)
    }

    @Test func perCapitaDispersion() {
        // y deviations from ȳ = 2.5: −0.5, 0.5, 0 → variance 1/6; cv = √(1/6) / 2.5.
        let y = InequalityIndex.ratios(values: Self.values, populations: Self.populations)!
        #expect(
            Self.close(InequalityIndex.coefficientOfVariation(y), (1.0 / 6.0).squareRoot() / 2.5))
        // Williamson: √(.25·(−.5)² + .25·(.5)² + .5·0²) / 2.5 = √0.125 / 2.5.
        #expect(
            Self.close(
                InequalityIndex.williamson(values: Self.values, populations: Self.populations),
                0.125.squareRoot() / 2.5))
        #expect(InequalityIndex.maxMinRatio(y) == 1.5)
    }

    @Test func undefinedIndicesAreNil() {
        #expect(InequalityIndex.gini([]) == nil)
        #expect(InequalityIndex.gini([0, 0]) == nil)
        #expect(InequalityIndex.theilL(values: [0, 1], populations: [1, 1]) == nil)
        #expect(InequalityIndex.theilT(values: [-1, 2], populations: [1, 1]) == nil)
        #expect(InequalityIndex.maxMinRatio([0, 2]) == nil)
        #expect(InequalityIndex.ratios(values: [1, 2], populations: [1, 0]) == nil)
        #expect(InequalityIndex.groupShare(values: [0, 0], inGroup: [true, false]) == nil)
        // A zero value is fine for Theil T (0 · ln 0 = 0): s = [0, 1], p = [.5, .5] → ln 2.
        #expect(Self.close(InequalityIndex.theilT(values: [0, 1], populations: [1, 1]), log(2)))
    }

    /// σ by hand: y = 1, 4, 16 has ln y = 0, 2 ln 2, 4 ln 2 and mean 2 ln 2, so σ² = 8 ln²2 / 3;
    /// with population shares ½, ¼, ¼ the mean is 1.5 ln 2 and σ_w² = (½·1.5² + ¼·0.5² + ¼·2.5²)
    /// ln²2 = 2.75 ln²2.
    @Test func sigmaIsTheDispersionOfLogValues() {
        let equal = DisparityIndex.sigma.value(
            values: [1, 4, 16], populations: [1, 1, 1], isCapital: [false, false, false])
        #expect(Self.close(equal, log(2) * (8.0 / 3).squareRoot(), tolerance: 1e-15))
        let weighted = DisparityIndex.weightedSigma.value(
            values: [2, 4, 16], populations: [2, 1, 1], isCapital: [false, false, false])
        #expect(Self.close(weighted, log(2) * 2.75.squareRoot(), tolerance: 1e-15))
        #expect(
            DisparityIndex.sigma.value(
                values: [0, 4], populations: [1, 1], isCapital: [false, false])
                == nil)
    }

    // MARK: Invariants

    static let x: [Double] = [12.5, 3, 7.25, 40, 9, 18]
    static let p: [Double] = [2, 1, 3, 5, 1.5, 4]
    static let capital = [true, false, true, false, false, true]

    static func all(_ x: [Double], _ p: [Double], _ capital: [Bool]) -> [Double?] {
        perYear.map { $0.value(values: x, populations: p, isCapital: capital) }
    }

    /// Every index of one year's values alone (β takes a span, Moran's I the borders: the
    /// engine computes them).
    static let perYear = DisparityIndex.allCases.filter {
        ![.beta, .moranI, .localMoran].contains($0)
    }

    @Test(arguments: perYear.filter { $0 != .capitalShare })
    func aConstantDistributionHasNoInequality(_ index: DisparityIndex) {
        // Per-capita values all 4.
        let value = index.value(
            values: [8, 4, 20], populations: [2, 1, 5], isCapital: [true, false, false])
        #expect(Self.close(value, index == .maxMinRatio ? 1 : 0, tolerance: 1e-15))
    }

    @Test func permutingRegionsChangesNoIndex() {
        let order = [3, 0, 5, 1, 4, 2]
        let permuted = Self.all(
            order.map { Self.x[$0] }, order.map { Self.p[$0] }, order.map { Self.capital[$0] })
        for (a, b) in zip(Self.all(Self.x, Self.p, Self.capital), permuted) {
            #expect(Self.close(a, b!, tolerance: 1e-13))
        }
    }

    @Test func scalingAllValuesOrAllPopulationsChangesNoIndex() {
        let base = Self.all(Self.x, Self.p, Self.capital)
        let scaledValues = Self.all(Self.x.map { $0 * 7.5 }, Self.p, Self.capital)
        let scaledPopulations = Self.all(Self.x, Self.p.map { $0 * 1000 }, Self.capital)
        for (index, value) in base.enumerated() {
            #expect(Self.close(scaledValues[index], value!, tolerance: 1e-13))
            #expect(Self.close(scaledPopulations[index], value!, tolerance: 1e-13))
        }
    }

    @Test func betweenPlusWithinIsTheilT() throws {
        let t = try #require(InequalityIndex.theilT(values: Self.x, populations: Self.p))
        let parts = try #require(
            InequalityIndex.theilDecomposition(
                values: Self.x, populations: Self.p, groups: Self.capital.map { $0 ? 1 : 0 }))
        #expect(Self.close(parts.between + parts.within, t, tolerance: 1e-15))
        #expect(parts.between > 0 && parts.within > 0)
        // One group: no between-group inequality.
        let single = try #require(
            InequalityIndex.theilDecomposition(
                values: Self.x, populations: Self.p, groups: Self.x.map { _ in 0 }))
        #expect(Self.close(single.between, 0, tolerance: 1e-15))
        #expect(Self.close(single.within, t, tolerance: 1e-15))
    }
}
