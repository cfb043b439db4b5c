import Foundation

/// A fetch url as the pipeline writes it, `${NAME}` standing for the value of the environment
/// variable NAME (`https://kosis.kr/openapi/…?apiKey=${KOSIS_API_KEY}`). The text as written is
/// the masked form: the only one ever shown or stored. The values are read when fetching.
public struct URLTemplate: Sendable, Equatable, CustomStringConvertible {
    /// The url as written, `${NAME}` unexpanded.
    public let text: String
    /// The variables it names, in order, each once.
    public let variables: [String]

    /// Why a url cannot be a template, in the words of a pipeline error.
    struct Mistake: Error {
        let message: String
    }

    /// The value of an environment variable the url needs is not set.
    public struct MissingVariable: Error, Equatable, Sendable {
        public let name: String
    }

    init(parsing text: String) throws {
        guard text.lowercased().hasPrefix("http://") || text.lowercased().hasPrefix("https://")
        else { throw Mistake(message: "must start with http:// or https://") }
        var variables: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
                throw Mistake(message: "\"${\" is not closed by \"}\"")
            }
            let name = String(rest[open.upperBound..<close])
            guard Self.isVariableName(name) else {
                throw Mistake(
                    message: "\"${\(name)}\" is not a variable name (letters, digits and _, "
                        + "not starting with a digit)")
            }
            if !variables.contains(name) { variables.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        self.text = text
        self.variables = variables
        let sample = variables.reduce(text) { $0.replacingOccurrences(of: "${\($1)}", with: "x") }
        guard let url = URL(string: sample), url.host?.isEmpty == false else {
            throw Mistake(message: "not a url with a host")
        }
    }

    public var description: String { text }

    /// The url with every variable's value from `environment`, percent-encoded so that a key
    /// holding `+`, `=` or `/` arrives as it is. Throws naming the first variable not set.
    func expanded(in environment: [String: String]) throws -> ExpandedURL {
        var expanded = text
        var secrets: [ExpandedURL.Secret] = []
        for name in variables {
            guard let value = environment[name] else { throw MissingVariable(name: name) }
            let encoded =
                value.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? value
            expanded = expanded.replacingOccurrences(of: "${\(name)}", with: encoded)
            secrets.append(ExpandedURL.Secret(name: name, forms: [value, encoded]))
        }
        guard let url = URL(string: expanded) else {
            throw Mistake(message: "\(text) is not a url once its variables are expanded")
        }
        return ExpandedURL(url: url, masked: text, secrets: secrets)
    }

    /// RFC 3986's unreserved characters: what a value may hold as it is.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func isVariableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else {
            return false
        }
        return name.unicodeScalars.allSatisfy {
            $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0)
                || ("0"..."9").contains($0)
        }
    }
}

/// A template's url with its variables' values: what is requested, never shown.
struct ExpandedURL: Sendable {
    struct Secret: Sendable {
        let name: String
        /// The value as set and as it stands in the url.
        let forms: [String]
    }

    let url: URL
    /// The template as written: how the url is shown.
    let masked: String
    let secrets: [Secret]

    /// `text` (a message of the network library, which may quote the url) with every value
    /// of a variable put back as `${NAME}`.
    func mask(_ text: String) -> String {
        var masked = text
        for secret in secrets {
            for form in secret.forms.sorted(by: { $0.count > $1.count }) where !form.isEmpty {
                masked = masked.replacingOccurrences(of: form, with: "${\(secret.name)}")
            }
        }
        return masked
    }
}
