/// Periods are SDMX time formats: `YYYY`, `YYYY-MM`, `YYYY-Qn`, `YYYY-Sn`. Sources write them
/// in many ways: `1981년`, `2000 년`, `1981.10`, `2024.3/4`, `2025 2/4p` (p: provisional),
/// `2020.1/2`, Eurostat's `2024Q3`, `2024M03`, `2024S1`; `parse(api:frequency:)` reads the
/// KOSIS OpenAPI's `PRD_DE` (`YYYY`, `YYYYMM`, `YYYYQQ`, `YYYYHH`) by its `PRD_SE`.
public enum PeriodParser {
    public struct Period: Sendable, Equatable {
        /// The SDMX text stored in the warehouse.
        public let text: String
        public let year: Int
        /// The month of a `YYYY-MM` period.
        public let month: Int?
        /// The quarter (1–4) of a `YYYY-Qn` period.
        public let quarter: Int?
        /// The half (1–2) of a `YYYY-Sn` period.
        public let half: Int?
        /// Marked provisional where it was written (`2025 2/4p`, `2023 p)`).
        public let isProvisional: Bool

        init(
            year: Int, month: Int? = nil, quarter: Int? = nil, half: Int? = nil,
            isProvisional: Bool = false
        ) {
            self.year = year
            self.month = month
            self.quarter = quarter
            self.half = half
            self.isProvisional = isProvisional
            if let month {
                text = "\(year)-\(month < 10 ? "0" : "")\(month)"
            } else if let quarter {
                text = "\(year)-Q\(quarter)"
            } else if let half {
                text = "\(year)-S\(half)"
            } else {
                text = String(year)
            }
        }

        /// The last month the period covers: 12 for a year, 9 for a third quarter.
        public var endMonth: Int {
            month ?? quarter.map { $0 * 3 } ?? half.map { $0 * 6 } ?? 12
        }
    }

    /// How often a series is published, as the KOSIS OpenAPI's `PRD_SE` says it.
    public enum Frequency: String, Sendable, CaseIterable {
        case annual = "A"
        case halfYearly = "H"
        case quarterly = "Q"
        case monthly = "M"
    }

    public static func parse(_ raw: String) -> Period? {
        var text = Substring(trimmed(raw))
        let isProvisional = dropProvisionalMark(&text)
        if text.hasSuffix("년") { text = text.dropLast().trimmingSpaces }
        guard text.utf8.count >= 4 else { return nil }
        let yearText = text.prefix(4)
        guard yearText.allSatisfy(\.isASCIIDigit), let year = Int(yearText),
            (1000...2999).contains(year)
        else { return nil }
        let rest = text.dropFirst(4)
        if rest.isEmpty { return Period(year: year, isProvisional: isProvisional) }
        return subperiod(rest, year: year, isProvisional: isProvisional)
    }

    /// A KOSIS OpenAPI `PRD_DE`: `2024` (A), `202403` (M: March), `202403` (Q: third quarter),
    /// `202002` (H: second half).
    public static func parse(api raw: String, frequency: Frequency) -> Period? {
        let text = trimmed(raw)
        guard text.allSatisfy(\.isASCIIDigit), let year = Int(text.prefix(4)),
            (1000...2999).contains(year)
        else { return nil }
        if frequency == .annual { return text.count == 4 ? Period(year: year) : nil }
        guard text.count == 6, let number = Int(text.suffix(2)) else { return nil }
        switch frequency {
        case .annual: return nil
        case .monthly: return (1...12).contains(number) ? Period(year: year, month: number) : nil
        case .quarterly: return (1...4).contains(number) ? Period(year: year, quarter: number) : nil
        case .halfYearly: return (1...2).contains(number) ? Period(year: year, half: number) : nil
        }
    }

    /// What follows the year: `-03`, `.3`, `.3/4`, ` 2/4`, `-Q3`, `Q3`, `-S1`, `S1`, `M03`.
    private static func subperiod(_ rest: Substring, year: Int, isProvisional: Bool) -> Period? {
        var rest = rest
        let separated = rest.first == "-" || rest.first == "." || rest.first == " "
        if separated { rest = rest.dropFirst().trimmingSpaces }
        if let slash = rest.firstIndex(of: "/") {
            guard let part = Int(rest[..<slash]), let parts = Int(rest[rest.index(after: slash)...])
            else { return nil }
            switch parts {
            case 4 where (1...4).contains(part):
                return Period(year: year, quarter: part, isProvisional: isProvisional)
            case 2 where (1...2).contains(part):
                return Period(year: year, half: part, isProvisional: isProvisional)
            default: return nil
            }
        }
        let letter = rest.first.map { Character($0.uppercased()) }
        let digits = letter.map { $0.isLetter } == true ? rest.dropFirst() : rest
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit),
            let number = Int(digits)
        else { return nil }
        switch letter {
        case "Q" where digits.count == 1 && (1...4).contains(number):
            return Period(year: year, quarter: number, isProvisional: isProvisional)
        case "S" where digits.count == 1 && (1...2).contains(number),
            "H" where digits.count == 1 && (1...2).contains(number):
            return Period(year: year, half: number, isProvisional: isProvisional)
        case "M" where (1...12).contains(number):
            return Period(year: year, month: number, isProvisional: isProvisional)
        case let other? where other.isASCIIDigit && separated && (1...12).contains(number):
            return Period(year: year, month: number, isProvisional: isProvisional)
        default:
            return nil
        }
    }

    /// Removes a trailing `p`, `p)` or `(p)` and says whether there was one.
    private static func dropProvisionalMark(_ text: inout Substring) -> Bool {
        for mark in ["(p)", "p)", "P)", "p", "P"] where text.hasSuffix(mark) {
            let kept = text.dropLast(mark.count).trimmingSpaces
            guard kept.last.map({ $0.isASCIIDigit || $0 == "년" }) == true else { continue }
            text = kept
            return true
        }
        return false
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return text
    }
}
