import CSVStream
import Foundation

/// A pipeline's mapping compiled against one file's header: turns each data row into staged
/// observations, a skip, or rejects. Built once per file; `map` runs per row.
struct RowMapper {
    enum Outcome: Equatable {
        case observations([StagedObservation], rejects: [Reject])
        case skipped(reason: String)
        case rejected([Reject])
    }

    /// Where a rule's condition reads its text: a column of the row, or a header row above
    /// the value column.
    enum Slot: Equatable {
        case column(Int)
        case headerRow(Int)
    }

    /// Conditions refer to a slot of the row's condition texts (`conditionColumns`) or of the
    /// value columns' header texts (`conditionHeaderRows`).
    struct CompiledRule {
        let conditions: [(slot: Slot, values: Set<String>)]
        let exclusions: [(slot: Slot, values: Set<String>)]
        let assignments: [Dimension: String]
        let skipReason: String?

        func matches(_ row: [String], _ header: [String]) -> Bool {
            func holds(_ condition: (slot: Slot, values: Set<String>)) -> Bool {
                switch condition.slot {
                case .column(let slot): condition.values.contains(row[slot])
                case .headerRow(let slot): condition.values.contains(header[slot])
                }
            }
            return conditions.allSatisfy(holds)
                && (exclusions.isEmpty || !exclusions.allSatisfy(holds))
        }
    }

    struct ValueColumn {
        let index: Int
        let period: PeriodParser.Period?
    }

    /// Value columns that share their header texts under the rules' header rows and their
    /// unit label: one rule decision per row covers them all.
    struct ColumnGroup {
        let headerTexts: [String]
        let labelUnit: String?
        var columns: [ValueColumn]
    }

    let spec: PipelineSpec
    /// The column names (the last header row).
    let header: [String]
    /// Each column as rejects name it: its header texts top to bottom.
    let columnNames: [String]
    let columnIndex: [Dimension: Int]
    let rules: [CompiledRule]
    /// The columns rules test, each read and trimmed once per row.
    let conditionColumns: [Int]
    let groups: [ColumnGroup]
    let ignoredColumns: [Int]
    let noteColumns: [Int]
    let measureUnits: [String: UnitCatalog.Unit]
    /// The column whose cells end with their unit (`unit_from_label` naming a column).
    let unitLabelColumn: Int?
    let carryDownColumns: [Int]
    /// The metadata's notes on one member of a column's dimension: column → member → note.
    let memberNotes: [(column: Int, notes: [String: String])]
    /// The metadata's notes on a member a value column's header names (`학교현황별 > 재적학생수`
    /// over `재적학생수 (명)`): column → note.
    let columnNotes: [Int: String]
    /// The last text of each carried-down column, in `carryDownColumns` order.
    private(set) var carried: [String]

    var valueColumns: [ValueColumn] { groups.flatMap(\.columns) }

    init(spec: PipelineSpec, header names: [String], file: String) throws {
        try self.init(spec: spec, table: TableHeader(names: names, line: 1), file: file)
    }

    init(spec: PipelineSpec, table: TableHeader, file: String) throws {
        self.spec = spec
        header = table.names
        columnNames = (0..<table.width).map(table.label)
        let columns = HeaderColumns(spec: spec, table: table, file: file)
        columnIndex = try columns.dimensionIndex()
        noteColumns = try spec.noteColumns.map {
            try columns.index(of: $0, keyPath: "columns.note")
        }
        carryDownColumns = try spec.read.carryDown.map {
            try columns.index(of: $0, keyPath: "read.carry_down")
        }
        carried = Array(repeating: "", count: carryDownColumns.count)
        memberNotes = Self.memberNotes(table.metadata, columns: table.names)
        let compiled = try Self.compileRules(of: spec, columns)
        (rules, conditionColumns) = (compiled.rules, compiled.conditionColumns)
        measureUnits = Self.measureUnits(of: spec)
        let layout = try Self.layoutColumns(
            of: spec, columns, dimensions: columnIndex, compiled: compiled,
            carried: carryDownColumns, notes: noteColumns)
        (groups, ignoredColumns, unitLabelColumn) = (
            layout.groups, layout.ignored, layout.unitColumn
        )
        columnNotes = Self.columnNotes(table, values: layout.groups.flatMap(\.columns), spec: spec)
    }

    mutating func map(_ record: any TableRow) -> Outcome {
        if let tooLong = Reject.overlong(record, header: header) { return .rejected(tooLong) }
        if let refusal = malformedReject(record) { return .rejected([refusal]) }
        let cells = carriedCells(record)
        if let reason = indentedSkip(record, cells) { return .skipped(reason: reason) }
        let rowTexts = conditionColumns.map { Self.label(cells[$0] ?? record[$0]) }
        var observations: [StagedObservation] = []
        var rejects: [Reject] = []
        var skipReason: String?
        for group in groups {
            let assignments: [Dimension: String]
            switch ruleDecision(for: record, rowTexts, group.headerTexts) {
            case .skip(let reason):
                skipReason = skipReason ?? reason
                continue
            case .refuse(let reject):
                rejects.append(reject)
                continue
            case .assign(let values): assignments = values
            }
            var fields = RowFields(
                record: record, cells: cells, assignments: assignments, labelUnit: group.labelUnit)
            if let key = rowKey(&fields) {
                observations += stagedObservations(key, group.columns, &fields)
            }
            rejects += fields.rejects
        }
        rejects = Self.distinct(rejects)
        if !observations.isEmpty { return .observations(observations, rejects: rejects) }
        if !rejects.isEmpty { return .rejected(rejects) }
        if let skipReason { return .skipped(reason: skipReason) }
        return .observations([], rejects: [])
    }

    /// The row's carried-down cells: an empty one takes the text above it.
    private mutating func carriedCells(_ record: any TableRow) -> [Int: String] {
        guard !carryDownColumns.isEmpty else { return [:] }
        var cells: [Int: String] = [:]
        for (slot, column) in carryDownColumns.enumerated() where column < record.count {
            let text = trimmed(record[column])
            if text.isEmpty {
                cells[column] = carried[slot]
            } else {
                carried[slot] = text
            }
        }
        return cells
    }

    /// The reason to skip a row whose region cell is indented and names no region known.
    private func indentedSkip(_ record: any TableRow, _ cells: [Int: String]) -> String? {
        guard let indented = spec.indentedRows, let column = columnIndex[.region],
            column < record.count, cells[column] == nil
        else { return nil }
        let raw = record[column]
        guard let first = raw.unicodeScalars.first, first == "\u{3000}" || first == " " else {
            return nil
        }
        let known = RegionCatalog.standard.resolve(trimmed(raw), codeSystem: spec.regionCodeSystem)
        return known == nil ? indented.reason : nil
    }

    /// Rejects in order, each once: a row's unknown region is found once per column group.
    private static func distinct(_ rejects: [Reject]) -> [Reject] {
        guard rejects.count > 1 else { return rejects }
        var kept: [Reject] = []
        for reject in rejects where !kept.contains(reject) { kept.append(reject) }
        return kept
    }

    /// A cell as rules compare it: trimmed, and every run of white space inside (a line end in
    /// a quoted header such as `"GERD \r(PPP US$billions)"`) read as one space.
    static func label(_ text: String) -> String {
        var previousWasSpace = true
        var needsWork = false
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if isSpace && (previousWasSpace || byte != 0x20) {
                needsWork = true
                break
            }
            previousWasSpace = isSpace
        }
        // 0xE3 leads U+3000 (the ideographic space KOSIS indents with), and no Hangul.
        if !needsWork && !previousWasSpace && !text.utf8.contains(0xE3) { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `http://` or `https://` followed by at least one character, no white space.
    static func isWebAddress(_ text: String) -> Bool {
        let scheme = ["https://", "http://"].first { text.hasPrefix($0) }
        guard let scheme else { return false }
        let rest = text.utf8.dropFirst(scheme.utf8.count)
        return !rest.isEmpty && !rest.contains { $0 <= 0x20 }
    }

    func reject(
        _ record: any TableRow, _ index: Int?, _ reason: Reject.Reason, _ message: String
    ) -> Reject {
        Reject(
            line: index.map { record.lineOfField($0) } ?? record.line,
            column: index.map { record.sourceColumn($0) },
            columnName: index.map { columnNames[$0] },
            rawText: index.map { record[$0] } ?? record.fields.joined(separator: ","),
            reason: reason, message: message)
    }
}
