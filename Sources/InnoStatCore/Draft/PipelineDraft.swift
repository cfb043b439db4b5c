/// A pipeline drafted from a table's cells: everything `innostat init` writes, and the account
/// of what it inferred and what a person should check.
struct PipelineDraft {
    /// `when` these header rows and columns hold these labels, `set` the measure.
    struct Rule {
        let conditions: [(column: String, value: String)]
        let measure: String
    }

    struct Measure {
        let code: String
        let name: String
        let unit: String
        let description: String
    }

    let name: String
    let input: String
    let shape: TableShape
    let table: SurveyedTable
    var regionColumn: Int?
    /// How the region column's labels read, once: known, unknown, indented lower levels.
    var regionScore: RegionColumnScore?
    var categoryColumns: [Int] = []
    var carryDown: [Int] = []
    /// `wide.header_rows`, top to bottom.
    var headerRowNames: [String] = []
    /// The texts of each value column under the header rows other than the period row.
    let columnKeys: [[String]]
    var unitFromLabel: String?
    var rules: [Rule] = []
    var measures: [Measure] = []
    var tolerance = 0
    /// What was inferred and what to check, one line each.
    var account: [String] = []

    static let itemRow = "항목"
    static let indentedReason = "lower-level areas (indented rows, e.g. 시군구) are not loaded"

    init(table: SurveyedTable, name: String, input: String, file: String) throws {
        self.table = table
        self.name = name
        self.input = input
        let shape = try TableShape(table, file: file)
        self.shape = shape
        let keyRows = shape.header.indices.filter { $0 != shape.periodRow }
        columnKeys = shape.valueColumns.map { column in
            keyRows.map { RowMapper.label(shape.header[$0][column]) }
        }
        func refuse(_ reason: String) -> DraftRefusal { DraftRefusal(file: file, reason: reason) }
        let candidates = shape.rowColumns.filter {
            !shape.codeColumns.contains($0) && $0 != shape.periodColumn
        }
        let regions = candidates.map { (column: $0, score: RegionColumnScore(shape, column: $0)) }
            .filter(\.score.isRegion)
        if regions.count > 1 {
            let names = regions.map { "\"\(shape.names[$0.column])\"" }.joined(separator: " and ")
            throw refuse("two region dimensions (\(names)): a pipeline reads one region column")
        }
        (regionColumn, regionScore) = (regions.first?.column, regions.first?.score)
        categoryColumns = candidates.filter { $0 != regionColumn }
        carryDown = try carriedColumns(candidates, refuse)
        headerRowNames = headerNames()
        try draftMeasures(refuse)
        describe()
    }

    /// Row columns left empty under a filled cell: the text above carries down.
    private func carriedColumns(_ columns: [Int], _ refuse: (String) -> DraftRefusal) throws
        -> [Int]
    {
        try columns.filter { column in
            guard shape.data.contains(where: { trimmed($0.cells[column]).isEmpty }) else {
                return false
            }
            if trimmed(shape.data[0].cells[column]).isEmpty {
                throw refuse("column \"\(shape.names[column])\" is empty in the first data row")
            }
            return true
        }
    }

    /// The period row is `period`; the last other header row holds the items (`항목`), the
    /// ones above it categories (`분류1`, `분류2`, …).
    private func headerNames() -> [String] {
        let others = shape.header.indices.filter { $0 != shape.periodRow }
        return shape.header.indices.map { row in
            if row == shape.periodRow { return WideSpec.periodRow }
            var name = row == others.last ? Self.itemRow : "분류\(others.firstIndex(of: row)! + 1)"
            while shape.names.contains(name) { name += "_행" }
            return name
        }
    }

    /// The texts of one column down the data rows, carried down where declared.
    func columnTexts(_ column: Int) -> [String] {
        cellTexts([column]).map { $0.first ?? "" }
    }

    /// The text of a row's cell, a carried-down one from the rows above.
    func cellTexts(_ columns: [Int]) -> [[String]] {
        var last = [Int: String]()
        return shape.data.map { row in
            columns.map { column in
                let text = trimmed(row.cells[column])
                if text.isEmpty, carryDown.contains(column) { return last[column] ?? "" }
                last[column] = text
                return text
            }
        }
    }
}
