import SQLiteStore

extension StageChecker {
    private struct Member {
        let code: String
        let value: Double?
        let stageRowID: Int64
        let line: Int
        let column: Int
        let rawText: String
    }

    /// Groups the staged figures of the measure by period and the dimensions other than
    /// `rule.over`. A group is checked when its total has a value and at least one part does.
    /// When every expected part has a value, the parts must sum to the total within the
    /// tolerance; when some are missing or absent, they must at least not exceed it.
    func checkSum(_ measure: String, rule: SumRule, check: CheckSpec, into outcome: inout Outcome)
        throws
    {
        let groupColumns =
            ["period"]
            + SumRule.Dimension.allCases.filter { $0 != rule.over }.map(\.column)
        let statement = try database.prepare(
            """
            SELECT \(groupColumns.joined(separator: ", ")), \(rule.over.column) AS part_code,
                   value, rowid AS stage_row_id, source_line, source_column, raw_text
            FROM temp.stage_observation WHERE measure_code = ?
            ORDER BY \(groupColumns.joined(separator: ", ")), rowid
            """)
        try statement.bind([.text(measure)])
        let columns = StatementColumns(statement)
        let keyColumns = groupColumns.map { columns[$0] }
        let (part, value, stageRowID, line, column, rawText) = (
            columns["part_code"], columns["value"], columns["stage_row_id"],
            columns["source_line"], columns["source_column"], columns["raw_text"]
        )
        var key: [String] = []
        var members: [Member] = []
        func finishGroup() {
            if let period = key.first {
                checkGroup(period: period, members, rule: rule, check: check, into: &outcome)
            }
            members.removeAll(keepingCapacity: true)
        }
        while try statement.step() {
            let rowKey = keyColumns.map { statement.string(at: $0) ?? "" }
            if rowKey != key {
                finishGroup()
                key = rowKey
            }
            members.append(
                Member(
                    code: statement.string(at: part) ?? "",
                    value: statement.isNull(at: value) ? nil : statement.double(at: value),
                    stageRowID: statement.int64(at: stageRowID),
                    line: Int(statement.int64(at: line)),
                    column: Int(statement.int64(at: column)),
                    rawText: statement.string(at: rawText) ?? ""))
        }
        finishGroup()
    }

    private func checkGroup(
        period: String, _ members: [Member], rule: SumRule, check: CheckSpec,
        into outcome: inout Outcome
    ) {
        let expected = Self.expectedParts(rule.parts, period: period)
        let valued = members.filter { expected.contains($0.code) && $0.value != nil }
        let sum = valued.reduce(0) { $0 + $1.value! }
        let totalMember: Member?
        let total: Double
        switch rule.total {
        case .code(let code):
            guard let member = members.first(where: { $0.code == code }), let value = member.value
            else { return }
            totalMember = member
            total = value
        case .constant(let value):
            totalMember = nil
            total = value
        }
        guard !valued.isEmpty else { return }
        outcome.checked += 1
        let complete = Set(valued.map(\.code)).count == expected.count
        let difference =
            total == 0 ? (sum == 0 ? 0 : Double.infinity) : abs(sum - total) / abs(total) * 100
        guard difference > rule.tolerancePercent, complete || sum > total else { return }
        outcome.failed += 1

        let apart = "(\(Self.percent(difference))% apart): \(check.failureSuffix)"
        let sumText = Self.number(sum)
        let totalText = Self.number(total)
        let given = complete ? "" : "\(valued.count) of "
        if let totalMember {
            let message =
                complete
                ? "\(totalText) is not the sum of its \(valued.count) parts, \(sumText) \(apart)"
                : "\(totalText) is less than the sum of \(given)its \(expected.count) parts, "
                    + "\(sumText) \(apart)"
            outcome.failures.append(
                Failure(
                    stageRowID: totalMember.stageRowID, line: totalMember.line,
                    column: totalMember.column, rawText: totalMember.rawText, message: message))
            return
        }
        let count = complete ? valued.count : expected.count
        for part in valued {
            let verb = complete ? "sum to" : "already sum to"
            outcome.failures.append(
                Failure(
                    stageRowID: part.stageRowID, line: part.line, column: part.column,
                    rawText: part.rawText,
                    message:
                        "\(Self.number(part.value!)) is one of \(given)\(count) parts that \(verb) "
                        + "\(sumText), not \(totalText) \(apart)"))
        }
    }

    /// The codes that are parts in `period`: the listed codes, or the provinces that existed
    /// at the end of the period.
    static func expectedParts(_ parts: SumRule.Parts, period: String) -> Set<String> {
        switch parts {
        case .codes(let codes):
            return Set(codes)
        case .provinces:
            let end = period.count == 4 ? "\(period)-12-31" : "\(period)-31"
            let start = period.count == 4 ? "\(period)-01-01" : "\(period)-01"
            return Set(
                RegionCatalog.korea.regions.filter { region in
                    region.level == "province" && (region.validFrom ?? "") <= end
                        && (region.validTo.map { $0 >= start } ?? true)
                }.map(\.code))
        }
    }
}
