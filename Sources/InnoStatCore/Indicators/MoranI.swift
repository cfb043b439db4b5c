import Foundation

/// Global Moran's I with row-standardised weights, as PySAL's `esda.Moran` computes it:
/// I = (n / S0) · Σ_i z_i Σ_j w_ij z_j / Σ_i z_i², z_i = y_i − ȳ, with E[I] = −1 / (n − 1).
///
/// Variances (Cliff and Ord 1981), with S0, S1, S2 of ``SpatialWeights/Moments``:
/// - normality: (n² S1 − n S2 + 3 S0²) / ((n − 1)(n + 1) S0²) − E[I]²;
/// - randomisation, with the kurtosis b2 = (Σz⁴ / n) / (Σz² / n)²:
///   [n((n² − 3n + 3) S1 − n S2 + 3 S0²) − b2((n² − n) S1 − 2n S2 + 6 S0²)]
///   / ((n − 1)(n − 2)(n − 3) S0²) − E[I]².
///
/// Each z = (I − E[I]) / √variance has a two-tailed p-value from the normal distribution. The
/// permutation test shuffles the values over the regions with ``SplitMix64`` from `seed`.
public enum MoranI {
    /// A z-test of I under one null hypothesis.
    public struct Inference: Sendable, Equatable {
        public let variance: Double
        /// (I − E[I]) / √variance.
        public let z: Double
        /// P(|Z| ≥ |z|) for a standard normal Z.
        public let pValue: Double
    }

    /// I recomputed over random permutations of the values.
    public struct Permutation: Sendable, Equatable {
        public let permutations: Int
        public let seed: UInt64
        /// How many permuted I were ≥ the observed I.
        public let atLeastObserved: Int
        /// (m + 1) / (permutations + 1), with m the permuted I on the observed value's side:
        /// ``atLeastObserved``, or the rest when fewer (PySAL's `p_sim`).
        public let pseudoPValue: Double
        /// Mean and standard deviation (dividing by the count) of the permuted I.
        public let mean: Double
        public let standardDeviation: Double
    }

    public struct Result: Sendable, Equatable {
        /// I.
        public let statistic: Double
        /// E[I] = −1 / (n − 1).
        public let expected: Double
        /// Under normality; nil when its variance is not positive.
        public let normality: Inference?
        /// Under randomisation; nil when its variance is not positive.
        public let randomisation: Inference?
        /// nil when no permutation was asked for.
        public let permutation: Permutation?
        public let regions: Int
    }

    /// Why Moran's I (global or local) is undefined. Positions count from 0 in the order of
    /// the weights' ids.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case valueCount(values: Int, regions: Int)
        case tooFewRegions(have: Int)
        case nonFiniteValue(position: Int, value: Double)
        case constantValues

        public var description: String {
            switch self {
            case .valueCount(let values, let regions):
                "\(values) value(s) for \(regions) region(s) of the weights"
            case .tooFewRegions(let have):
                "\(have) region(s), Moran's I needs at least 4"
            case .nonFiniteValue(let position, let value):
                "region \(position): value \(value) is not a finite number"
            case .constantValues: "every region has the same value: Moran's I is undefined"
            }
        }
    }

    /// Moran's I of `values` (one per region, in the order of `weights.ids`), its moments
    /// and, for `permutations` > 0, its permutation test from `seed`.
    public static func compute(
        values: [Double], weights: SpatialWeights, permutations: Int = 999,
        seed: UInt64 = SplitMix64.defaultSeed
    ) throws(Failure) -> Result {
        precondition(permutations >= 0, "a count of permutations, 0 for none")
        let z = try deviations(values, weights: weights)
        let n = Double(z.count)
        let moments = weights.moments
        let sumOfSquares = z.reduce(0) { $0 + $1 * $1 }
        let scale = n / moments.s0 / sumOfSquares
        let statistic = scale * crossProduct(z, weights: weights)
        let expected = -1 / (n - 1)
        let inference = { (variance: Double) -> Inference? in
            guard variance > 0 else { return nil }
            let z = (statistic - expected) / variance.squareRoot()
            return Inference(variance: variance, z: z, pValue: StandardNormal.twoTailedPValue(z))
        }
        let test =
            permutations > 0
            ? permutationTest(
                z, weights: weights, scale: scale, observed: statistic,
                permutations: permutations, seed: seed)
            : nil
        return Result(
            statistic: statistic, expected: expected,
            normality: inference(normalityVariance(n: n, moments)),
            randomisation: inference(randomisationVariance(z, moments)), permutation: test,
            regions: z.count)
    }

    /// y − ȳ, after the checks every Moran statistic makes.
    static func deviations(_ values: [Double], weights: SpatialWeights) throws(Failure)
        -> [Double]
    {
        guard values.count == weights.count else {
            throw .valueCount(values: values.count, regions: weights.count)
        }
        guard values.count >= 4 else { throw .tooFewRegions(have: values.count) }
        if let position = values.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteValue(position: position, value: values[position])
        }
        let mean = values.reduce(0, +) / Double(values.count)
        let z = values.map { $0 - mean }
        guard z.contains(where: { $0 != 0 }) else { throw .constantValues }
        return z
    }

    /// Σ_i z_i Σ_j w_ij z_j.
    static func crossProduct(_ z: [Double], weights: SpatialWeights) -> Double {
        zip(z, weights.spatialLag(z)).reduce(0) { $0 + $1.0 * $1.1 }
    }

    static func normalityVariance(n: Double, _ m: SpatialWeights.Moments) -> Double {
        let s02 = m.s0 * m.s0
        let expected = -1 / (n - 1)
        return (n * n * m.s1 - n * m.s2 + 3 * s02) / ((n - 1) * (n + 1) * s02)
            - expected * expected
    }

    static func randomisationVariance(_ z: [Double], _ m: SpatialWeights.Moments) -> Double {
        let n = Double(z.count)
        let s02 = m.s0 * m.s0
        let secondMoment = z.reduce(0) { $0 + $1 * $1 } / n
        let fourthMoment = z.reduce(0) { $0 + $1 * $1 * $1 * $1 } / n
        let kurtosis = fourthMoment / (secondMoment * secondMoment)
        let a = n * ((n * n - 3 * n + 3) * m.s1 - n * m.s2 + 3 * s02)
        let b = kurtosis * ((n * n - n) * m.s1 - 2 * n * m.s2 + 6 * s02)
        let expected = -1 / (n - 1)
        return (a - b) / ((n - 1) * (n - 2) * (n - 3) * s02) - expected * expected
    }

    static func permutationTest(
        _ z: [Double], weights: SpatialWeights, scale: Double, observed: Double,
        permutations: Int, seed: UInt64
    ) -> Permutation {
        var generator = SplitMix64(seed: seed)
        var shuffled = z
        var atLeastObserved = 0
        var sum = 0.0
        var sumOfSquares = 0.0
        for _ in 0..<permutations {
            generator.shuffle(&shuffled)
            let statistic = scale * crossProduct(shuffled, weights: weights)
            if statistic >= observed { atLeastObserved += 1 }
            sum += statistic
            sumOfSquares += statistic * statistic
        }
        let count = Double(permutations)
        let mean = sum / count
        let onObservedSide = min(atLeastObserved, permutations - atLeastObserved)
        return Permutation(
            permutations: permutations, seed: seed, atLeastObserved: atLeastObserved,
            pseudoPValue: Double(onObservedSide + 1) / (count + 1), mean: mean,
            standardDeviation: max(sumOfSquares / count - mean * mean, 0).squareRoot())
    }
}
