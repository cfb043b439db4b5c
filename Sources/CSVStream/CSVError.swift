#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An error reading or writing CSV, located in its file where possible.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The display path of the file.
    public let file: String
    /// The 1-based physical line.
    public let line: Int?
    /// The 1-based field number within the record.
    public let column: Int?
    /// The 0-based offset in the original file bytes.
    public let byteOffset: Int?
    /// What went wrong, in lower case without a trailing period.
    public let message: String

    /// Creates an error; with a `line`, a `byteOffset` follows the message in parentheses.
    public init(
        file: String,
        line: Int? = nil,
        column: Int? = nil,
        byteOffset: Int? = nil,
        message: String
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.message = message
    }

    /// `file:line:column: message`, `file:line: message` (each with ` (byte N)` after the
    /// message when the offset is known), `file: byte N: message` or `file: message`.
    public var description: String {
        if let line {
            let offset = byteOffset.map { " (byte \($0))" } ?? ""
            if let column {
                return "\(file):\(line):\(column): \(message)\(offset)"
            }
            return "\(file):\(line): \(message)\(offset)"
        }
        if let byteOffset {
            return "\(file): byte \(byteOffset): \(message)"
        }
        return "\(file): \(message)"
    }

    /// An error for a failed system call: `"<action>: <strerror in lower case>"`.
    static func system(file: String, action: String, code: Int32) -> CSVError {
        let reason = String(cString: strerror(code)).lowercased()
        return CSVError(file: file, message: "\(action): \(reason)")
    }
}
