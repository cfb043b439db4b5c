/// Drafting the measures: one per item label (and category, where the table has more
/// dimensions), each with its unit, a rule that sets it, and the values that would not load.
extension PipelineDraft {
    mutating func draftMeasures(_ refuse: (String) -> DraftRefusal) throws {
        let rows = shape.header.indices.filter { $0 != shape.periodRow }
        let rowNames = rows.map { headerRowNames[$0] }
        let categoryTexts = cellTexts(categoryColumns)
        let skipped = skippedRows()
        var keys: [[String]] = []
        var seen = Set<[String]>()
        for (index, categories) in categoryTexts.enumerated() where !skipped.contains(index) {
            for key in columnKeys {
                let full = key + categories.map(RowMapper.label)
                if seen.insert(full).inserted { keys.append(full) }
            }
        }
        let unitPosition = try unitSource(rowNames: rowNames)
        var codes = Set<String>()
        for key in keys {
            let names = key.map(RowMapper.unitlessLabel).filter { !$0.isEmpty }
            let unit = try measureUnit(key, at: unitPosition, refuse)
            let code = Self.unique(Self.code(names), among: &codes)
            let path = key.filter { !$0.isEmpty }.joined(separator: " > ")
            measures.append(
                Measure(
                    code: code, name: names.joined(separator: ", "), unit: unit,
                    description: "\(table.metadata?.title ?? name): \(path)"))
            let conditions =
                zip(rowNames, key).map { (column: $0, value: $1) }
                + zip(categoryColumns.map { shape.names[$0] }, key.dropFirst(rowNames.count))
                .map { (column: $0, value: $1) }
            rules.append(Rule(conditions: conditions, measure: code))
        }
        tolerance = unreadableValues(skipped: skipped)
    }

    /// `base`, or `base_2`, `base_3` … when a measure of the draft has it; the code taken is
    /// added to `codes`.
    static func unique(_ base: String, among codes: inout Set<String>) -> String {
        var code = base
        var number = 2
        while !codes.insert(code).inserted {
            code = "\(base)_\(number)"
            number += 1
        }
        return code
    }

    /// A measure code from its labels, each romanized and cut to a share of the length, so a
    /// long category leaves the item's part whole: `chonggye_gigwansu`.
    static func code(_ names: [String]) -> String {
        let share = max(12, 60 / max(1, names.count))
        let parts = names.map { Romanizer.code($0, limit: share) }
        return Romanizer.code(parts.joined(separator: " "), limit: 64)
    }

    /// Where the unit labels are: the item header row, else a category column whose labels
    /// end with a bracketed unit; `unitFromLabel` names it.
    private mutating func unitSource(rowNames: [String]) throws -> Int? {
        let width = rowNames.count
        if let last = rowNames.indices.last,
            columnKeys.contains(where: { UnitCatalog.unitInLabel($0[last]) != nil })
        {
            unitFromLabel = rowNames[last]
            return last
        }
        for (offset, column) in categoryColumns.enumerated()
        where columnTexts(column).contains(where: { UnitCatalog.unitInLabel($0) != nil }) {
            unitFromLabel = shape.names[column]
            return width + offset
        }
        return nil
    }

    /// The unit of a measure: its label's bracket, else the metadata's `○ 단위`, else a guess
    /// of `count` that the account asks to check.
    private mutating func measureUnit(
        _ key: [String], at position: Int?, _ refuse: (String) -> DraftRefusal
    ) throws -> String {
        let written = position.flatMap { UnitCatalog.unitInLabel(key[$0]) } ?? table.metadata?.unit
        guard let written else {
            let what = key.isEmpty ? "the figures" : "\"\(key.joined(separator: " > "))\""
            account.append("check: no unit for \(what): guessed count")
            return "count"
        }
        guard let unit = UnitCatalog.standard.unit(named: written) else {
            throw refuse(
                "unit \"\(written)\" is not in the unit catalogue (known: "
                    + UnitCatalog.standard.names.joined(separator: ", ") + ")")
        }
        return unit.name
    }

    /// Data rows the draft skips: indented lower levels and labels that are no known region.
    func skippedRows() -> Set<Int> {
        guard let regionColumn, let score = regionScore else { return [] }
        let unknown = Set(score.unknown + score.indentedUnknown)
        let texts = columnTexts(regionColumn)
        return Set(texts.indices.filter { unknown.contains(texts[$0]) })
    }

    /// Value cells of loaded rows that are neither figures nor missing marks.
    private mutating func unreadableValues(skipped: Set<Int>) -> Int {
        var count = 0
        var first: String?
        for (index, row) in shape.data.enumerated() where !skipped.contains(index) {
            for column in shape.valueColumns {
                guard case .failure = ValueParser.parse(row.cells[column]) else { continue }
                count += 1
                if first == nil {
                    let place = SourcePlace.text(
                        file: input, line: row.line, column: column + 1, sheet: table.sheet)
                    first = "\(place) \"\(row.cells[column])\""
                }
            }
        }
        if let first {
            account.append(
                "check: \(count) cells are not figures (first: \(first)): they will be "
                    + "rejected, and tolerance is set to \(count) so the rest loads")
        }
        return count
    }
}
