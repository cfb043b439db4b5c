import Foundation

/// Compiling a pipeline's mapping against one file's header: the columns and header rows it
/// names, and its rules.
extension RowMapper {
    /// Finds the columns and header rows a pipeline names in a file's header, refusing a
    /// missing or repeated column.
    struct HeaderColumns {
        let spec: PipelineSpec
        let table: TableHeader
        let file: String

        var header: [String] { table.names }

        func index(of column: String, keyPath: String) throws -> Int {
            guard let found = header.firstIndex(of: column) else {
                var known = "columns: \(header.joined(separator: ", "))"
                if !namedHeaderRows.isEmpty {
                    known += "; header rows: \(namedHeaderRows.joined(separator: ", "))"
                }
                throw PipelineError(
                    file: spec.file, keyPath: keyPath,
                    message: "no column \"\(column)\" in \(file) (\(known))")
            }
            let fields = header.indices.filter { header[$0] == column }
            if fields.count > 1 {
                throw PipelineError(
                    file: spec.file, keyPath: keyPath,
                    message:
                        "column \"\(column)\" appears \(fields.count) times in \(file) (fields "
                        + "\(fields.map { String($0 + 1) }.joined(separator: ", ")))")
            }
            return found
        }

        /// The header rows `wide.header_rows` names, other than the period row.
        var namedHeaderRows: [String] {
            guard case .wide(let wide) = spec.layout else { return [] }
            return wide.headerRows.filter { $0 != WideSpec.periodRow }
        }

        /// The number of the header row a rule or `unit_from_label` names; nil for a column.
        func headerRow(named name: String) -> Int? {
            guard case .wide(let wide) = spec.layout, name != WideSpec.periodRow else { return nil }
            return wide.headerRows.firstIndex(of: name)
        }

        /// The field of each dimension `columns:` maps.
        func dimensionIndex() throws -> [Dimension: Int] {
            var columnIndex: [Dimension: Int] = [:]
            for (dimension, column) in spec.columns {
                columnIndex[dimension] = try index(
                    of: column, keyPath: "columns.\(dimension.rawValue)")
            }
            return columnIndex
        }
    }

    struct CompiledRules {
        let rules: [CompiledRule]
        /// The columns the rules test, each once.
        let conditionColumns: [Int]
        /// The header rows the rules test, each once.
        let conditionHeaderRows: [Int]
    }

    /// The rules with their conditions pointing at slots of the columns and header rows they
    /// test (each once).
    static func compileRules(of spec: PipelineSpec, _ columns: HeaderColumns) throws
        -> CompiledRules
    {
        var conditionColumns: [Int] = []
        var conditionHeaderRows: [Int] = []
        func slot(_ condition: RowCondition, keyPath: String) throws -> (Slot, Set<String>) {
            let values = Set(condition.values.map(Self.label))
            if let row = columns.headerRow(named: condition.column) {
                if let slot = conditionHeaderRows.firstIndex(of: row) {
                    return (.headerRow(slot), values)
                }
                conditionHeaderRows.append(row)
                return (.headerRow(conditionHeaderRows.count - 1), values)
            }
            let column = try columns.index(of: condition.column, keyPath: keyPath)
            if let slot = conditionColumns.firstIndex(of: column) { return (.column(slot), values) }
            conditionColumns.append(column)
            return (.column(conditionColumns.count - 1), values)
        }
        let rules = try spec.rules.enumerated().map { number, rule in
            CompiledRule(
                conditions: try rule.conditions.map {
                    try slot($0, keyPath: "rules[\(number)].when.\($0.column)")
                },
                exclusions: try rule.exclusions.map {
                    try slot($0, keyPath: "rules[\(number)].unless.\($0.column)")
                },
                assignments: rule.assignments, skipReason: rule.skipReason)
        }
        return CompiledRules(
            rules: rules, conditionColumns: conditionColumns,
            conditionHeaderRows: conditionHeaderRows)
    }

    static func measureUnits(of spec: PipelineSpec) -> [String: UnitCatalog.Unit] {
        var units: [String: UnitCatalog.Unit] = [:]
        for measure in spec.measures {
            units[measure.code] = UnitCatalog.standard.unit(named: measure.unit)
        }
        return units
    }
}
