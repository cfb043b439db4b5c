import Foundation

/// Text as a JSON string literal: `"`, `\` and control characters escaped. A YAML
/// double-quoted scalar reads the same escapes, so drafted pipeline files use it too.
public enum QuotedText {
    public static func json(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20: output += String(format: "\\u%04x", scalar.value)
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
