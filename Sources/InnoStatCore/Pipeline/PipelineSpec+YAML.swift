import CSVStream
import Foundation

extension PipelineSpec {
    /// Reads and checks a pipeline file. `file` is the path shown in diagnostics.
    public static func load(path: String, file: String? = nil) throws -> PipelineSpec {
        let display = file ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError(file: display, keyPath: "", message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PipelineError(file: display, keyPath: "", message: "not UTF-8 text")
        }
        let defaultName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try parse(yaml: text, file: display, defaultName: defaultName)
    }

    /// Every key a pipeline file may have at its top level.
    static let topLevelKeys = [
        "name", "enabled", "description", "source", "precedence", "inputs", "read", "layout",
        "wide", "columns", "defaults", "region_code_system", "series_breaks", "measures",
        "rules", "unmatched", "tolerance", "checks", "may_shrink", "unit_from_label",
        "indented_rows", "status_codes", "fetch",
    ]

    public static func parse(yaml: String, file: String, defaultName: String) throws
        -> PipelineSpec
    {
        let root = try YAMLCursor.parse(yaml: yaml, file: file)
        _ = try root.requireMapping()
        // An unknown key first: a misspelt one (`colums`) explains the value found missing.
        try root.finish(knowing: topLevelKeys)
        let name = try root["name"].optionalString() ?? defaultName
        let enabled = try root["enabled"].bool(default: true)
        let description = try root["description"].optionalString()
        let source = try parseSource(root["source"])
        let precedence = try root["precedence"].int(default: 100)
        let inputsCursor = root["inputs"]
        let inputs = try inputsCursor.stringList()
        if inputs.isEmpty { throw inputsCursor.error("name at least one input file") }
        let read = try parseRead(root["read"])
        let layout = try parseLayout(root["layout"], wide: root["wide"])
        let (columns, noteColumns) = try parseColumns(root["columns"])
        let defaults = try parseDimensionMap(
            root["defaults"], allowed: [.measure, .region, .sector, .size, .unit, .status, .period])
        let regionCodeSystem = try parseCodeSystem(root["region_code_system"])
        let seriesBreaks = try parseSeriesBreaks(root["series_breaks"])
        let measures = try parseMeasures(root["measures"])
        let rules = try parseRules(root["rules"])
        let unmatched = root["unmatched"]
        let unmatchedSkipReason = try parseUnmatched(unmatched)
        let tolerance = try root["tolerance"].int(default: 0)
        if tolerance < 0 { throw root["tolerance"].error("must not be negative") }
        let checks = try parseChecks(root["checks"], measures: measures)
        let mayShrink = try root["may_shrink"].bool(default: false)
        let unitFromLabel = try root["unit_from_label"].optionalString()
        let indentedRows = try parseIndentedRows(root["indented_rows"])
        let statusCodes = try parseStatusCodes(root["status_codes"])
        let fetch = try parseFetch(root["fetch"], inputs: inputs)
        try root.finish()

        var spec = PipelineSpec(
            name: name, file: file, enabled: enabled, description: description, source: source,
            precedence: precedence, inputs: inputs, read: read, layout: layout, columns: columns,
            noteColumns: noteColumns, defaults: defaults, regionCodeSystem: regionCodeSystem,
            seriesBreaks: seriesBreaks, rules: rules,
            unmatchedSkipReason: unmatchedSkipReason, measures: measures, tolerance: tolerance,
            fingerprint: FileDigest.hexDigest(of: Array(yaml.utf8)), checks: checks)
        spec.mayShrink = mayShrink
        spec.unitFromLabel = unitFromLabel
        spec.indentedRows = indentedRows
        (spec.statusCodes, spec.statusCodeList) = statusCodes
        spec.fetch = fetch
        try spec.checkConsistency(root: root)
        return spec
    }

    private static func parseSource(_ cursor: YAMLCursor) throws -> SourceSpec {
        guard cursor.exists else { throw cursor.missing() }
        _ = try cursor.requireMapping()
        let source = SourceSpec(
            id: try cursor["id"].string(),
            publisher: try cursor["publisher"].string(),
            title: try cursor["title"].string(),
            url: try cursor["url"].optionalString(),
            licence: try cursor["licence"].optionalString(),
            note: try cursor["note"].optionalString(),
            isSynthetic: try cursor["synthetic"].bool(default: false))
        try cursor.finish()
        return source
    }

    static func parseDimensionMap(
        _ cursor: YAMLCursor, allowed: [Dimension], skipping: Set<String> = []
    ) throws -> [Dimension: String] {
        guard cursor.exists else { return [:] }
        var result: [Dimension: String] = [:]
        for key in try cursor.keys() where !skipping.contains(key) {
            let child = cursor[key]
            guard let dimension = Dimension(rawValue: key), allowed.contains(dimension) else {
                let known = allowed.map(\.rawValue).joined(separator: ", ")
                throw child.error("unknown dimension (known: \(known))")
            }
            result[dimension] = try child.string()
        }
        return result
    }

    /// `columns`: dimension → column; `note` may name a list of columns.
    private static func parseColumns(_ cursor: YAMLCursor) throws
        -> (columns: [Dimension: String], noteColumns: [String])
    {
        guard cursor.exists else { return ([:], []) }
        let noteCursor = cursor["note"]
        let noteColumns = try noteCursor.stringList()
        if noteCursor.exists && noteColumns.isEmpty {
            throw noteCursor.error("name at least one column")
        }
        var columns = try parseDimensionMap(
            cursor, allowed: Dimension.allCases, skipping: [Dimension.note.rawValue])
        columns[.note] = nil
        return (columns, noteColumns)
    }

    /// `status_codes`: a publisher's code list (`sdmx`, `eurostat`), or its flags → the
    /// warehouse statuses they stand for (`+: E`).
    private static func parseStatusCodes(_ cursor: YAMLCursor) throws
        -> (codes: [String: ObservationStatus], list: StatusCodeList?)
    {
        guard cursor.exists else { return ([:], nil) }
        if let name = cursor.node?.string {
            guard let list = StatusCodeList(rawValue: name) else {
                throw cursor.error(
                    "expected sdmx, eurostat or a mapping of flags to statuses, got \"\(name)\"")
            }
            return ([:], list)
        }
        var codes: [String: ObservationStatus] = [:]
        for (keyNode, valueNode) in try cursor.requireMapping() {
            guard let key = keyNode.string else { throw cursor.error("keys must be text") }
            let child = YAMLCursor(
                file: cursor.file, path: "\(cursor.path).\(key)", node: valueNode)
            let letter = try child.string()
            guard let status = ObservationStatus(letter: letter) else {
                let known = ObservationStatus.allCases.map(\.letter).joined(separator: ", ")
                throw child.error("\"\(letter)\" is not a status (\(known))")
            }
            codes[key.trimmingCharacters(in: .whitespaces)] = status
        }
        return (codes, nil)
    }

    /// `series_breaks`: period → the reason the series breaks there.
    private static func parseSeriesBreaks(_ cursor: YAMLCursor) throws -> [String: String] {
        guard cursor.exists else { return [:] }
        var breaks: [String: String] = [:]
        for (keyNode, valueNode) in try cursor.requireMapping() {
            guard let key = keyNode.string else { throw cursor.error("keys must be text") }
            let child = YAMLCursor(
                file: cursor.file, path: "\(cursor.path).\(key)", node: valueNode)
            guard let period = PeriodParser.parse(key) else {
                throw child.error("\"\(key)\" is not a period (YYYY, YYYY-MM, YYYY-Qn or YYYY-Sn)")
            }
            breaks[period.text] = try child.string()
        }
        return breaks
    }

    private static func parseCodeSystem(_ cursor: YAMLCursor) throws -> RegionCodeSystem? {
        guard let name = try cursor.optionalString() else { return nil }
        guard let system = RegionCodeSystem(rawValue: name) else {
            let known = RegionCodeSystem.allCases.map(\.rawValue).joined(separator: ", ")
            throw cursor.error("unknown code system \"\(name)\" (known: \(known))")
        }
        return system
    }

    private static func parseMeasures(_ cursor: YAMLCursor) throws -> [MeasureSpec] {
        guard cursor.exists else { throw cursor.error("declare at least one measure") }
        var measures: [MeasureSpec] = []
        for code in try cursor.keys() {
            let entry = cursor[code]
            guard code.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) != nil else {
                throw entry.error("measure codes are snake_case")
            }
            _ = try entry.requireMapping()
            let unitCursor = entry["unit"]
            let unit = try unitCursor.string()
            guard UnitCatalog.standard.unit(named: unit) != nil else {
                throw unitCursor.error(
                    "unknown unit \"\(unit)\" (known: \(UnitCatalog.standard.names.joined(separator: ", ")))"
                )
            }
            let toleranceCursor = entry["conflict_tolerance_percent"]
            let tolerance = try toleranceCursor.optionalDouble()
            if let tolerance, tolerance < 0 { throw toleranceCursor.error("must not be negative") }
            measures.append(
                MeasureSpec(
                    code: code, name: try entry["name"].string(), unit: unit,
                    description: try entry["description"].optionalString(),
                    conflictTolerancePercent: tolerance))
            try entry.finish()
        }
        return measures
    }

    private static func parseRules(_ cursor: YAMLCursor) throws -> [RowRule] {
        try cursor.elements().map { entry in
            _ = try entry.requireMapping()
            let conditions = try parseConditions(entry["when"])
            let exclusions = try parseConditions(entry["unless"])
            let assignments = try parseDimensionMap(
                entry["set"], allowed: [.measure, .region, .period, .sector, .size, .unit, .status])
            let skip = try entry["skip"].optionalString()
            if skip != nil && !assignments.isEmpty {
                throw entry.error("a rule either sets dimensions or skips, not both")
            }
            if skip == nil && assignments.isEmpty {
                throw entry.error("a rule needs `set` or `skip`")
            }
            try entry.finish()
            return RowRule(
                conditions: conditions, exclusions: exclusions, assignments: assignments,
                skipReason: skip)
        }
    }

    /// `column: value` or `column: [values]` pairs of a `when` or `unless` block.
    private static func parseConditions(_ cursor: YAMLCursor) throws -> [RowCondition] {
        guard cursor.exists else { return [] }
        var conditions: [RowCondition] = []
        for column in try cursor.keys() {
            let values = try cursor[column].stringList()
            if values.isEmpty { throw cursor[column].error("name at least one value") }
            conditions.append(RowCondition(column: column, values: Set(values.map(trimmed))))
        }
        return conditions
    }

    private static func parseUnmatched(_ cursor: YAMLCursor) throws -> String? {
        guard cursor.exists else { return nil }
        if !cursor.isMapping {
            let word = try cursor.string()
            if word == "reject" { return nil }
            throw cursor.error("expected `reject` or `skip: <reason>`")
        }
        let reason = try cursor["skip"].string()
        try cursor.finish()
        return reason
    }

    private func checkConsistency(root: YAMLCursor) throws {
        if case .firmSurvey = layout {
            try checkFirmSurvey(root: root)
            return
        }
        let measureCodes = Set(measures.map(\.code))
        func checkMeasure(_ code: String?, _ cursor: YAMLCursor) throws {
            guard let code, !measureCodes.contains(code) else { return }
            throw cursor.error(
                "unknown measure \"\(code)\" (declared: \(measures.map(\.code).joined(separator: ", ")))"
            )
        }
        try checkMeasure(defaults[.measure], root["defaults"]["measure"])
        for (index, rule) in rules.enumerated() {
            try checkMeasure(rule.assignments[.measure], root["rules"])
            for (dimension, value) in rule.assignments {
                try Self.checkConstant(
                    dimension, value, codeSystem: regionCodeSystem,
                    cursor: YAMLCursor(
                        file: file, path: "rules[\(index)].set.\(dimension.rawValue)", node: nil))
            }
        }
        for (dimension, value) in defaults {
            try Self.checkConstant(
                dimension, value, codeSystem: regionCodeSystem,
                cursor: YAMLCursor(file: file, path: "defaults.\(dimension.rawValue)", node: nil))
        }
        if case .long = layout {
            if columns[.value] == nil {
                throw YAMLCursor(file: file, path: "columns.value", node: nil).error(
                    "is required with layout: long")
            }
        } else if case .wide(let wide) = layout {
            try checkWideColumns(wide)
        }
        let measureGiven =
            columns[.measure] != nil || defaults[.measure] != nil
            || (!rules.isEmpty
                && rules.allSatisfy { $0.skipReason != nil || $0.assignments[.measure] != nil })
        if !measureGiven {
            throw YAMLCursor(file: file, path: "defaults.measure", node: nil).error(
                "no measure: give defaults.measure, columns.measure or set it in every rule")
        }
    }

    private func checkWideColumns(_ wide: WideSpec) throws {
        let cursor = YAMLCursor(file: file, path: "columns", node: nil)
        if columns[.value] != nil {
            throw cursor.error("value comes from the value columns with layout: wide")
        }
        if wide.periodsDown && columns[.period] == nil {
            throw cursor.error(
                "wide.header_rows has no period row, so columns.period must name the period column")
        }
        if !wide.periodsDown && columns[.period] != nil {
            throw cursor.error("period comes from the period header row with layout: wide")
        }
    }

    private static func checkConstant(
        _ dimension: Dimension, _ value: String, codeSystem: RegionCodeSystem?, cursor: YAMLCursor
    ) throws {
        switch dimension {
        case .region:
            if RegionCatalog.standard.resolve(value, codeSystem: codeSystem) == nil {
                throw cursor.error("unknown region \"\(value)\"")
            }
        case .sector:
            if SectorCatalog.standard.resolve(value) == nil {
                throw cursor.error("unknown sector \"\(value)\"")
            }
        case .size:
            if FirmSizeCatalog.standard.resolve(value) == nil {
                throw cursor.error("unknown firm size \"\(value)\"")
            }
        case .unit:
            if UnitCatalog.standard.unit(named: value) == nil {
                throw cursor.error("unknown unit \"\(value)\"")
            }
        case .status:
            if ObservationStatus(letter: value) == nil {
                throw cursor.error("unknown status \"\(value)\" (known: A P E B M I D)")
            }
        case .period:
            if PeriodParser.parse(value) == nil {
                throw cursor.error(
                    "\"\(value)\" is not a period (YYYY, YYYY-MM, YYYY-Qn or YYYY-Sn)")
            }
        case .unitMultiplier:
            if UnitMultiplier(value) == nil {
                throw cursor.error("\"\(value)\" is not a power of ten (a whole number, -30 to 30)")
            }
        case .measure, .value, .sourceURL, .note:
            break
        }
    }
}

func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
}
