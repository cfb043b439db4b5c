import CSVStream
import Foundation

/// A pipeline's mapping compiled against one file's header: turns each data record into staged
/// observations, a skip, or rejects. Built once per file; `map` runs per record.
struct RowMapper {
    enum Outcome: Equatable {
        case observations([StagedObservation], rejects: [Reject])
        case skipped(reason: String)
        case rejected([Reject])
    }

    /// Conditions refer to a slot of the row's condition texts, read once per row.
    private struct CompiledRule {
        let conditions: [(slot: Int, values: Set<String>)]
        let exclusions: [(slot: Int, values: Set<String>)]
        let assignments: [Dimension: String]
        let skipReason: String?

        func matches(_ texts: [String]) -> Bool {
            conditions.allSatisfy { $0.values.contains(texts[$0.slot]) }
                && (exclusions.isEmpty
                    || !exclusions.allSatisfy { $0.values.contains(texts[$0.slot]) })
        }
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
    /// The columns rules test, each read and trimmed once per row.
    private let conditionColumns: [Int]
    private let valueColumns: [ValueColumn]
    private let ignoredColumns: [Int]
    private let noteColumns: [Int]
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
        var columnIndex: [Dimension: Int] = [:]
        for (dimension, column) in spec.columns {
            columnIndex[dimension] = try index(of: column, keyPath: "columns.\(dimension.rawValue)")
        }
        self.columnIndex = columnIndex
        self.noteColumns = try spec.noteColumns.map { try index(of: $0, keyPath: "columns.note") }
        var conditionColumns: [Int] = []
        func slot(_ condition: RowCondition, keyPath: String) throws -> (Int, Set<String>) {
            let column = try index(of: condition.column, keyPath: keyPath)
            let values = Set(condition.values.map(Self.label))
            if let slot = conditionColumns.firstIndex(of: column) { return (slot, values) }
            conditionColumns.append(column)
            return (conditionColumns.count - 1, values)
        }
        self.rules = try spec.rules.enumerated().map { number, rule in
            CompiledRule(
                conditions: try rule.conditions.map {
                    try slot($0, keyPath: "rules[\(number)].when.\($0.column)")
                },
                exclusions: try rule.exclusions.map {
                    try slot($0, keyPath: "rules[\(number)].unless.\($0.column)")
                },
                assignments: rule.assignments, skipReason: rule.skipReason)
        }
        self.conditionColumns = conditionColumns
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
        if let tooLong = Reject.overlong(record, header: header) { return .rejected(tooLong) }
        if let ragged = raggedReject(record) { return .rejected([ragged]) }
        for index in ignoredColumns where index < record.count && !record.fieldIsEmpty(index) {
            return .rejected([
                reject(
                    record, index, .unexpectedValue,
                    "\"\(record[index])\" in column \"\(header[index])\", which must stay empty")
            ])
        }
        let texts = conditionColumns.map { Self.label(record[$0]) }
        let rule = rules.first { $0.matches(texts) }
        if let rule, let reason = rule.skipReason { return .skipped(reason: reason) }
        if rule == nil && !rules.isEmpty {
            if let reason = spec.unmatchedSkipReason { return .skipped(reason: reason) }
            let shown = zip(conditionColumns, texts).map { "\(header[$0])=\"\($1)\"" }
                .joined(separator: ", ")
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

        /// The code a vocabulary gives the dimension's label; nil (and a reject naming the
        /// closest known labels) when it knows none.
        func resolve(
            _ dimension: Dimension, _ what: String, _ reason: Reject.Reason,
            required: Bool = false,
            _ lookup: (String) -> String?, _ closest: (String) -> [String]
        ) -> String? {
            guard let (text, column) = dimensionText(dimension) else {
                if required { rejects.append(missing(dimension)) }
                return nil
            }
            if let code = lookup(text) { return code }
            rejects.append(
                reject(
                    record, column, reason,
                    UnknownLabel.message(what, text, closest: closest(text))))
            return nil
        }
        let regions = RegionCatalog.korea
        let region = resolve(
            .region, "region", .unknownRegion, required: true,
            { regions.resolve($0, codeSystem: spec.regionCodeSystem) },
            { regions.closestNames(to: $0, limit: 3) })
        let sector =
            resolve(
                .sector, "sector", .unknownSector, SectorCatalog.standard.resolve,
                { SectorCatalog.standard.closestNames(to: $0, limit: 3) }) ?? "TOT"
        let size =
            resolve(
                .size, "firm size", .unknownSize, FirmSizeCatalog.standard.resolve,
                { FirmSizeCatalog.standard.closestNames(to: $0, limit: 3) }) ?? "ALL"
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
        var source: (id: String, url: String)?
        if let index = columnIndex[.sourceURL] {
            let url = trimmed(record[index])
            if url.isEmpty {
                rejects.append(
                    reject(record, index, .missingDimension, "no source url for this row"))
            } else if !Self.isWebAddress(url) {
                rejects.append(
                    reject(
                        record, index, .badSourceURL,
                        "\"\(url)\" is not a source url (http:// or https://, no spaces)"))
            } else {
                source = (spec.rowSourceID(url: url), url)
            }
        }
        guard rejects.isEmpty, let measure, let region, let measureUnit = measureUnits[measure] else {
            return .rejected(rejects)
        }
        let rowNote =
            noteColumns.isEmpty
            ? ""
            : noteColumns.map { trimmed(record[$0]) }.filter { !$0.isEmpty }
                .joined(separator: "; ")

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
                    var notes: [String] = []
                    if let note = parsed.note { notes.append(note) }
                    if !spec.seriesBreaks.isEmpty, value != nil,
                        let reason = spec.seriesBreaks[period.text]
                    {
                        if status == .normal { status = .breakInSeries }
                        notes.append("series break: \(reason)")
                    }
                    if !rowNote.isEmpty { notes.append(rowNote) }
                    observations.append(
                        StagedObservation(
                            measure: measure, region: region, period: period.text,
                            year: period.year, sector: sector, size: size, value: value,
                            status: value == nil ? .missing : status, line: record.line,
                            column: column.index + 1,
                            note: notes.isEmpty ? nil : notes.joined(separator: "; "),
                            sourceID: source?.id, sourceURL: source?.url, rawText: raw))
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
        guard let converted = UnitCatalog.standard.convert(value, from: from, to: measureUnit)
        else {
            return .failure("unit \(from.name) does not convert to \(measureUnit.name)")
        }
        return .success(converted)
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
        if !needsWork && !previousWasSpace { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `http://` or `https://` followed by at least one character, no white space.
    static func isWebAddress(_ text: String) -> Bool {
        let scheme = ["https://", "http://"].first { text.hasPrefix($0) }
        guard let scheme else { return false }
        let rest = text.utf8.dropFirst(scheme.utf8.count)
        return !rest.isEmpty && !rest.contains { $0 <= 0x20 }
    }

    private func raggedReject(_ record: CSVRecord) -> Reject? {
        if record.count == header.count { return nil }
        if record.count > header.count {
            let extraEmpty = (header.count..<record.count).allSatisfy { record.fieldIsEmpty($0) }
            if extraEmpty { return nil }
        }
        // A missing trailing empty column (e.g. "Unnamed: 43") only, and not on a last record
        // without a line end: that is how a file cut off inside its last value looks.
        if record.count < header.count && record.endsWithLineEnd {
            let neededColumns =
                Set(columnIndex.values).union(valueColumns.map(\.index)).union(noteColumns)
                .union(conditionColumns)
            if record.count > (neededColumns.max() ?? 0) && record.count >= header.count - 1 {
                if ignoredColumns.contains(header.count - 1) { return nil }
            }
        }
        var message = "the record has \(record.count) fields, the header has \(header.count)"
        if record.count < header.count && !record.endsWithLineEnd {
            message += " (the last record, without a line end: the file may be cut off)"
        }
        return Reject(
            line: record.line, column: nil, columnName: nil,
            rawText: record.fields.joined(separator: ","), reason: .raggedRow, message: message)
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
