/// Byte-level UTF-8 checks used while decoding the input.
enum UTF8Scanner {
    /// What the bytes at some position hold.
    enum Sequence: Equatable {
        /// A well-formed character of `length` bytes.
        case valid(length: Int)
        /// The start of a well-formed character that the buffer cuts off.
        case incomplete
        /// Not well-formed UTF-8 (including overlong forms, surrogates and values above
        /// U+10FFFF).
        case invalid
    }

    /// The index of the first byte at or after `from` that is not ASCII, or `count`.
    @inline(__always)
    static func firstNonASCII(in base: UnsafePointer<UInt8>, from: Int, count: Int) -> Int {
        var index = from
        let raw = UnsafeRawPointer(base)
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 {
                break
            }
            index += 8
        }
        while index < count && base[index] < 0x80 {
            index += 1
        }
        return index
    }

    /// Classifies the character starting at `base[index]`, looking no further than `count`.
    static func sequence(in base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Sequence {
        let lead = base[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F:
            return .valid(length: 1)
        case 0xC2...0xDF:
            length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xED:
            length = 3
            high = 0x9F
        case 0xE1...0xEF:
            length = 3
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF4:
            length = 4
            high = 0x8F
        case 0xF1...0xF3:
            length = 4
        default:
            return .invalid
        }
        for offset in 1..<length {
            guard index + offset < count else { return .incomplete }
            let byte = base[index + offset]
            if byte < low || byte > high {
                return .invalid
            }
            low = 0x80
            high = 0xBF
        }
        return .valid(length: length)
    }
}
