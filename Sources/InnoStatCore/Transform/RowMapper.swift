import CSVStream
import Foundation

/// A pipeline's mapping compiled against one file's header: turns each data record into staged
/// observations, a skip, or rejects. Built once per file; `map` runs per record.
struct RowMapper {
    enum Outcome {
        case observations([StagedObservation], rejects: [Reject])
        case skipped(reason: String)
        case rejected([Reject])
    }

    private struct CompiledRule {
        let conditions: [(index: Int, values: Set<String>)]
        let assignments: [Dimension: String]
        let skipReason: String?
    }

    private struct ValueColumn {
        let index: Int
        let name: String
        let period: PeriodParser.Period?
    }

    private let spec: PipelineSpec
    private let header: [String]
    private let columnIndex: [Dimension: Int]
    private let rules: [CompiledRule]
    private let valueColumns: [ValueColumn]
    private let ignoredColumns: [Int]
    private let measureUnits: [String: UnitCatalog.Unit]

    init(spec: PipelineSpec, header: [String], file: String) throws {
        self.spec = spec
        self.header = header
        func index(of column: String, keyPath: String) throws -> Int {
            guard let found = header.firstIndex(of: column) else {
                throw PipelineError(
                    file: spec.file, keyPath: keyPath,
                    message:
                        "no column \"\(column)\" in \(file) (columns: \(header.joined(separator: ", ")))"
                )
            }
            return found
        }
        var columnIndex: [Dimension: Int] = [:]
        for (dimension, column) in spec.columns {
            columnIndex[dimension] = try index(of: column, keyPath: "columns.\(dimension.rawValue)")
        }
        self.columnIndex = columnIndex
        self.rules = try spec.rules.enumerated().map { number, rule in
            CompiledRule(
                conditions: try rule.conditions.map { condition in
                    (
                        try index(
                            of: condition.column, keyPath: "rules[\(number)].when.\(condition.column)"),
                        condition.values
                    )
                },
                assignments: rule.assignments, skipReason: rule.skipReason)
        }
        var units: [String: UnitCatalog.Unit] = [:]
        for measure in spec.measures {
            units[measure.code] = UnitCatalog.standard.unit(named: measure.unit)
        }
        self.measureUnits = units

        switch spec.layout {
        case .long:
            let index = columnIndex[.value]!
            valueColumns = [ValueColumn(index: index, name: header[index], period: nil)]
            ignoredColumns = []
        case .wide(let periodPattern, let ignorePattern):
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
                } else if name.isEmpty
                    || ignore?.firstMatch(in: name, range: range) != nil
                {
                    ignored.append(index)
                }
            }
            if values.isEmpty {
                throw PipelineError(
                    file: spec.file, keyPath: "wide.period_pattern",
                    message: "matches no column of \(file)")
            }
            valueColumns = values
            ignoredColumns = ignored
        case .firmSurvey:
            throw PipelineError(
                file: spec.file, keyPath: "layout",
                message: "firm_survey files are read by the firm-survey loader, not mapped by rows")
        }
    }

    func map(_ record: CSVRecord) -> Outcome {
        if let ragged = raggedReject(record) { return .rejected([ragged]) }
        for index in ignoredColumns where index < record.count && !record.fieldIsEmpty(index) {
            return .rejected([
                reject(
                    record, index, .unexpectedValue,
                    "\"\(record[index])\" in column \"\(header[index])\", which must stay empty")
            ])
        }
        let rule = rules.first { rule in
            rule.conditions.allSatisfy { condition in
                condition.values.contains(trimmed(record[condition.index]))
            }
        }
        if let rule, let reason = rule.skipReason { return .skipped(reason: reason) }
        if rule == nil && !rules.isEmpty {
            if let reason = spec.unmatchedSkipReason { return .skipped(reason: reason) }
            let shown = rules.first?.conditions.map { "\(header[$0.index])=\"\(trimmed(record[$0.index]))\"" }
                .joined(separator: ", ") ?? ""
            return .rejected([
                Reject(
                    line: record.line, column: nil, columnName: nil,
                    rawText: record.fields.joined(separator: ","), reason: .unmatchedRow,
                    message: "no rule matches this row (\(shown))")
            ])
        }
        let assignments = rule?.assignments ?? [:]

        var rejects: [Reject] = []
        func dimensionText(_ dimension: Dimension) -> (text: String, column: Int?)? {
            if let value = assignments[dimension] { return (value, nil) }
            if let index = columnIndex[dimension] {
                let text = trimmed(record[index])
                if !text.isEmpty { return (text, index) }
            }
            if let value = spec.defaults[dimension] { return (value, nil) }
            return nil
        }
        func missing(_ dimension: Dimension) -> Reject {
            Reject(
                line: record.line, column: nil, columnName: nil,
                rawText: record.fields.joined(separator: ","), reason: .missingDimension,
                message: "no \(dimension.rawValue) for this row")
        }

        var measure: String?
        if let (text, column) = dimensionText(.measure) {
            if measureUnits[text] != nil {
                measure = text
            } else {
                rejects.append(
                    reject(
                        record, column, .unknownMeasure,
                        "unknown measure \"\(text)\" (declared: \(spec.measures.map(\.code).joined(separator: ", ")))"
                    ))
            }
        } else {
            rejects.append(missing(.measure))
        }

        var region: String?
        if let (text, column) = dimensionText(.region) {
            if let code = RegionCatalog.korea.resolve(text, codeSystem: spec.regionCodeSystem) {
                region = code
            } else {
                let closest = RegionCatalog.korea.closestNames(to: text, limit: 3)
                let hint = closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))"
                rejects.append(
                    reject(record, column, .unknownRegion, "unknown region \"\(text)\"\(hint)"))
            }
        } else {
            rejects.append(missing(.region))
        }

        var sector = "TOT"
        if let (text, column) = dimensionText(.sector) {
            if let code = SectorCatalog.standard.resolve(text) {
                sector = code
            } else {
                rejects.append(reject(record, column, .unknownSector, "unknown sector \"\(text)\""))
            }
        }
        var size = "ALL"
        if let (text, column) = dimensionText(.size) {
            if let code = FirmSizeCatalog.standard.resolve(text) {
                size = code
            } else {
                rejects.append(reject(record, column, .unknownSize, "unknown firm size \"\(text)\""))
            }
        }
        var declaredStatus: ObservationStatus?
        if let (text, column) = dimensionText(.status) {
            if let status = ObservationStatus(letter: text) {
                declaredStatus = status
            } else {
                rejects.append(reject(record, column, .badStatus, "unknown status \"\(text)\""))
            }
        }
        var rawUnit: UnitCatalog.Unit?
        if let (text, column) = dimensionText(.unit) {
            if let unit = UnitCatalog.standard.unit(named: text) {
                rawUnit = unit
            } else {
                rejects.append(reject(record, column, .unknownUnit, "unknown unit \"\(text)\""))
            }
        }
        var longPeriod: PeriodParser.Period?
        if case .long = spec.layout {
            if let (text, column) = dimensionText(.period) {
                if let period = PeriodParser.parse(text) {
                    longPeriod = period
                } else {
                    rejects.append(
                        reject(record, column, .badPeriod, "\"\(text)\" is not a period (YYYY or YYYY-MM)"))
                }
            } else {
                rejects.append(missing(.period))
            }
        }
        guard rejects.isEmpty, let measure, let region, let measureUnit = measureUnits[measure] else {
            return .rejected(rejects)
        }

        var observations: [StagedObservation] = []
        observations.reserveCapacity(valueColumns.count)
        for column in valueColumns {
            guard let period = column.period ?? longPeriod else { continue }
            guard column.index < record.count else { continue }
            let raw = record[column.index]
            switch ValueParser.parse(raw) {
            case .failure(let failure):
                rejects.append(reject(record, column.index, .notANumber, "\"\(raw)\" \(failure.reason)"))
            case .success(let parsed):
                switch convert(parsed, rawUnit: rawUnit, to: measureUnit) {
                case .failure(let message):
                    rejects.append(reject(record, column.index, .unitMismatch, "\"\(raw)\": \(message)"))
                case .success(let value):
                    var status = parsed.status
                    if let declaredStatus, status == .normal { status = declaredStatus }
                    observations.append(
                        StagedObservation(
                            measure: measure, region: region, period: period.text,
                            year: period.year, sector: sector, size: size, value: value,
                            status: value == nil ? .missing : status, line: record.line,
                            column: column.index + 1, note: parsed.note))
                }
            }
        }
        if observations.isEmpty && !rejects.isEmpty { return .rejected(rejects) }
        return .observations(observations, rejects: rejects)
    }

    private enum Conversion {
        case success(Double?)
        case failure(String)
    }

    private func convert(
        _ parsed: ParsedValue, rawUnit: UnitCatalog.Unit?, to measureUnit: UnitCatalog.Unit
    ) -> Conversion {
        if parsed.ratioParts != nil {
            return .failure("a ratio, but this pipeline declares no ratio parts")
        }
        guard let value = parsed.value else { return .success(nil) }
        if parsed.isPercent && measureUnit.dimension != "percent" {
            return .failure("a percentage, but the measure is in \(measureUnit.name)")
        }
        if parsed.isKRW && measureUnit.dimension != "KRW" {
            return .failure("an amount in KRW, but the measure is in \(measureUnit.name)")
        }
        if parsed.isInBaseUnit {
            return .success(value / measureUnit.factor)
        }
        let from = rawUnit ?? measureUnit
        guard let factor = UnitCatalog.standard.conversionFactor(from: from, to: measureUnit) else {
            return .failure("unit \(from.name) does not convert to \(measureUnit.name)")
        }
        return .success(value * factor)
    }

    private func raggedReject(_ record: CSVRecord) -> Reject? {
        if record.count == header.count { return nil }
        if record.count > header.count {
            let extraEmpty = (header.count..<record.count).allSatisfy { record.fieldIsEmpty($0) }
            if extraEmpty { return nil }
        }
        if record.count < header.count {
            let neededColumns =
                Set(columnIndex.values).union(valueColumns.map(\.index))
                .union(rules.flatMap { $0.conditions.map(\.index) })
            if record.count > (neededColumns.max() ?? 0) && record.count >= header.count - 1 {
                // A missing trailing empty column (e.g. "Unnamed: 43") only.
                if ignoredColumns.contains(header.count - 1) { return nil }
            }
        }
        return Reject(
            line: record.line, column: nil, columnName: nil,
            rawText: record.fields.joined(separator: ","), reason: .raggedRow,
            message: "the record has \(record.count) fields, the header has \(header.count)")
    }

    private func reject(
        _ record: CSVRecord, _ index: Int?, _ reason: Reject.Reason, _ message: String
    ) -> Reject {
        Reject(
            line: index.map { record.lineOfField($0) } ?? record.line,
            column: index.map { $0 + 1 }, columnName: index.map { header[$0] },
            rawText: index.map { record[$0] } ?? record.fields.joined(separator: ","),
            reason: reason, message: message)
    }
}
