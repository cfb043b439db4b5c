/// The layout of a KOSIS-like table read from its cells: the preamble and header rows, the
/// row-dimension columns on the left (the region among them, a `시점` column of periods,
/// categories, code columns), the value columns, and where the period is.
struct TableShape {
    let preamble: Int
    let header: [[String]]
    let data: [SurveyedTable.Row]
    let rowColumns: [Int]
    let valueColumns: [Int]
    /// The header row of periods; nil when periods run down `periodColumn`.
    let periodRow: Int?
    let periodColumn: Int?
    /// KOSIS CSV code columns (`C행정구역별`, codes like `'11`), read by no dimension.
    let codeColumns: [Int]

    var names: [String] { header.last ?? [] }

    init(_ table: SurveyedTable, file: String) throws {
        let rows = table.rows
        func refuse(_ reason: String) -> DraftRefusal { DraftRefusal(file: file, reason: reason) }
        let preamble = rows.prefix { row in row.cells.filter { !trimmed($0).isEmpty }.count == 1 }
            .count
        guard preamble < rows.count else { throw refuse("no table: every row has one cell") }
        let first = trimmed(rows[preamble].cells[0])
        var headerCount = 1
        while preamble + headerCount < rows.count, !first.isEmpty,
            trimmed(rows[preamble + headerCount].cells[0]) == first
        {
            headerCount += 1
        }
        let header = TableHeader(
            rows: rows[preamble..<(preamble + headerCount)].map { $0.cells.map(trimmed) },
            lines: []
        ).rows
        let data = Array(rows.dropFirst(preamble + headerCount))
        guard !data.isEmpty else { throw refuse("no data rows after the header") }
        self.preamble = preamble
        self.header = header
        self.data = data
        let width = table.width
        let rowColumns = Self.rowColumns(header: header, data: data, width: width)
        guard rowColumns.count < width else { throw refuse("no column of figures") }
        self.rowColumns = rowColumns
        let valueColumns = Array(rowColumns.count..<width)
        let codeColumns = rowColumns.filter { Self.isCodeColumn($0, header: header, data: data) }
        let periodRow = header.indices.first { row in
            valueColumns.allSatisfy { PeriodParser.parse(header[row][$0]) != nil }
        }
        let periodColumn =
            periodRow != nil
            ? nil
            : rowColumns.first { column in
                !codeColumns.contains(column) && Self.holdsPeriods(column, data: data)
            }
        (self.valueColumns, self.codeColumns) = (valueColumns, codeColumns)
        (self.periodRow, self.periodColumn) = (periodRow, periodColumn)
        if periodRow == nil && periodColumn == nil {
            throw refuse("no periods: no header row of periods and no column of them (시점)")
        }
    }

    /// Leading columns that head rows: with several header rows, those whose name is repeated
    /// down every header row (a merged cell); with one, those whose cells are not figures.
    private static func rowColumns(header: [[String]], data: [SurveyedTable.Row], width: Int)
        -> [Int]
    {
        var columns: [Int] = []
        for column in 0..<width {
            let names = header.map { $0[column] }
            let isRowColumn: Bool
            if header.count > 1 {
                isRowColumn = !names[0].isEmpty && names.allSatisfy { $0 == names[0] }
            } else {
                isRowColumn =
                    PeriodParser.parse(names[0]) == nil
                    && (holdsPeriods(column, data: data) || !holdsFigures(column, data: data))
            }
            guard isRowColumn else { break }
            columns.append(column)
        }
        return columns
    }

    /// Whether most non-empty cells of the column read as figures.
    private static func holdsFigures(_ column: Int, data: [SurveyedTable.Row]) -> Bool {
        let cells = data.map { trimmed($0.cells[column]) }.filter { !$0.isEmpty }
        let figures = cells.filter {
            if case .success(let parsed) = ValueParser.parse($0) { return parsed.value != nil }
            return false
        }
        return !cells.isEmpty && figures.count * 2 > cells.count
    }

    /// Whether every non-empty cell of the column is a period and some are.
    static func holdsPeriods(_ column: Int, data: [SurveyedTable.Row]) -> Bool {
        let cells = data.map { trimmed($0.cells[column]) }.filter { !$0.isEmpty }
        return !cells.isEmpty && cells.allSatisfy { PeriodParser.parse($0) != nil }
    }

    /// A KOSIS code column: named `C…` with codes written `'11`.
    private static func isCodeColumn(_ column: Int, header: [[String]], data: [SurveyedTable.Row])
        -> Bool
    {
        guard let name = header.last?[column], name.hasPrefix("C") else { return false }
        return data.allSatisfy { $0.cells[column].isEmpty || $0.cells[column].hasPrefix("'") }
    }
}
