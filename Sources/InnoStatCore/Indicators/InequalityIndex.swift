import Foundation

/// Inequality of a measure X over n regions with population P, as defined in DESIGN.md
/// ("Indicator definitions"): y_i = X_i / P_i, p_i = P_i / ΣP, s_i = X_i / ΣX, μ = ΣX / ΣP,
/// ȳ = mean of y_i. For an index of levels rather than per-capita values, pass P_i = 1.
///
/// Every function returns nil where the index is undefined (no regions, a zero mean, a zero or
/// negative population, a negative value, or a logarithm of zero).
public enum InequalityIndex {
    /// 100 · Σ_{i in group} X_i / Σ X_i.
    public static func groupShare(values: [Double], inGroup: [Bool]) -> Double? {
        precondition(values.count == inGroup.count, "one group flag per value")
        let total = values.reduce(0, +)
        guard !values.isEmpty, total != 0 else { return nil }
        let group = zip(values, inGroup).filter(\.1).map(\.0).reduce(0, +)
        return 100 * group / total
    }

    /// Σ_i Σ_j |y_i − y_j| / (2 n² ȳ), without small-sample correction.
    public static func gini(_ y: [Double]) -> Double? {
        let n = Double(y.count)
        guard let mean = mean(y), mean > 0 else { return nil }
        var sum = 0.0
        for a in y {
            for b in y { sum += abs(a - b) }
        }
        return sum / (2 * n * n * mean)
    }

    /// Σ_i Σ_j p_i p_j |y_i − y_j| / (2μ).
    public static func weightedGini(values: [Double], populations: [Double]) -> Double? {
        guard let (y, p, mu) = perCapita(values, populations), mu > 0 else { return nil }
        var sum = 0.0
        for i in y.indices {
            for j in y.indices { sum += p[i] * p[j] * abs(y[i] - y[j]) }
        }
        return sum / (2 * mu)
    }

    /// Theil T: Σ s_i ln(s_i / p_i), with 0 · ln 0 = 0.
    public static func theilT(values: [Double], populations: [Double]) -> Double? {
        guard let (s, p) = shares(values, populations) else { return nil }
        return zip(s, p).reduce(0) { sum, pair in
            pair.0 == 0 ? sum : sum + pair.0 * log(pair.0 / pair.1)
        }
    }

    /// Theil L (mean log deviation): Σ p_i ln(p_i / s_i); undefined when some s_i is 0.
    public static func theilL(values: [Double], populations: [Double]) -> Double? {
        guard let (s, p) = shares(values, populations), !s.contains(0) else { return nil }
        return zip(s, p).reduce(0) { $0 + $1.1 * log($1.1 / $1.0) }
    }

    /// Theil T split over groups: between = Σ_g S_g ln(S_g / P_g); within = Σ_g S_g T_g with
    /// T_g the Theil T of group g on its own shares. between + within = Theil T.
    public static func theilDecomposition(
        values: [Double], populations: [Double], groups: [Int]
    ) -> (between: Double, within: Double)? {
        precondition(values.count == groups.count, "one group per value")
        guard let (s, p) = shares(values, populations) else { return nil }
        var groupShare: [Int: Double] = [:]
        var groupPopulation: [Int: Double] = [:]
        for (index, group) in groups.enumerated() {
            groupShare[group, default: 0] += s[index]
            groupPopulation[group, default: 0] += p[index]
        }
        var between = 0.0
        for (group, share) in groupShare where share > 0 {
            between += share * log(share / groupPopulation[group]!)
        }
        var within = 0.0
        for (index, group) in groups.enumerated() where s[index] > 0 {
            let share = groupShare[group]!
            let population = groupPopulation[group]!
            within += s[index] * log((s[index] / share) / (p[index] / population))
        }
        return (between, within)
    }

    /// Population standard deviation of y_i (dividing by n) over ȳ.
    public static func coefficientOfVariation(_ y: [Double]) -> Double? {
        guard let mean = mean(y), mean != 0 else { return nil }
        let variance = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(y.count)
        return variance.squareRoot() / mean
    }

    /// √(Σ p_i (y_i − μ)²) / μ.
    public static func williamson(values: [Double], populations: [Double]) -> Double? {
        guard let (y, p, mu) = perCapita(values, populations), mu != 0 else { return nil }
        let variance = zip(y, p).reduce(0) { $0 + $1.1 * ($1.0 - mu) * ($1.0 - mu) }
        return variance.squareRoot() / mu
    }

    /// max y_i / min y_i; undefined unless every y_i is positive.
    public static func maxMinRatio(_ y: [Double]) -> Double? {
        guard let low = y.min(), let high = y.max(), low > 0 else { return nil }
        return high / low
    }

    /// y_i = X_i / P_i.
    public static func ratios(values: [Double], populations: [Double]) -> [Double]? {
        precondition(values.count == populations.count, "one population per value")
        guard !populations.contains(where: { !($0 > 0) }) else { return nil }
        return zip(values, populations).map { $0 / $1 }
    }

    private static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// (y_i, p_i, μ).
    private static func perCapita(_ values: [Double], _ populations: [Double])
        -> ([Double], [Double], Double)?
    {
        guard !values.isEmpty, let y = ratios(values: values, populations: populations) else {
            return nil
        }
        let totalPopulation = populations.reduce(0, +)
        let p = populations.map { $0 / totalPopulation }
        return (y, p, values.reduce(0, +) / totalPopulation)
    }

    /// (s_i, p_i); needs positive populations, no negative value and a positive total.
    private static func shares(_ values: [Double], _ populations: [Double])
        -> ([Double], [Double])?
    {
        precondition(values.count == populations.count, "one population per value")
        let total = values.reduce(0, +)
        let totalPopulation = populations.reduce(0, +)
        guard !values.isEmpty, total > 0, !values.contains(where: { $0 < 0 }),
            !populations.contains(where: { !($0 > 0) })
        else { return nil }
        return (values.map { $0 / total }, populations.map { $0 / totalPopulation })
    }
}
