/// Text read from a file made fit for one line of a terminal, a log or a ledger cell: control
/// characters escaped, long text cut to its two ends and its length.
///
/// `\0`, `\t`, `\n` and `\r` are written so; other C0 controls and DEL as `\x1b`, `\x7f`; C1
/// controls as `\u{85}`. A backslash is kept as it is. Escaped text has no control character
/// left, so escaping it again changes nothing.
public enum PrintableText {
    /// Characters of a reject's message kept before it is cut.
    public static let messageCharacters = 500
    /// Characters of a reject's raw text kept in `etl_reject.raw_text` before it is cut.
    public static let rawTextCharacters = 4096

    /// `text` with its control characters escaped.
    public static func escaped<Text: StringProtocol>(_ text: Text) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return String(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result += escape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` escaped; when it has more than `limit` characters (Unicode scalars), its first
    /// and last `limit / 2` with `…` between and its length in bytes:
    /// `first…last (20971520 bytes)`.
    public static func bounded(_ text: String, limit: Int) -> String {
        let scalars = text.unicodeScalars
        guard
            let cut = scalars.index(
                scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
            cut != scalars.endIndex
        else { return escaped(text) }
        let half = max(1, limit / 2)
        let head = String(String.UnicodeScalarView(scalars.prefix(half)))
        let tail = String(String.UnicodeScalarView(scalars.suffix(half)))
        return excerpt(head: head, tail: tail, byteCount: text.utf8.count)
    }

    /// The two ends of a text too long to keep, escaped: `head…tail (N bytes)`.
    public static func excerpt(head: String, tail: String, byteCount: Int) -> String {
        "\(escaped(head))…\(escaped(tail)) (\(byteCount) bytes)"
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\0": return "\\0"
        case "\t": return "\\t"
        case "\n": return "\\n"
        case "\r": return "\\r"
        default:
            let hex = String(scalar.value, radix: 16)
            let padded = hex.count < 2 ? "0" + hex : hex
            return scalar.value < 0x80 ? "\\x\(padded)" : "\\u{\(padded)}"
        }
    }
}
