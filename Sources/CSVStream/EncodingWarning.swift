/// Text detected as CP949 whose bytes read more plausibly as Windows-1252: a two-byte CP949
/// character outside KS X 1001 (a rare Hangul syllable) right after an ASCII letter or
/// digit, starting with a byte that is punctuation in Windows-1252 (`’` 0x92, `–` 0x96,
/// `…` 0x85 …) or another Latin character. Korean text almost never has one there.
public struct EncodingWarning: Equatable, Sendable, CustomStringConvertible {
    /// The display path of the file.
    public let file: String
    /// The physical line of the first such character.
    public let line: Int
    /// The 1-based field number of the first such character.
    public let column: Int
    /// The 0-based offset of its first byte in the original file bytes.
    public let byteOffset: Int
    /// The first such character as decoded (CP949).
    public let decoded: String
    /// Its bytes read as Windows-1252.
    public let windows1252: String
    /// How many such characters the file has.
    public let count: Int

    public init(
        file: String, line: Int, column: Int, byteOffset: Int, decoded: String,
        windows1252: String, count: Int
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.decoded = decoded
        self.windows1252 = windows1252
        self.count = count
    }

    /// What is suspicious, in lower case without a trailing period.
    public var message: String {
        let others = count > 1 ? "; \(count) such characters in the file, the first here" : ""
        return "detected as CP949, \"\(decoded)\" (byte \(byteOffset)) reads as Windows-1252 "
            + "\"\(windows1252)\"\(others)"
    }

    /// `file:line:column: warning: message`.
    public var description: String { "\(file):\(line):\(column): warning: \(message)" }
}
