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
    struct CompiledRule {
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

    struct ValueColumn {
        let index: Int
        let name: String
        let period: PeriodParser.Period?
    }

    let spec: PipelineSpec
    let header: [String]
    let columnIndex: [Dimension: Int]
    let rules: [CompiledRule]
    /// The columns rules test, each read and trimmed once per row.
    let conditionColumns: [Int]
    let valueColumns: [ValueColumn]
    let ignoredColumns: [Int]
    let noteColumns: [Int]
    let measureUnits: [String: UnitCatalog.Unit]

    init(spec: PipelineSpec, header: [String], file: String) throws {
        self.spec = spec
        self.header = header
        let columns = HeaderColumns(spec: spec, header: header, file: file)
        columnIndex = try columns.dimensionIndex()
        noteColumns = try spec.noteColumns.map {
            try columns.index(of: $0, keyPath: "columns.note")
        }
        (rules, conditionColumns) = try Self.compileRules(of: spec, columns)
        measureUnits = Self.measureUnits(of: spec)
        (valueColumns, ignoredColumns) = try Self.layoutColumns(
            of: spec, header: header, file: file, valueIndex: columnIndex[.value])
    }

    func map(_ record: CSVRecord) -> Outcome {
        if let tooLong = Reject.overlong(record, header: header) { return .rejected(tooLong) }
        if let refusal = malformedReject(record) { return .rejected([refusal]) }
        let assignments: [Dimension: String]
        switch ruleDecision(for: record) {
        case .skip(let reason): return .skipped(reason: reason)
        case .refuse(let reject): return .rejected([reject])
        case .assign(let values): assignments = values
        }
        var fields = RowFields(record: record, assignments: assignments)
        guard let key = rowKey(&fields) else { return .rejected(fields.rejects) }
        let observations = stagedObservations(key, &fields)
        if observations.isEmpty && !fields.rejects.isEmpty { return .rejected(fields.rejects) }
        return .observations(observations, rejects: fields.rejects)
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

    func raggedReject(_ record: CSVRecord) -> Reject? {
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

    func reject(
        _ record: CSVRecord, _ index: Int?, _ reason: Reject.Reason, _ message: String
    ) -> Reject {
        Reject(
            line: index.map { record.lineOfField($0) } ?? record.line,
            column: index.map { $0 + 1 }, columnName: index.map { header[$0] },
            rawText: index.map { record[$0] } ?? record.fields.joined(separator: ","),
            reason: reason, message: message)
    }
}
