import Foundation

/// Where in a JSON-stat file a reading is: the file and the path to the dataset or dimension
/// (`link.item[1]`, `dataset "oecd"`, `dimension "geo"`), for one-line errors
/// `file: path: what is wrong`.
struct JSONStatPlace {
    let file: String
    let path: String

    init(file: String, path: String = "") {
        self.file = file
        self.path = path
    }

    func within(_ segment: String) -> JSONStatPlace {
        JSONStatPlace(file: file, path: path.isEmpty ? segment : "\(path): \(segment)")
    }

    func error(_ message: String) -> SourceFileError {
        SourceFileError(file: file, message: path.isEmpty ? message : "\(path): \(message)")
    }

    /// `member`'s text; nil when it is absent or null.
    func text(_ any: Any?, member: String) throws -> String? {
        guard let any, !(any is NSNull) else { return nil }
        guard let text = any as? String else {
            throw error("\(member) is \(Self.kind(of: any)), not text")
        }
        return text
    }

    /// A name from the file as a JSON string, cut after 80 characters.
    static func quoted(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 80 else { return QuotedText.json(text) }
        return QuotedText.json(String(String.UnicodeScalarView(scalars.prefix(80))) + "…")
    }

    /// `1 entry`, `6 entries`.
    static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    /// What a JSON value is, for a message: `text`, `a number`, `true`, `null`, `an array`.
    static func kind(of any: Any) -> String {
        switch any {
        case is String: return "text"
        case is NSNull: return "null"
        case let number as NSNumber:
            guard JSONNumberText.isBoolean(number) else { return "a number" }
            return number.boolValue ? "true" : "false"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return "\(type(of: any))"
        }
    }
}
