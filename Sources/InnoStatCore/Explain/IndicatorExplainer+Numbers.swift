import Foundation

/// How numbers are written in an explanation: inputs, sums and results as the shortest decimal
/// of the value rounded to 15 significant digits, per-region ratios and shares rounded for the
/// tables.
extension IndicatorExplainer {
    /// `value` as ``DecimalFormat/roundedShortest(_:)`` writes it; `none` for nil.
    static func describe(_ value: Double?) -> String {
        value.map(DecimalFormat.roundedShortest) ?? "none"
    }

    /// `value` to 6 significant digits, without an exponent unless it is below 1e-6.
    static func rounded(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return DecimalFormat.shortest(value) }
        let text = String(format: "%.6g", value)
        return abs(value) < 1e-6 ? text : DecimalFormat.shortest(Double(text) ?? value)
    }
}
