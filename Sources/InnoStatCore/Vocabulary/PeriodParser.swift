/// Periods are `YYYY` or `YYYY-MM`; sources also write `1981.10`, `1981년`, `1981 년`.
public enum PeriodParser {
    public struct Period: Sendable, Equatable {
        public let text: String
        public let year: Int
        public let month: Int?
    }

    public static func parse(_ raw: String) -> Period? {
        var text = trimmed(raw)
        if text.hasSuffix("년") { text = trimmed(String(text.dropLast())) }
        let parts = text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "." })
        guard (1...2).contains(parts.count), parts[0].count == 4,
            parts[0].allSatisfy(\.isASCIIDigit), let year = Int(parts[0]),
            (1000...2999).contains(year)
        else { return nil }
        if parts.count == 1 { return Period(text: String(year), year: year, month: nil) }
        guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isASCIIDigit),
            let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        return Period(text: "\(year)-\(monthText)", year: year, month: month)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
