import Foundation

/// Compiling a pipeline's mapping against one file's header: the columns it names, its rules,
/// and the value columns of its layout.
extension RowMapper {
    /// Finds the columns a pipeline names in a file's header, refusing a missing or repeated one.
    struct HeaderColumns {
        let spec: PipelineSpec
        let header: [String]
        let file: String

        func index(of column: String, keyPath: String) throws -> Int {
            guard let found = header.firstIndex(of: column) else {
                throw PipelineError(
                    file: spec.file, keyPath: keyPath,
                    message:
                        "no column \"\(column)\" in \(file) (columns: \(header.joined(separator: ", ")))"
                )
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

    /// The rules with their conditions pointing at slots of `conditionColumns`, the columns the
    /// rules test (each column once).
    static func compileRules(of spec: PipelineSpec, _ columns: HeaderColumns) throws
        -> (rules: [CompiledRule], conditionColumns: [Int])
    {
        var conditionColumns: [Int] = []
        func slot(_ condition: RowCondition, keyPath: String) throws -> (Int, Set<String>) {
            let column = try columns.index(of: condition.column, keyPath: keyPath)
            let values = Set(condition.values.map(Self.label))
            if let slot = conditionColumns.firstIndex(of: column) { return (slot, values) }
            conditionColumns.append(column)
            return (conditionColumns.count - 1, values)
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
        return (rules, conditionColumns)
    }

    static func measureUnits(of spec: PipelineSpec) -> [String: UnitCatalog.Unit] {
        var units: [String: UnitCatalog.Unit] = [:]
        for measure in spec.measures {
            units[measure.code] = UnitCatalog.standard.unit(named: measure.unit)
        }
        return units
    }

    /// The columns holding values (one for a long layout; every period column of a wide one)
    /// and the columns that must stay empty.
    static func layoutColumns(
        of spec: PipelineSpec, header: [String], file: String, valueIndex: Int?
    ) throws -> (values: [ValueColumn], ignored: [Int]) {
        switch spec.layout {
        case .long:
            let index = valueIndex!
            return ([ValueColumn(index: index, name: header[index], period: nil)], [])
        case .wide(let periodPattern, let ignorePattern):
            return try wideColumns(
                of: spec, header: header, file: file, periodPattern: periodPattern,
                ignorePattern: ignorePattern)
        case .firmSurvey:
            throw PipelineError(
                file: spec.file, keyPath: "layout",
                message: "firm_survey files are read by the firm-survey loader, not mapped by rows")
        }
    }

    /// Columns whose name matches `period_pattern` hold values of the period its first group
    /// captures; unnamed columns and those matching `ignore_pattern` must stay empty.
    private static func wideColumns(
        of spec: PipelineSpec, header: [String], file: String, periodPattern: String,
        ignorePattern: String?
    ) throws -> (values: [ValueColumn], ignored: [Int]) {
        let period = try NSRegularExpression(pattern: periodPattern)
        let ignore = try ignorePattern.map { try NSRegularExpression(pattern: $0) }
        var values: [ValueColumn] = []
        var ignored: [Int] = []
        for (index, name) in header.enumerated() {
            let range = NSRange(name.startIndex..., in: name)
            if let match = period.firstMatch(in: name, range: range),
                let group = Range(match.range(at: 1), in: name)
            {
                guard let parsed = PeriodParser.parse(String(name[group])) else {
                    throw PipelineError(
                        file: spec.file, keyPath: "wide.period_pattern",
                        message: "column \"\(name)\" of \(file) gives no period")
                }
                values.append(ValueColumn(index: index, name: name, period: parsed))
            } else if name.isEmpty || ignore?.firstMatch(in: name, range: range) != nil {
                ignored.append(index)
            }
        }
        if values.isEmpty {
            throw PipelineError(
                file: spec.file, keyPath: "wide.period_pattern",
                message: "matches no column of \(file)")
        }
        return (values, ignored)
    }
}
