/// What a KOSIS download's metadata (the `메타정보` sheet, or the lines a CSV download ends
/// with) says of its table: `○ 통계표ID`, `○ 통계표명`, `○ 조회기간`, `○ 출처`, `○ 자료다운일자`,
/// `○ 통계표URL`, `○ 단위`, and under `○ 주석` the notes, each on the whole table (`통계표`) or
/// on one member of a dimension (`행정구역(시군구)별 > 세종특별자치시`).
public struct KOSISMetadata: Equatable, Sendable {
    public struct Note: Equatable, Sendable {
        /// The dimension and member the note is on; nil for the whole table.
        public let dimension: String?
        public let member: String?
        public let text: String
    }

    /// Each `○` key (without the mark) and its lines: the value, then the lines under it.
    public let fields: [String: [String]]
    public let notes: [Note]

    public var tableID: String? { value("통계표ID") }
    public var title: String? { value("통계표명") }
    public var period: String? { value("조회기간") }
    public var source: String? { value("출처") }
    public var downloaded: String? { value("자료다운일자") }
    public var url: String? { value("통계표URL") }
    public var unit: String? { value("단위") }

    /// The download day of `자료다운일자` (`2025.06.26 19:20`) as `2025-06-26`.
    public var downloadedDay: String? {
        guard let downloaded else { return nil }
        let parts = downloaded.prefix(10).split(whereSeparator: { $0 == "." || $0 == "-" })
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) })
        else { return nil }
        return parts.map { $0.count == 1 ? "0\($0)" : String($0) }.joined(separator: "-")
    }

    /// The publisher in `「주민등록인구현황」, 행정안전부`: what follows the survey's name.
    public var publisher: String? {
        guard let source else { return nil }
        guard let close = source.range(of: "」") else { return source }
        let rest = source[close.upperBound...].drop { $0 == "," || $0 == " " }
        return rest.isEmpty ? source : String(rest)
    }

    /// Reads rows of cells as text, the key in the first cell and its value in the second; a
    /// row with an empty first cell goes on with the key (or the note scope) above it.
    public init(rows: [[String]]) {
        var fields: [String: [String]] = [:]
        var notes: [Note] = []
        var key: String?
        var scope: (dimension: String?, member: String?) = (nil, nil)
        for row in rows {
            let first = Self.trimmed(row.first ?? "")
            let second = row.count > 1 ? Self.trimmed(row[1]) : ""
            if first.hasPrefix("○") {
                key = Self.trimmed(String(first.dropFirst()))
                if let key, key != "주석" { fields[key, default: []].append(second) }
                continue
            }
            if key == "주석" {
                if !first.isEmpty { scope = Self.scope(first) }
                if !second.isEmpty {
                    notes.append(
                        Note(dimension: scope.dimension, member: scope.member, text: second))
                }
            } else if let key, !second.isEmpty {
                fields[key, default: []].append(second)
            }
        }
        self.fields = fields
        self.notes = notes
    }

    private func value(_ key: String) -> String? {
        fields[key]?.first.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `통계표` is the whole table; `행정구역(시군구)별 > 세종특별자치시` one member.
    private static func scope(_ text: String) -> (dimension: String?, member: String?) {
        guard let arrow = text.range(of: " > ") else { return (nil, nil) }
        return (
            trimmed(String(text[..<arrow.lowerBound])), trimmed(String(text[arrow.upperBound...]))
        )
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
