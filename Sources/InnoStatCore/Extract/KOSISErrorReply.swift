import Foundation

/// KOSIS's OpenAPI answers a request it cannot serve with status 200 and a JSON object holding
/// `err` and `errMsg` (`{"err":"30","errMsg":"데이터가 존재하지 않습니다."}`), in place of the
/// data. Strict JSON and the form with bare keys (`{err:"30",errMsg:"…"}`) are both read.
public enum KOSISErrorReply {
    /// A reply is a small object; a larger body is data, not read here.
    public static let maximumBytes = 64 << 10

    /// `KOSIS error 30: 데이터가 존재하지 않습니다.` when `bytes` is such a reply, else nil.
    public static func message(in bytes: Data) -> String? {
        // Foundation's JSON5 scanner traps on some invalid UTF-8 instead of throwing.
        guard bytes.count <= maximumBytes, startsWithBrace(bytes),
            String(data: bytes, encoding: .utf8) != nil
        else { return nil }
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        guard let reply = try? decoder.decode(Reply.self, from: bytes),
            let code = reply.err.text, let message = reply.errMsg.text
        else { return nil }
        return PrintableText.bounded("KOSIS error \(code): \(message)", limit: 300)
    }

    private struct Reply: Decodable {
        let err: Scalar
        let errMsg: Scalar
    }

    /// A code or message given as text or as a number, trimmed; nil when empty.
    private struct Scalar: Decodable {
        let text: String?

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            let raw =
                (try? container.decode(String.self))
                ?? (try? container.decode(Double.self)).map(DecimalFormat.shortest) ?? ""
            let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            text = trimmed.isEmpty ? nil : trimmed
        }
    }

    /// Whether the first byte past white space and a UTF-8 byte-order mark is `{`.
    private static func startsWithBrace(_ bytes: Data) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        return rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
    }
}
