import Foundation

/// Numbers for people: thousands separators and a fixed number of decimals (`1,234,567.8`).
public enum ReportNumber {
    /// `value` rounded to `decimals` places, the integer part grouped by three with commas.
    public static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        var text = String(format: "%.\(max(0, decimals))f", value)
        var negative = false
        if text.hasPrefix("-") {
            text.removeFirst()
            negative = text.contains(where: { $0 != "0" && $0 != "." })
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var integer = ""
        for (index, digit) in parts[0].reversed().enumerated() {
            if index > 0 && index % 3 == 0 { integer.append(",") }
            integer.append(digit)
        }
        var result = String(integer.reversed())
        if parts.count > 1 { result += "." + parts[1] }
        return (negative ? "-" : "") + result
    }

    /// A year as written (`1981`), never grouped.
    public static func year(_ value: Double) -> String {
        String(Int(value.rounded()))
    }

    /// The decimals that show a tick step exactly: 0 for 20, 1 for 2.5 or 0.5, 2 for 0.05.
    public static func decimals(forStep step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        var decimals = 0
        var scaled = step
        while decimals < 6 && abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            decimals += 1
        }
        return decimals
    }
}
