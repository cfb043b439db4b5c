import Foundation

/// A JSON number as decimal text, from the NSNumber JSONSerialization gives for it:
///
/// - an integer (up to 64 bits) as its digits: `955`, `-12`, `12345678901234567890`;
/// - a number with a fraction or an exponent as the shortest decimal that reads back to the
///   same Double (Swift's `description`), made plain by ``PlainDecimal``, without exponent or
///   trailing `.0`: `34880.5`, `1.0` → `1`, `2.50` → `2.5`, `1e3` → `1000`, `1.5e-7` →
///   `0.00000015`. That is the text the file wrote unless it wrote zeros a Double does not
///   keep, or more digits than a Double holds;
/// - a number JSONSerialization keeps as an NSDecimalNumber because a Double cannot hold it
///   (over 17 significant digits, an integer past 64 bits) as that decimal's plain digits.
///
/// JSONSerialization gives `true` and `false` as NSNumbers of type `c`, which no JSON number
/// has: they are no number here.
enum JSONNumberText {
    static func text(_ number: NSNumber) -> String? {
        if let decimal = number as? NSDecimalNumber {
            return PlainDecimal.text(decimal.description)
        }
        switch UInt8(bitPattern: number.objCType.pointee) {
        case UInt8(ascii: "c"), UInt8(ascii: "B"): return nil
        case UInt8(ascii: "d"), UInt8(ascii: "f"): return PlainDecimal.text("\(number.doubleValue)")
        case UInt8(ascii: "Q"), UInt8(ascii: "L"), UInt8(ascii: "I"): return "\(number.uint64Value)"
        default: return "\(number.int64Value)"
        }
    }

    static func isBoolean(_ number: NSNumber) -> Bool {
        let type = UInt8(bitPattern: number.objCType.pointee)
        return type == UInt8(ascii: "c") || type == UInt8(ascii: "B")
    }

    /// A whole number below 10^15 (positions, sizes, decimals), written `3` or `3.0`.
    static func integer(_ any: Any) -> Int? {
        guard let number = any as? NSNumber, !isBoolean(number) else { return nil }
        let value = number.doubleValue
        guard value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }
}
