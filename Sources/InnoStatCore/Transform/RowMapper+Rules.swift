import CSVStream

/// The first steps of mapping a record: refusing a malformed one, then the rules.
extension RowMapper {
    enum RuleDecision {
        case assign([Dimension: String])
        case skip(reason: String)
        case refuse(Reject)
    }

    /// A record with a field count the header does not allow, or a value in a column that must
    /// stay empty.
    func malformedReject(_ record: CSVRecord) -> Reject? {
        if let ragged = raggedReject(record) { return ragged }
        for index in ignoredColumns where index < record.count && !record.fieldIsEmpty(index) {
            return reject(
                record, index, .unexpectedValue,
                "\"\(record[index])\" in column \"\(header[index])\", which must stay empty")
        }
        return nil
    }

    /// What the first matching rule says of the record; a record no rule matches is skipped
    /// when the pipeline declares why, refused otherwise.
    func ruleDecision(for record: CSVRecord) -> RuleDecision {
        let texts = conditionColumns.map { Self.label(record[$0]) }
        let rule = rules.first { $0.matches(texts) }
        if let rule, let reason = rule.skipReason { return .skip(reason: reason) }
        if rule == nil && !rules.isEmpty {
            if let reason = spec.unmatchedSkipReason { return .skip(reason: reason) }
            let shown = zip(conditionColumns, texts).map { "\(header[$0])=\"\($1)\"" }
                .joined(separator: ", ")
            return .refuse(
                Reject(
                    line: record.line, column: nil, columnName: nil,
                    rawText: record.fields.joined(separator: ","), reason: .unmatchedRow,
                    message: "no rule matches this row (\(shown))"))
        }
        return .assign(rule?.assignments ?? [:])
    }
}
