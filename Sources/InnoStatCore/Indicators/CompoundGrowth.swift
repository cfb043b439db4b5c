import Foundation

/// Compound annual growth between two observations.
public enum CompoundGrowth {
    /// 100 · ((last / first)^(1 / (lastYear − firstYear)) − 1), in percent per year; nil unless
    /// the span is positive and both values are positive.
    public static func annualRate(
        firstYear: Int, first: Double, lastYear: Int, last: Double
    ) -> Double? {
        guard lastYear > firstYear, first > 0, last > 0 else { return nil }
        return 100 * (pow(last / first, 1 / Double(lastYear - firstYear)) - 1)
    }
}
