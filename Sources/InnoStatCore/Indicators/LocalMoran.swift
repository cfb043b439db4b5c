/// Local Moran's I (LISA, Anselin 1995) with row-standardised weights, as PySAL's
/// `esda.Moran_Local` computes it: with z_i = (y_i − ȳ) / s, s the standard deviation dividing
/// by n (so Σ z² = n),
///
///     I_i = z_i · Σ_j w_ij z_j / m2,   m2 = Σ_k z_k² / (n − 1) = n / (n − 1).
///
/// (Anselin writes m2 = Σ z² / n; PySAL divides by n − 1.) Summed over the regions,
/// Σ_i I_i = ((n − 1) / n) · S0 · I for the global I; row-standardised weights have S0 = n,
/// so Σ_i I_i = (n − 1) · I.
///
/// The pseudo p-value is by conditional permutation: z_i stays, and its k_i neighbours' values
/// are drawn without replacement from the other n − 1 regions; one draw of positions serves
/// every region in a permutation, as in PySAL. The p-value is PySAL's "directed" one:
/// (m + 1) / (permutations + 1), m the permuted I_i ≥ I_i, or the rest when fewer.
public enum LocalMoran {
    /// Where a region sits in the Moran scatter plot: its own z, then its spatial lag. A
    /// value of exactly zero counts as low, as in PySAL.
    public enum Quadrant: String, Sendable, CaseIterable {
        case highHigh = "HH"
        case lowHigh = "LH"
        case lowLow = "LL"
        case highLow = "HL"

        init(z: Double, lag: Double) {
            switch (z > 0, lag > 0) {
            case (true, true): self = .highHigh
            case (false, true): self = .lowHigh
            case (false, false): self = .lowLow
            case (true, false): self = .highLow
            }
        }
    }

    public struct Region: Sendable, Equatable {
        /// I_i.
        public let statistic: Double
        /// z_i, the standardised value.
        public let z: Double
        /// Σ_j w_ij z_j, the mean z of the neighbours.
        public let spatialLag: Double
        public let quadrant: Quadrant
        /// The conditional permutation pseudo p-value; nil when no permutation was asked for.
        public let pseudoPValue: Double?
    }

    public struct Result: Sendable, Equatable {
        /// One per region, in the order of the weights' ids.
        public let regions: [Region]
        public let permutations: Int
        public let seed: UInt64
    }

    /// I_i for each region of `weights` (values in the order of its ids) and, for
    /// `permutations` > 0, the conditional permutation test from `seed`.
    public static func compute(
        values: [Double], weights: SpatialWeights, permutations: Int = 999,
        seed: UInt64 = SplitMix64.defaultSeed
    ) throws(MoranI.Failure) -> Result {
        precondition(permutations >= 0, "a count of permutations, 0 for none")
        let deviations = try MoranI.deviations(values, weights: weights)
        let n = Double(deviations.count)
        let standardDeviation = (deviations.reduce(0) { $0 + $1 * $1 } / n).squareRoot()
        let z = deviations.map { $0 / standardDeviation }
        let scale = (n - 1) / z.reduce(0) { $0 + $1 * $1 }
        let lag = weights.spatialLag(z)
        let statistics = zip(z, lag).map { scale * $0 * $1 }
        let pValues =
            permutations > 0
            ? conditionalPermutation(
                z, weights: weights, scale: scale, observed: statistics,
                permutations: permutations, seed: seed)
            : nil
        let regions = z.indices.map { i in
            Region(
                statistic: statistics[i], z: z[i], spatialLag: lag[i],
                quadrant: Quadrant(z: z[i], lag: lag[i]), pseudoPValue: pValues?[i])
        }
        return Result(regions: regions, permutations: permutations, seed: seed)
    }

    /// Each region's pseudo p-value: per permutation, a partial Fisher–Yates shuffle of the
    /// positions 0..<n−1 picks the first k_max; region i reads the first k_i of them, position
    /// m meaning region m when m < i and region m + 1 otherwise (i itself is never drawn).
    static func conditionalPermutation(
        _ z: [Double], weights: SpatialWeights, scale: Double, observed: [Double],
        permutations: Int, seed: UInt64
    ) -> [Double] {
        var generator = SplitMix64(seed: seed)
        let others = z.count - 1
        let widest = weights.neighbours.map(\.count).max() ?? 0
        var positions = Array(0..<others)
        var atLeastObserved = [Int](repeating: 0, count: z.count)
        for _ in 0..<permutations {
            for slot in 0..<widest {
                positions.swapAt(slot, slot + generator.bounded(others - slot))
            }
            for i in z.indices {
                let k = weights.neighbours[i].count
                var sum = 0.0
                for slot in 0..<k {
                    let m = positions[slot]
                    sum += z[m < i ? m : m + 1]
                }
                if scale * z[i] * (sum / Double(k)) >= observed[i] { atLeastObserved[i] += 1 }
            }
        }
        return atLeastObserved.map { count in
            Double(min(count, permutations - count) + 1) / Double(permutations + 1)
        }
    }
}
