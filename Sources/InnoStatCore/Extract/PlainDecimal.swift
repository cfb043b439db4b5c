/// A sheet's number as a table writes it: the XML-Schema double form a workbook stores
/// (`4.7732558E7`, `161.0`, `-1.5E-3`) as plain decimal text (`47732558`, `161`, `-0.0015`),
/// digit for digit, never through a binary double. Text that is no such number (`INF`, `NaN`)
/// is kept as it is, for the value reader to refuse.
enum PlainDecimal {
    static func text(_ written: String) -> String {
        if isPlain(written.utf8) { return written }
        var scalars = Substring(written)
        var sign = ""
        if let first = scalars.first, first == "-" || first == "+" {
            if first == "-" { sign = "-" }
            scalars = scalars.dropFirst()
        }
        var exponent = 0
        if let marker = scalars.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let power = Int(scalars[scalars.index(after: marker)...]), abs(power) < 400
            else { return written }
            exponent = power
            scalars = scalars[..<marker]
        }
        let parts = scalars.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !scalars.isEmpty,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return written }
        let fraction = parts.count == 2 ? parts[1] : ""
        var digits = Array(parts[0] + fraction)
        var point = parts[0].count + exponent
        if digits.isEmpty { return written }
        if point < 0 {
            digits.insert(contentsOf: Array(repeating: "0", count: -point), at: 0)
            point = 0
        }
        if point > digits.count {
            digits.append(contentsOf: Array(repeating: "0", count: point - digits.count))
        }
        var whole = String(digits[..<point]).drop { $0 == "0" }
        var decimals = Substring(String(digits[point...]))
        while decimals.last == "0" { decimals = decimals.dropLast() }
        if whole.isEmpty { whole = "0" }
        let number = decimals.isEmpty ? String(whole) : "\(whole).\(decimals)"
        return number == "0" ? number : sign + number
    }

    /// Whether `utf8` is already plain: an optional minus on a non-zero number, digits without
    /// a leading zero, and an optional point followed by digits that do not end in zero.
    private static func isPlain(_ utf8: String.UTF8View) -> Bool {
        var bytes = utf8[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        let point = bytes.firstIndex(of: UInt8(ascii: "."))
        let whole = bytes[..<(point ?? bytes.endIndex)]
        guard let first = whole.first, first != UInt8(ascii: "0") || whole.count == 1,
            whole.allSatisfy(isDigit)
        else { return false }
        guard let point else { return !(negative && first == UInt8(ascii: "0")) }
        let fraction = bytes[bytes.index(after: point)...]
        guard let last = fraction.last else { return false }
        return last != UInt8(ascii: "0") && fraction.allSatisfy(isDigit)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
