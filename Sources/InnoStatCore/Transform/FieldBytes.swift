/// Reads single fields straight from the UTF-8 bytes a CSV record holds, without a `String`:
/// the hot path of microdata loading. Surrounding spaces and tabs are ignored; everything else
/// must match exactly.
enum FieldBytes {
    /// The most digits a whole number may have: below 2^53, so sums of them stay exact in a
    /// `Double` as long as the total does.
    static let maximumDigits = 15

    /// What a whole-number field holds.
    enum WholeNumber: Equatable {
        case value(Int64)
        case missing
        case malformed
        case tooLarge
    }

    /// What a Y/N field holds.
    enum Flag: Equatable {
        case value(Bool)
        case missing
        case malformed
    }

    /// `bytes` without leading and trailing spaces and tabs.
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end && isBlank(bytes[start]) {
            start += 1
        }
        while end > start && isBlank(bytes[end - 1]) {
            end -= 1
        }
        if start == 0 && end == bytes.count {
            return bytes
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Whether trimmed `bytes` are empty or the missing mark `-`.
    @inline(__always)
    static func isMissing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.isEmpty || (bytes.count == 1 && bytes[0] == UInt8(ascii: "-"))
    }

    /// A non-negative whole number in trimmed `bytes`: digits, optionally grouped by three with
    /// commas (`1,234,567`; `1,2,3` and `1234,567` are malformed); empty or `-` is missing.
    static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> WholeNumber {
        if isMissing(bytes) {
            return .missing
        }
        var value: Int64 = 0
        var digits = 0
        var group = 0
        var sawComma = false
        for byte in bytes {
            if byte == UInt8(ascii: ",") {
                if sawComma ? group != 3 : (group == 0 || group > 3) {
                    return .malformed
                }
                sawComma = true
                group = 0
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return .malformed }
            digits += 1
            group += 1
            if digits <= maximumDigits {
                value = value * 10 + Int64(digit)
            }
        }
        if sawComma && group != 3 {
            return .malformed
        }
        return digits > maximumDigits ? .tooLarge : .value(value)
    }

    /// `Y`/`N` or `1`/`0` (case ignored) in trimmed `bytes`; empty or `-` is missing.
    @inline(__always)
    static func flag(_ bytes: UnsafeBufferPointer<UInt8>) -> Flag {
        guard bytes.count == 1 else { return bytes.isEmpty ? .missing : .malformed }
        switch bytes[0] {
        case UInt8(ascii: "Y"), UInt8(ascii: "y"), UInt8(ascii: "1"): return .value(true)
        case UInt8(ascii: "N"), UInt8(ascii: "n"), UInt8(ascii: "0"): return .value(false)
        case UInt8(ascii: "-"): return .missing
        default: return .malformed
        }
    }

    /// A year `1000`–`2999` (four digits, as periods are) in trimmed `bytes`, or nil.
    @inline(__always)
    static func year(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 4, bytes[0] == UInt8(ascii: "1") || bytes[0] == UInt8(ascii: "2")
        else { return nil }
        var value = 0
        for byte in bytes {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// Whether trimmed `bytes` are a KSIC code: a section letter `A`–`U` and two to five digits
    /// (`C10`, `C26429`).
    @inline(__always)
    static func isKSIC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (3...6).contains(bytes.count),
            bytes[0] >= UInt8(ascii: "A") && bytes[0] <= UInt8(ascii: "U")
        else { return false }
        for byte in bytes.dropFirst() where byte &- UInt8(ascii: "0") >= 10 {
            return false
        }
        return true
    }

    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
