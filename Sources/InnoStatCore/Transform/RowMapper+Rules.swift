/// The first steps of mapping a row: refusing a malformed one, then the rules.
extension RowMapper {
    enum RuleDecision {
        case assign([Dimension: String])
        case skip(reason: String)
        case refuse(Reject)
    }

    /// A row with a field count the header does not allow, or a value in a column that must
    /// stay empty.
    func malformedReject(_ record: any TableRow) -> Reject? {
        if let ragged = raggedReject(record) { return ragged }
        for index in ignoredColumns where index < record.count && !record.fieldIsEmpty(index) {
            return reject(
                record, index, .unexpectedValue,
                "\"\(record[index])\" in column \"\(columnNames[index])\", which must stay empty")
        }
        return nil
    }

    /// What the first matching rule says of the row under one group of value columns; a row no
    /// rule matches is skipped when the pipeline declares why, refused otherwise.
    func ruleDecision(for record: any TableRow, _ rowTexts: [String], _ headerTexts: [String])
        -> RuleDecision
    {
        let rule = rules.first { $0.matches(rowTexts, headerTexts) }
        if let rule, let reason = rule.skipReason { return .skip(reason: reason) }
        if rule == nil && !rules.isEmpty {
            if let reason = spec.unmatchedSkipReason { return .skip(reason: reason) }
            var shown = zip(conditionColumns, rowTexts).map { "\(header[$0])=\"\($1)\"" }
            shown += headerTexts.map { "\"\($0)\"" }
            return .refuse(
                Reject(
                    line: record.line, column: nil, columnName: nil,
                    rawText: record.fields.joined(separator: ","), reason: .unmatchedRow,
                    message: "no rule matches this row (\(shown.joined(separator: ", ")))"))
        }
        return .assign(rule?.assignments ?? [:])
    }

    func raggedReject(_ record: any TableRow) -> Reject? {
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
}
