/// The text encoding of a CSV source.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8 if the first non-ASCII bytes form valid UTF-8, otherwise CP949.
    case auto
    /// UTF-8, with or without a byte order mark.
    case utf8 = "utf-8"
    /// Windows code page 949 (Unified Hangul Code), a superset of EUC-KR.
    case cp949
    /// EUC-KR (KS X 1001 only).
    case eucKR = "euc-kr"
    /// Windows code page 1252 (Western European), a superset of ISO 8859-1.
    case windows1252 = "windows-1252"

    /// Other names an encoding may be declared by.
    public static let aliases: [String: TextEncoding] = ["cp1252": .windows1252]

    /// The encoding `name` (any case) stands for, its aliases included, or nil.
    public init?(name: String) {
        let folded = name.lowercased()
        guard let encoding = TextEncoding(rawValue: folded) ?? Self.aliases[folded] else {
            return nil
        }
        self = encoding
    }

    /// The name iconv knows a legacy encoding by, nil for UTF-8 and `.auto`.
    var iconvName: String? {
        switch self {
        case .auto, .utf8: nil
        case .cp949: "CP949"
        case .eucKR: "EUC-KR"
        case .windows1252: "WINDOWS-1252"
        }
    }

    /// The error message for bytes that are not valid in this encoding.
    var invalidTextMessage: String {
        switch self {
        case .auto: "not valid UTF-8 or CP949 text"
        case .utf8: "not valid UTF-8 text"
        case .cp949: "not valid CP949 text"
        case .eucKR: "not valid EUC-KR text"
        case .windows1252: "not valid Windows-1252 text"
        }
    }
}
