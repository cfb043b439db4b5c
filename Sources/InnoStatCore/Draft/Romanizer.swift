/// Hangul in Latin letters for measure codes (`총인구수` → `chongingusu`): each syllable by the
/// Revised Romanization's letters, without its sound-change rules, so the code is predictable
/// from the label.
enum Romanizer {
    private static let initials = [
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
        "p", "h",
    ]
    private static let vowels = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
        "we", "wi", "yu", "eu", "ui", "i",
    ]
    private static let finals = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
        "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
    ]

    /// A snake_case code: Hangul romanized, ASCII letters and digits kept lower-case, anything
    /// else a separator; a code that would not start with a letter starts with `m_`.
    static func code(_ text: String, limit: Int = 48) -> String {
        var code = ""
        var pendingSeparator = false
        func append(_ piece: String) {
            if pendingSeparator && !code.isEmpty { code += "_" }
            pendingSeparator = false
            code += piece
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0xAC00...0xD7A3).contains(value) {
                let index = Int(value - 0xAC00)
                append(initials[index / 588] + vowels[(index % 588) / 28] + finals[index % 28])
            } else if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            {
                append(String(scalar).lowercased())
            } else {
                pendingSeparator = true
            }
        }
        if code.isEmpty { code = "m" }
        if let first = code.unicodeScalars.first, !("a"..."z").contains(first) {
            code = "m_" + code
        }
        var cut = String(code.prefix(limit))
        while cut.hasSuffix("_") { cut.removeLast() }
        return cut
    }
}
