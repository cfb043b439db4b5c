import SQLiteStore

/// The observations behind a value, each with its source, file and line, and the sources
/// `v_observation` passed over for it.
extension IndicatorExplainer {
    /// The `indicator_input` rows of a value, in measure, region, period order.
    func inputs(_ code: String, region: String, year: Int) throws -> [IndicatorExplanation.Input] {
        let rows = try database.rows(
            """
            SELECT i.measure_code, i.input_region_code, i.period, i.sector_code, i.size_code,
                   i.source_id, i.value, i.status, m.unit, s.publisher, s.title, s.url,
                   s.precedence, o.value, o.status, o.note, o.source_file, o.source_line,
                   o.source_column, o.observation_id
            FROM indicator_input i
            LEFT JOIN measure m ON m.measure_code = i.measure_code
            LEFT JOIN source s ON s.source_id = i.source_id
            LEFT JOIN observation o ON o.measure_code = i.measure_code
                AND o.region_code = i.input_region_code AND o.period = i.period
                AND o.sector_code = i.sector_code AND o.size_code = i.size_code
                AND o.source_id = i.source_id
            WHERE i.indicator_code = ? AND i.region_code = ? AND i.year = ?
            ORDER BY i.measure_code, i.sector_code, i.size_code, i.input_region_code, i.period
            """, [.text(code), .text(region), .integer(Int64(year))])
        return try rows.map { try input($0) }
    }

    private func input(_ row: Row) throws -> IndicatorExplanation.Input {
        let measure = row[0].textValue ?? ""
        let region = row[1].textValue ?? ""
        let period = row[2].textValue ?? ""
        let sector = row[3].textValue ?? ""
        let size = row[4].textValue ?? ""
        let sourceID = row[5].textValue ?? ""
        let value = row[6].doubleValue
        let status = row[7].textValue ?? ""
        let key: [DatabaseValue] = [
            .text(measure), .text(region), .text(period), .text(sector), .text(size),
        ]
        var warnings: [String] = []
        var location: String?
        if row[19] == .null {
            warnings.append(
                "the warehouse no longer holds this figure from \(sourceID) (revised or "
                    + "retired since; see observation_history)")
        } else {
            location =
                "\(row[16].textValue ?? ""):\(row[17].integerValue ?? 0)"
                + (row[18].integerValue.map { ":\($0)" } ?? "")
            if row[13].doubleValue != value || row[14].textValue != status {
                warnings.append(
                    "the warehouse now holds \(Self.describe(row[13].doubleValue)) "
                        + "\(row[14].textValue ?? "") for it (revised after the run)")
            }
        }
        let preferred = try database.scalar(
            """
            SELECT source_id FROM v_observation WHERE measure_code = ? AND region_code = ?
            AND period = ? AND sector_code = ? AND size_code = ?
            """, key
        ).textValue
        if let preferred, preferred != sourceID {
            warnings.append("v_observation now prefers \(preferred) for this figure")
        }
        let precedence = row[12].integerValue
        let alternatives = try database.rows(
            """
            SELECT o.source_id, s.precedence, o.value, o.status, o.source_file, o.source_line,
                   o.source_column
            FROM observation o JOIN source s USING (source_id)
            WHERE o.measure_code = ? AND o.region_code = ? AND o.period = ? AND o.sector_code = ?
              AND o.size_code = ? AND o.source_id != ?
            ORDER BY o.value IS NULL, s.precedence, o.source_id
            """, key + [.text(sourceID)]
        ).map { other in
            let otherPrecedence = other[1].integerValue
            let otherID = other[0].textValue ?? ""
            let reason: String
            if other[2] == .null {
                reason = "it has no value"
            } else if let mine = precedence, let theirs = otherPrecedence, theirs > mine {
                reason = "precedence \(theirs) > \(mine)"
            } else if otherPrecedence == precedence, otherID > sourceID {
                reason = "same precedence, and \(sourceID) sorts first"
            } else {
                reason = "v_observation would now choose it"
            }
            return IndicatorExplanation.Alternative(
                sourceID: otherID, precedence: otherPrecedence, value: other[2].doubleValue,
                status: other[3].textValue ?? "",
                location: "\(other[4].textValue ?? ""):\(other[5].integerValue ?? 0)"
                    + (other[6].integerValue.map { ":\($0)" } ?? ""),
                reason: reason)
        }
        return IndicatorExplanation.Input(
            role: "", measure: measure, unit: row[8].textValue ?? "", region: region,
            period: period, sector: sector, size: size, value: value, status: status,
            sourceID: sourceID, publisher: row[9].textValue, title: row[10].textValue,
            url: row[11].textValue, precedence: precedence, location: location,
            note: row[15].textValue, alternatives: alternatives, warnings: warnings)
    }

    /// The value of another indicator (one the explained indicator reads) in a year.
    func indicatorValue(_ code: String, region: String, year: Int) throws -> Double? {
        try database.scalar(
            """
            SELECT value FROM indicator_value
            WHERE indicator_code = ? AND region_code = ? AND year = ?
            """, [.text(code), .text(region), .integer(Int64(year))]
        ).doubleValue
    }

    /// Every (year, value) of another indicator with a value, in year order.
    func indicatorSeries(_ code: String, region: String) throws -> [(year: Int, value: Double)] {
        try database.rows(
            """
            SELECT year, value FROM indicator_value
            WHERE indicator_code = ? AND region_code = ? AND value IS NOT NULL ORDER BY year
            """, [.text(code), .text(region)]
        ).map { (Int($0[0].integerValue ?? 0), $0[1].doubleValue ?? 0) }
    }

    /// Whether `name` is an indicator (rather than a measure).
    func isIndicator(_ name: String) throws -> Bool {
        try database.scalar(
            "SELECT count(*) FROM indicator WHERE indicator_code = ?", [.text(name)]
        ).integerValue ?? 0 > 0
    }

    /// Why the value has its status: the break note, every input not `A` with its note, and
    /// what the method adds (an estimated stock, an inferred comparison).
    func qualify(_ context: Context, extra: [String]) throws -> [String] {
        var lines: [String] = []
        let status = ObservationStatus(letter: context.status)
        lines.append(
            "status \(context.status)"
                + (status.map { " (\($0.name))" } ?? "")
                + (context.status == "A" ? ": no input or rule qualifies it" : ""))
        if let reason = context.note("break")?.text {
            lines.append("break: \(reason)")
        }
        if let missing = context.note("missing")?.text {
            lines.append("missing: \(missing)")
        }
        lines += extra
        var groups: [(status: String, note: String?, inputs: [IndicatorExplanation.Input])] = []
        for input in context.inputs where input.status != "A" {
            if let index = groups.firstIndex(where: {
                $0.status == input.status && $0.note == input.note
            }) {
                groups[index].inputs.append(input)
            } else {
                groups.append((input.status, input.note, [input]))
            }
        }
        for group in groups {
            let name = ObservationStatus(letter: group.status)?.name ?? group.status
            let subject =
                group.inputs.count == 1
                ? "input \(group.inputs[0].key) is"
                : "\(group.inputs.count) inputs (\(Self.keys(group.inputs))) are"
            lines.append(
                "\(subject) \(group.status) (\(name))" + (group.note.map { ": \($0)" } ?? ""))
        }
        return lines
    }

    /// `population 2010 of KR-11, KR-26`: inputs named once per measure and period.
    static func keys(_ inputs: [IndicatorExplanation.Input]) -> String {
        var series: [(name: String, regions: [String])] = []
        for input in inputs {
            let name = input.key.replacingOccurrences(
                of: " \(input.region) \(input.period)", with: " \(input.period)")
            if let index = series.firstIndex(where: { $0.name == name }) {
                series[index].regions.append(input.region)
            } else {
                series.append((name, [input.region]))
            }
        }
        return series.map { "\($0.name) of \($0.regions.joined(separator: ", "))" }
            .joined(separator: "; ")
    }
}
