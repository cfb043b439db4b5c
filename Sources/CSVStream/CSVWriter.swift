/// Formats records as RFC 4180 CSV.
///
/// A field is quoted iff it contains the delimiter, a quote, CR or LF, or starts or ends with
/// a space; quotes inside are doubled. A record of one empty field is written `""` so that it
/// does not read back as a blank line.
public struct CSVWriter: Sendable {
    /// Appended after every record.
    public let lineEnding: String
    /// Separates fields.
    public let delimiter: Character

    private static let quote = UInt8(ascii: "\"")
    private static let space = UInt8(ascii: " ")

    /// Creates a writer with LF line ends and comma delimiters unless told otherwise.
    public init(lineEnding: String = "\n", delimiter: Character = ",") {
        self.lineEnding = lineEnding
        self.delimiter = delimiter
    }

    /// The record as CSV text, ending with ``lineEnding``.
    public func formatRecord(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        appendRecord(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the record as UTF-8 CSV text to `bytes`.
    func appendRecord(_ fields: [String], to bytes: inout [UInt8]) {
        if fields.count == 1 && fields[0].isEmpty {
            bytes.append(Self.quote)
            bytes.append(Self.quote)
        } else {
            for (index, field) in fields.enumerated() {
                if index > 0 {
                    bytes.append(contentsOf: delimiter.utf8)
                }
                appendField(field, to: &bytes)
            }
        }
        bytes.append(contentsOf: lineEnding.utf8)
    }

    private func appendField(_ field: String, to bytes: inout [UInt8]) {
        guard needsQuotes(field) else {
            bytes.append(contentsOf: field.utf8)
            return
        }
        bytes.append(Self.quote)
        for byte in field.utf8 {
            if byte == Self.quote {
                bytes.append(Self.quote)
            }
            bytes.append(byte)
        }
        bytes.append(Self.quote)
    }

    private func needsQuotes(_ field: String) -> Bool {
        let utf8 = field.utf8
        if utf8.first == Self.space || utf8.last == Self.space {
            return true
        }
        let special = utf8.contains {
            $0 == Self.quote || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n")
        }
        if special {
            return true
        }
        if let delimiterByte = delimiter.asciiValue {
            return utf8.contains(delimiterByte)
        }
        return field.contains(delimiter)
    }
}
