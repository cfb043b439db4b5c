import Foundation

/// σ-convergence: the dispersion of ln y across regions, year by year. Dispersion that falls
/// over time is σ-convergence.
///
/// σ = √(Σ_i w_i (ln y_i − m)²) with m = Σ_i w_i ln y_i: the standard deviation dividing by n
/// (w_i = 1/n) or, when declared, weighted by population shares (w_i = P_i / ΣP). Stata's
/// `summarize` and `ci variances` divide by n − 1 instead: their variance is σ² · n / (n − 1).
public enum SigmaConvergence {
    /// How the regions of one year count.
    public enum Weighting: Sendable, Equatable {
        /// Each region 1/n.
        case equal
        /// Region i by P_i / ΣP, with the populations aligned with the values.
        case populationShares([Double])
    }

    /// The dispersion of one year's cross-section.
    public struct Dispersion: Sendable, Equatable {
        /// σ of ln y.
        public let standardDeviation: Double
        /// m, the (weighted) mean of ln y.
        public let meanLog: Double
        public let regions: Int

        /// σ²: the variance dividing by n (or by the weights).
        public var variance: Double { standardDeviation * standardDeviation }
    }

    /// The regions present in one year.
    public struct CrossSection: Sendable, Equatable {
        public var values: [Double]
        public var weighting: Weighting

        public init(values: [Double], weighting: Weighting = .equal) {
            self.values = values
            self.weighting = weighting
        }
    }

    /// One year of a series.
    public struct Point: Sendable, Equatable {
        public let year: Int
        public let dispersion: Dispersion
    }

    /// Why a dispersion is undefined. Positions count from 0 in the order given.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case tooFewRegions(have: Int)
        case nonPositiveValue(position: Int, value: Double)
        case nonPositivePopulation(position: Int, value: Double)
        case populationCount(values: Int, populations: Int)
        /// Where a series failed: the year, then what.
        indirect case inYear(Int, Failure)

        public var description: String {
            switch self {
            case .tooFewRegions(let have):
                "\(have) region(s), σ-convergence needs at least 2"
            case .nonPositiveValue(let position, let value):
                "region \(position): value \(value) is not a positive finite number, ln y needs one"
            case .nonPositivePopulation(let position, let value):
                "region \(position): population \(value) is not a positive finite number"
            case .populationCount(let values, let populations):
                "\(values) value(s) but \(populations) population(s)"
            case .inYear(let year, let failure): "\(year): \(failure)"
            }
        }
    }

    /// σ of ln y over the regions of one cross-section. Throws for fewer than 2 regions and
    /// for a value or population that is not positive and finite.
    public static func dispersion(of values: [Double], weighting: Weighting = .equal)
        throws(Failure) -> Dispersion
    {
        guard values.count >= 2 else { throw .tooFewRegions(have: values.count) }
        if let position = values.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw .nonPositiveValue(position: position, value: values[position])
        }
        let shares = try weights(for: values.count, weighting)
        let logs = values.map { log($0) }
        let mean = zip(shares, logs).reduce(0) { $0 + $1.0 * $1.1 }
        let variance = zip(shares, logs).reduce(0) { $0 + $1.0 * ($1.1 - mean) * ($1.1 - mean) }
        return Dispersion(
            standardDeviation: variance.squareRoot(), meanLog: mean, regions: values.count)
    }

    /// The dispersion of each year's cross-section (the regions present that year), in
    /// ascending years. A failure says its year.
    public static func series(_ crossSections: [Int: CrossSection]) throws(Failure) -> [Point] {
        var points: [Point] = []
        for year in crossSections.keys.sorted() {
            let section = crossSections[year]!
            do {
                let dispersion = try dispersion(of: section.values, weighting: section.weighting)
                points.append(Point(year: year, dispersion: dispersion))
            } catch {
                throw .inYear(year, error)
            }
        }
        return points
    }

    private static func weights(for count: Int, _ weighting: Weighting) throws(Failure)
        -> [Double]
    {
        guard case .populationShares(let populations) = weighting else {
            return [Double](repeating: 1 / Double(count), count: count)
        }
        guard populations.count == count else {
            throw .populationCount(values: count, populations: populations.count)
        }
        if let position = populations.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw .nonPositivePopulation(position: position, value: populations[position])
        }
        // Scaled by the largest first, so that the total cannot overflow.
        let largest = populations.max()!
        let scaled = populations.map { $0 / largest }
        let total = scaled.reduce(0, +)
        return scaled.map { $0 / total }
    }
}
