import Foundation

/// Compiling a pipeline's layout against one file's header: the value columns, grouped by the
/// header texts the rules test, and the columns that must stay empty.
extension RowMapper {
    struct LayoutColumns {
        let groups: [ColumnGroup]
        let ignored: [Int]
        /// The column whose cells end with their unit, when `unit_from_label` names a column.
        let unitColumn: Int?
    }

    static func layoutColumns(
        of spec: PipelineSpec, _ columns: HeaderColumns, dimensions: [Dimension: Int],
        compiled: CompiledRules, carried: [Int], notes: [Int]
    ) throws -> LayoutColumns {
        var unitRow: Int?
        var unitColumn: Int?
        if let name = spec.unitFromLabel {
            if let row = columns.headerRow(named: name) {
                unitRow = row
            } else {
                unitColumn = try columns.index(of: name, keyPath: "unit_from_label")
            }
        }
        switch spec.layout {
        case .long:
            let column = ValueColumn(index: dimensions[.value]!, period: nil)
            let group = ColumnGroup(headerTexts: [], labelUnit: nil, columns: [column])
            return LayoutColumns(groups: [group], ignored: [], unitColumn: unitColumn)
        case .wide(let wide):
            let used = Set(dimensions.values).union(compiled.conditionColumns).union(notes)
                .union(carried).union(unitColumn.map { [$0] } ?? [])
            let (values, ignored) = try wideColumns(
                wide, of: spec, columns.table, file: columns.file, used: used)
            let groups = group(
                values, columns.table, headerRows: compiled.conditionHeaderRows, unitRow: unitRow)
            return LayoutColumns(groups: groups, ignored: ignored, unitColumn: unitColumn)
        case .firmSurvey:
            throw PipelineError(
                file: spec.file, keyPath: "layout",
                message: "firm_survey files are read by the firm-survey loader, not mapped by rows")
        }
    }

    /// Value columns with the same texts in the rules' header rows and the same unit label.
    private static func group(
        _ values: [ValueColumn], _ table: TableHeader, headerRows: [Int], unitRow: Int?
    ) -> [ColumnGroup] {
        var groups: [ColumnGroup] = []
        var groupOfKey: [[String]: Int] = [:]
        for column in values {
            let texts = headerRows.map { label(table.rows[$0][column.index]) }
            let unit = unitRow.flatMap { UnitCatalog.unitInLabel(table.rows[$0][column.index]) }
            let key = texts + [unit ?? ""]
            if let number = groupOfKey[key] {
                groups[number].columns.append(column)
            } else {
                groupOfKey[key] = groups.count
                groups.append(ColumnGroup(headerTexts: texts, labelUnit: unit, columns: [column]))
            }
        }
        return groups
    }

    /// With a period row: the columns whose cell there is a period (`period_pattern`'s group,
    /// or the whole cell). With periods down a column: every column no dimension, rule or note
    /// reads. Unnamed columns and those matching `ignore_columns` must stay empty.
    private static func wideColumns(
        _ wide: WideSpec, of spec: PipelineSpec, _ table: TableHeader, file: String, used: Set<Int>
    ) throws -> (values: [ValueColumn], ignored: [Int]) {
        let pattern = try wide.periodPattern.map { try NSRegularExpression(pattern: $0) }
        let ignore = try wide.ignorePattern.map { try NSRegularExpression(pattern: $0) }
        let periodRow = wide.headerRows.firstIndex(of: WideSpec.periodRow)
        var values: [ValueColumn] = []
        var ignored: [Int] = []
        for (index, name) in table.names.enumerated() {
            let range = NSRange(name.startIndex..., in: name)
            let isIgnored = name.isEmpty || ignore?.firstMatch(in: name, range: range) != nil
            if let periodRow {
                let cell = table.rows[periodRow][index]
                if let text = periodText(cell, pattern: pattern) {
                    guard let parsed = PeriodParser.parse(text) else {
                        throw PipelineError(
                            file: spec.file, keyPath: "wide.period_pattern",
                            message: "column \"\(cell)\" of \(file) gives no period")
                    }
                    values.append(ValueColumn(index: index, period: parsed))
                } else if isIgnored {
                    ignored.append(index)
                }
            } else if isIgnored {
                ignored.append(index)
            } else if !used.contains(index) {
                values.append(ValueColumn(index: index, period: nil))
            }
        }
        if values.isEmpty {
            let keyPath = periodRow == nil ? "wide.header_rows" : "wide.period_pattern"
            let what = periodRow == nil ? "leaves no value column in" : "matches no column of"
            throw PipelineError(file: spec.file, keyPath: keyPath, message: "\(what) \(file)")
        }
        return (values, ignored)
    }

    /// The period text of a period-row cell: the pattern's first group, or without a pattern
    /// the cell itself when it reads as a period.
    private static func periodText(_ cell: String, pattern: NSRegularExpression?) -> String? {
        guard let pattern else { return PeriodParser.parse(cell) == nil ? nil : cell }
        let range = NSRange(cell.startIndex..., in: cell)
        guard let match = pattern.firstMatch(in: cell, range: range),
            let group = Range(match.range(at: 1), in: cell)
        else { return nil }
        return String(cell[group])
    }
}
