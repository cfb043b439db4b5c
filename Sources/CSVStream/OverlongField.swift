/// A field longer than ``CSVReaderOptions/maxFieldBytes``. The reader kept only its first and
/// last bytes, so the record holding it must be refused, not read: the field's text in the
/// record is its first bytes only.
public struct OverlongField: Sendable, Equatable {
    /// The 0-based index of the field in its record.
    public let index: Int
    /// The 1-based physical line where the field starts.
    public let line: Int
    /// The field's length in bytes of UTF-8 text, quotes taken off.
    public let byteCount: Int
    /// The limit it exceeds.
    public let limit: Int
    /// Its first bytes, cut at a character boundary.
    public let head: String
    /// Its last bytes, cut at a character boundary.
    public let tail: String

    /// How many bytes of each end the reader keeps.
    static let keptBytes = 96

    init(index: Int, line: Int, byteCount: Int, limit: Int, head: [UInt8], tail: [UInt8]) {
        self.index = index
        self.line = line
        self.byteCount = byteCount
        self.limit = limit
        self.head = String(decoding: Self.droppingCutCharacterAtEnd(head), as: UTF8.self)
        self.tail = String(decoding: Self.droppingCutCharacterAtStart(tail), as: UTF8.self)
    }

    private static func droppingCutCharacterAtEnd(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        var end = bytes.count
        var continuations = 0
        while end > 0 && bytes[end - 1] & 0xC0 == 0x80 && continuations < 3 {
            end -= 1
            continuations += 1
        }
        guard end > 0, bytes[end - 1] >= 0xC0 else { return bytes[...] }
        let lead = bytes[end - 1]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        return continuations + 1 < length ? bytes[..<(end - 1)] : bytes[...]
    }

    private static func droppingCutCharacterAtStart(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        var start = 0
        while start < bytes.count && start < 3 && bytes[start] & 0xC0 == 0x80 {
            start += 1
        }
        return bytes[start...]
    }
}
