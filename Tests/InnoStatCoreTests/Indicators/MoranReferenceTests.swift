import Foundation
import Testing

@testable import InnoStatCore

/// Moran's I against PySAL's published St. Louis figures and the derived Mexico figures
/// (Fixtures/regional-science, ORIGIN.md).
struct MoranReferenceTests {
    /// `value` rounded to `decimals` places equals `published`.
    static func matches(_ value: Double?, _ published: Double, decimals: Int) -> Bool {
        guard let value else { return false }
        let scale = pow(10, Double(decimals))
        return abs((value * scale).rounded() - published * scale) < 1e-6
    }

    @Test func stLouisMatchesPySAL() throws {
        let (values, weights) = try RegionalScienceFixture.stLouis()
        let result = try MoranI.compute(values: values, weights: weights, permutations: 0)
        // esda/tests/test_moran.py: I = 0.24365582621771659; the docstring: EI.
        #expect(abs(result.statistic - 0.24365582621771659) < 1e-14)
        #expect(result.expected == -0.012987012987012988)
        let normality = try #require(result.normality)
        // Two-tailed 0.00027147862770937614 and one-tailed 0.00013573931385468807.
        #expect(abs(normality.pValue - 0.00027147862770937614) < 1e-15)
        #expect(abs(normality.pValue / 2 - 0.00013573931385468807) < 1e-15)
        #expect(StandardNormal.survival(normality.z) == normality.pValue / 2)
    }

    @Test func stLouisMomentsMatchTheDerivedDigits() throws {
        let (values, weights) = try RegionalScienceFixture.stLouis()
        let result = try MoranI.compute(values: values, weights: weights, permutations: 0)
        let normality = try #require(result.normality)
        let randomisation = try #require(result.randomisation)
        #expect(Self.matches(normality.variance, 0.0049681393, decimals: 10))
        #expect(Self.matches(randomisation.variance, 0.0029761028, decimals: 10))
        #expect(Self.matches(normality.z, 3.6410971835, decimals: 10))
        #expect(Self.matches(randomisation.z, 4.7044102209, decimals: 10))
    }

    /// I sits 4.7 randomisation standard deviations above E[I]: hardly any of 999 shuffles
    /// reaches it, whatever the seed.
    @Test(arguments: [SplitMix64.defaultSeed, 1, 2_024])
    func stLouisPermutationTestRejectsRandomness(seed: UInt64) throws {
        let (values, weights) = try RegionalScienceFixture.stLouis()
        let result = try MoranI.compute(values: values, weights: weights, seed: seed)
        let test = try #require(result.permutation)
        #expect(test.pseudoPValue < 0.01)
        #expect(test.pseudoPValue >= 1.0 / 1000)
        let again = try MoranI.compute(values: values, weights: weights, seed: seed)
        #expect(again.permutation == test)
    }

    /// The shuffled I have mean E[I] and variance Var_rand (exact over all arrangements); 999
    /// draws estimate them within a few standard errors.
    @Test func stLouisPermutationsFollowTheRandomisationMoments() throws {
        let (values, weights) = try RegionalScienceFixture.stLouis()
        let result = try MoranI.compute(values: values, weights: weights)
        let test = try #require(result.permutation)
        let deviation = try #require(result.randomisation).variance.squareRoot()
        #expect(abs(test.mean - result.expected) < 5 * deviation / 999.0.squareRoot())
        #expect(abs(test.standardDeviation / deviation - 1) < 0.15)
    }

    @Test(
        arguments: zip(
            ["pcgdp1940", "pcgdp2000"], [(0.1075426, 1.14406), (0.1513412, 1.50249)]))
    func mexicoMatchesTheDerivedDigits(column: String, derived: (Double, Double)) throws {
        let (values, weights) = try RegionalScienceFixture.mexico(column)
        let result = try MoranI.compute(values: values, weights: weights, permutations: 0)
        #expect(Self.matches(result.statistic, derived.0, decimals: 7), "\(result.statistic)")
        #expect(Self.matches(result.normality?.z, derived.1, decimals: 5))
    }

    @Test func mexicoNeedsTheCSVOrder() throws {
        // Read in the file's order (10 after 11, 23 after 24) the values would be misplaced.
        let values = try RegionalScienceFixture.Table("mexico/mexico.csv").numbers("pcgdp1940")
        let fileOrder = try RegionalScienceFixture.weights("mexico/mexico.gal")
        let misplaced = try MoranI.compute(values: values, weights: fileOrder, permutations: 0)
        #expect(!Self.matches(misplaced.statistic, 0.1075426, decimals: 7))
    }
}
