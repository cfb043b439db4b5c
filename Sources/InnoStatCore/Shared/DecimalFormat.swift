import Foundation

/// Numbers as the shortest decimal text that reads back to the same Double, without exponent:
/// `1981`, `56`, `0.5`, `76.1`.
public enum DecimalFormat {
    /// The shortest decimal of `value` rounded to 15 significant digits, the most a Double
    /// always holds: arithmetic noise such as `70.09999999999998` prints as `70.1`. Exports,
    /// the report and explain write values with it.
    public static func roundedShortest(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return shortest(value) }
        return shortest(Double(String(format: "%.15g", value)) ?? value)
    }

    public static func shortest(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        let text = "\(value)"
        guard let exponentIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
            return text
        }
        return expand(
            mantissa: String(text[..<exponentIndex]),
            exponent: Int(text[text.index(after: exponentIndex)...]) ?? 0)
    }

    private static func expand(mantissa: String, exponent: Int) -> String {
        let negative = mantissa.hasPrefix("-")
        let body = negative ? String(mantissa.dropFirst()) : mantissa
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let integer = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = integer + fraction
        var point = integer.count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: -point + 1) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        var result = String(digits.prefix(point))
        var rest = String(digits.dropFirst(point))
        while rest.hasSuffix("0") { rest.removeLast() }
        if !rest.isEmpty { result += "." + rest }
        while result.count > 1 && result.hasPrefix("0") && !result.hasPrefix("0.") {
            result.removeFirst()
        }
        return (negative ? "-" : "") + result
    }
}

extension DecimalFormat {
    /// A whole number with a comma between groups of three digits: `12,345`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }
}
