/// Reads published figures by hand (never `NumberFormatter`, which reads `1,234억` as 1234):
/// thousands separators, Korean magnitudes, missing marks, flags, footnotes, bounds and ratios.
public enum ValueParser {
    /// Why a cell is not a figure; the message completes `"<raw>" …`.
    public struct Failure: Error, Equatable, Sendable {
        public let reason: String
    }

    static let missingMarks: Set<String> = [
        "", "-", "－", "–", "—", "―", "…", "...", "‥", "..", "x", "X", "NA", "N/A", "n/a",
    ]
    static let magnitudes: [Character: Double] = ["천": 1e3, "만": 1e4, "억": 1e8, "조": 1e12]

    public static func parse(_ raw: String) -> Result<ParsedValue, Failure> {
        var text = Substring(raw).trimmingWhitespace()
        if missingMarks.contains(String(text)) {
            return .success(ParsedValue(value: nil, status: .missing))
        }
        var result = ParsedValue(value: nil)
        let flags = stripMarkers(from: &text, into: &result)
        if text.hasSuffix("%") {
            result.isPercent = true
            text = text.dropLast().trimmingWhitespace()
        }
        if text.contains(":") {
            guard let parts = ratio(text) else {
                return .failure(Failure(reason: "is not a number or a ratio"))
            }
            result.ratioParts = parts
            result.status = flags.first ?? .normal
            return .success(result)
        }
        if text.hasSuffix("원") {
            result.isKRW = true
            text = text.dropLast().trimmingWhitespace()
        }
        if text.contains(where: { magnitudes[$0] != nil }) {
            guard let value = koreanMagnitude(text) else {
                return .failure(Failure(reason: "is not a number"))
            }
            result.value = value
            result.isInBaseUnit = true
        } else {
            guard let value = plainNumber(text) else {
                return .failure(Failure(reason: "is not a number"))
            }
            result.value = value
        }
        if missingMarks.contains(String(text)) {
            return .failure(Failure(reason: "is not a number"))
        }
        result.status = flags.first ?? .normal
        return .success(result)
    }

    /// Takes footnote markers, a trailing flag and a leading bound (`>66.7`) off the text, noting
    /// them in `result`; returns the statuses they imply, the first winning.
    private static func stripMarkers(
        from text: inout Substring, into result: inout ParsedValue
    ) -> [ObservationStatus] {
        var flags: [ObservationStatus] = []
        if let (marker, rest) = leadingFootnote(text) {
            result.note = "footnote \(marker)"
            flags.append(.definitionDiffers)
            text = rest
        } else if let (marker, rest) = trailingFootnote(text) {
            result.note = "footnote \(marker)"
            flags.append(.definitionDiffers)
            text = rest
        }
        if let (flag, rest) = trailingFlag(text) {
            flags.append(flag)
            text = rest
        }
        if let (bound, rest) = leadingBound(text) {
            result.note = result.note.map { "\(bound); \($0)" } ?? bound
            flags.append(.estimated)
            text = rest
        }
        return flags
    }

    /// `1,234`, `-1234.5`, `△12` (Korean tables write △ for minus). Thousands groups must be
    /// exactly three digits: `1,2,3` is not a number.
    static func plainNumber(_ text: Substring) -> Double? {
        var digits = ""
        var scalars = Substring.UnicodeScalarView(text.unicodeScalars)
        var negative = false
        if let first = scalars.first, first == "-" || first == "−" || first == "△" || first == "+" {
            negative = first != "+"
            scalars.removeFirst()
            if let next = scalars.first, next == " " { return nil }
        }
        var integerPart = ""
        var fraction: String?
        var groups: [Int] = []
        var current = 0
        for scalar in scalars {
            if let f = fraction {
                guard scalar.properties.numericType != nil, scalar.isASCII else { return nil }
                fraction = f + String(scalar)
                continue
            }
            switch scalar {
            case "0"..."9":
                integerPart.unicodeScalars.append(scalar)
                current += 1
            case ",":
                groups.append(current)
                current = 0
            case ".":
                fraction = ""
            default:
                return nil
            }
        }
        groups.append(current)
        if groups.count > 1 {
            guard (1...3).contains(groups[0]), groups.dropFirst().allSatisfy({ $0 == 3 }) else {
                return nil
            }
        }
        if let fraction, fraction.isEmpty { return nil }
        if integerPart.isEmpty && fraction == nil { return nil }
        digits = (integerPart.isEmpty ? "0" : integerPart) + (fraction.map { ".\($0)" } ?? "")
        guard let magnitude = Double(digits) else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// `1조 2,345억`, `2.5조`, `3만`: numbers each followed by a magnitude, summed.
    static func koreanMagnitude(_ text: Substring) -> Double? {
        var total = 0.0
        var pending = Substring("")
        var lastMagnitude = Double.infinity
        var sawTerm = false
        for character in text {
            if let magnitude = magnitudes[character] {
                guard magnitude < lastMagnitude,
                    let number = plainNumber(pending.trimmingWhitespace())
                else { return nil }
                total += number * magnitude
                lastMagnitude = magnitude
                pending = ""
                sawTerm = true
            } else {
                pending.append(character)
            }
        }
        guard sawTerm, pending.trimmingWhitespace().isEmpty else { return nil }
        return total
    }

    static func ratio(_ text: Substring) -> [Double]? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        var values: [Double] = []
        for part in parts {
            guard let value = plainNumber(part.trimmingWhitespace()) else { return nil }
            values.append(value)
        }
        return values
    }

    static func leadingFootnote(_ text: Substring) -> (String, Substring)? {
        guard let close = text.firstIndex(of: ")") else { return nil }
        let marker = text[text.startIndex..<close]
        guard !marker.isEmpty, marker.count <= 2, marker.allSatisfy(\.isASCIIDigit) else {
            return nil
        }
        let rest = text[text.index(after: close)...].trimmingWhitespace()
        guard !rest.isEmpty else { return nil }
        return ("\(marker))", rest)
    }

    static func trailingFootnote(_ text: Substring) -> (String, Substring)? {
        guard text.hasSuffix(")"), !text.hasSuffix("(p)"), !text.hasSuffix("(e)") else {
            return nil
        }
        let body = text.dropLast()
        var start = body.endIndex
        while start > body.startIndex, body[body.index(before: start)].isASCIIDigit {
            start = body.index(before: start)
        }
        let marker = body[start...]
        guard !marker.isEmpty, marker.count <= 2, start > body.startIndex else { return nil }
        let before = body[body.index(before: start)]
        if before == "(" { return nil }
        guard before == " " else { return nil }
        return ("\(marker))", body[..<start].trimmingWhitespace())
    }

    static func trailingFlag(_ text: Substring) -> (ObservationStatus, Substring)? {
        let forms: [(String, ObservationStatus)] = [
            ("(p)", .provisional), ("(P)", .provisional), ("(e)", .estimated),
            ("(E)", .estimated), ("p", .provisional), ("P", .provisional),
            ("e", .estimated), ("E", .estimated),
        ]
        for (suffix, status) in forms where text.hasSuffix(suffix) {
            let rest = text.dropLast(suffix.count).trimmingWhitespace()
            guard let last = rest.last, last.isASCIIDigit || last == "%" || last == "원" else {
                continue
            }
            return (status, rest)
        }
        return nil
    }

    static func leadingBound(_ text: Substring) -> (String, Substring)? {
        let forms: [(String, String)] = [
            (">=", "lower bound"), ("<=", "upper bound"), ("≥", "lower bound"),
            ("≤", "upper bound"), (">", "lower bound"), ("<", "upper bound"),
        ]
        for (prefix, bound) in forms where text.hasPrefix(prefix) {
            return (bound, text.dropFirst(prefix.count).trimmingWhitespace())
        }
        return nil
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        let last = lastIndex(where: { !isSpace($0) })!
        return self[first...last]
    }
}
