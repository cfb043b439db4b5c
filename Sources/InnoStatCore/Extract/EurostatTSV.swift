import CSVStream

/// Eurostat's TSV (`format=TSV`, the bulk downloads): a first cell naming the key's dimensions
/// and the time dimension (`freq,unit,geo\TIME_PERIOD`), tab-separated periods with a trailing
/// space, each line's key packed with commas (`A,PC_GDP,DE`) and values with their flags
/// after a space (`5400 p`, `: c`, `:` not available). Read as a long table: the key's
/// dimensions, `TIME_PERIOD` (whatever the header calls it: older files say `time`),
/// `OBS_VALUE` (empty when not available) and `OBS_FLAG`, one row per period of a line, each
/// field keeping the line and the column it came from.
struct EurostatTSV {
    let dimensions: [String]
    let periods: [String]

    static let timeColumn = "TIME_PERIOD"
    static let valueColumn = "OBS_VALUE"
    static let flagColumn = "OBS_FLAG"

    /// Whether a file's first record is a Eurostat TSV header.
    static func isHeader(_ fields: [String]) -> Bool {
        guard fields.count > 1, let first = fields.first, let slash = first.firstIndex(of: "\\")
        else { return false }
        return !first[..<slash].isEmpty && !first[first.index(after: slash)...].isEmpty
    }

    init(header fields: [String]) {
        let first = fields[0]
        let slash = first.firstIndex(of: "\\")!
        dimensions = first[..<slash].split(separator: ",", omittingEmptySubsequences: false)
            .map { trimmed(String($0)) }
        periods = fields.dropFirst().map(trimmed)
    }

    var header: [String] { dimensions + [Self.timeColumn, Self.valueColumn, Self.flagColumn] }

    /// The rows of one data line, or a one-line error when its key does not fit the header.
    func rows(of record: any TableRow, file: String) throws -> [EurostatRow] {
        let key = record.count > 0 ? record[0] : ""
        let parts = key.split(separator: ",", omittingEmptySubsequences: false).map {
            trimmed(String($0))
        }
        guard parts.count == dimensions.count else {
            throw SourceFileError(
                file: file, line: record.line, column: 1,
                message: "the key \"\(key)\" has \(parts.count) parts, the header names "
                    + "\(dimensions.count) (\(dimensions.joined(separator: ",")))")
        }
        var rows: [EurostatRow] = []
        for (offset, period) in periods.enumerated() {
            let index = offset + 1
            let cell = index < record.count ? trimmed(record[index]) : ""
            let (value, flag) = Self.split(cell)
            rows.append(
                EurostatRow(
                    line: record.lineOfField(min(index, record.count - 1)),
                    fields: parts + [period, value, flag], column: index + 1,
                    keyWidth: parts.count))
        }
        return rows
    }

    /// `5400 p` → (`5400`, `p`); `: c` → (empty, `c`); `:` → (empty, empty).
    static func split(_ cell: String) -> (value: String, flag: String) {
        let pieces = cell.split(separator: " ", maxSplits: 1).map { trimmed(String($0)) }
        let value = pieces.first ?? ""
        let flag = pieces.count > 1 ? pieces[1] : ""
        return (value == ":" ? "" : value, flag)
    }
}

/// One period of a Eurostat TSV line: the key's fields come from the line's first column, the
/// period, value and flag from the period's column.
struct EurostatRow: TableRow {
    let line: Int
    let fields: [String]
    /// The period's 1-based column in the file.
    let column: Int
    let keyWidth: Int

    var count: Int { fields.count }
    subscript(index: Int) -> String { fields[index] }
    func fieldIsEmpty(_ index: Int) -> Bool { fields[index].isEmpty }
    func lineOfField(_ index: Int) -> Int { line }
    var endsWithLineEnd: Bool { true }
    var overlongFields: [OverlongField] { [] }
    func sourceColumn(_ index: Int) -> Int { index < keyWidth ? 1 : column }
}
