import Foundation

/// Text and numbers written into HTML and SVG. The page is also well-formed XML, so tests can
/// read it with an XML parser: every attribute is quoted and escaped, void elements close.
public enum Markup {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, fit for element content and attributes.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// An element: attribute values are escaped here, `content` is markup already (nil: `<x/>`).
    public static func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ content: String? = nil
    ) -> String {
        var tag = "<" + name
        for (key, value) in attributes {
            tag += " \(key)=\"\(escape(value))\""
        }
        guard let content else { return tag + "/>" }
        return tag + ">" + content + "</" + name + ">"
    }

    /// An element holding only `text`, escaped.
    public static func text(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ text: String
    ) -> String {
        element(name, attributes, escape(text))
    }

    /// An SVG coordinate: at most two decimals, no trailing zeros (`12`, `12.5`, `-3.25`).
    public static func coordinate(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
