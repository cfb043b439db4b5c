import Foundation

/// The KOSIS OpenAPI's error answer, `{"err":"30","errMsg":"데이터가 존재하지 않습니다."}`,
/// which comes with status 200 instead of data.
enum KOSISErrorReply {
    /// `KOSIS error 30: 데이터가 존재하지 않습니다.` for an error reply; nil for anything else.
    static func message(in bytes: Data) -> String? {
        guard bytes.count < 4096, bytes.first(where: { !Self.isSpace($0) }) == UInt8(ascii: "{"),
            let object = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any],
            let code = object["err"], let message = object["errMsg"]
        else { return nil }
        return PrintableText.bounded("KOSIS error \(code): \(message)", limit: 300)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
