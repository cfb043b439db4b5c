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
                   s.precedence, o.value AS held_value, o.status AS held_status, o.note,
                   o.source_file, o.source_line, o.source_column, o.observation_id,
                   (SELECT sheet FROM etl_load WHERE load_id = o.load_id) AS sheet
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

    /// Which figure an input is, whatever source holds it: measure, region, period, sector and
    /// size, in the order the queries below bind them.
    private struct FigureKey {
        let measure: String
        let region: String
        let period: String
        let sector: String
        let size: String

        init(_ row: Row) {
            measure = row.text("measure_code") ?? ""
            region = row.text("input_region_code") ?? ""
            period = row.text("period") ?? ""
            sector = row.text("sector_code") ?? ""
            size = row.text("size_code") ?? ""
        }

        var arguments: [DatabaseValue] {
            [.text(measure), .text(region), .text(period), .text(sector), .text(size)]
        }
    }

    private func input(_ row: Row) throws -> IndicatorExplanation.Input {
        let key = FigureKey(row)
        let sourceID = row.text("source_id") ?? ""
        let precedence = row.integer("precedence")
        var warnings = Self.revisionWarnings(row)
        if let preferred = try preferredSource(key), preferred != sourceID {
            warnings.append("v_observation now prefers \(preferred) for this figure")
        }
        return IndicatorExplanation.Input(
            role: "", measure: key.measure, unit: row.text("unit") ?? "", region: key.region,
            period: key.period, sector: key.sector, size: key.size, value: row.double("value"),
            status: row.text("status") ?? "", sourceID: sourceID,
            publisher: row.text("publisher"), title: row.text("title"), url: row.text("url"),
            precedence: precedence,
            location: row["observation_id"] == .null ? nil : Self.location(of: row),
            note: row.text("note"),
            alternatives: try alternatives(to: key, sourceID: sourceID, precedence: precedence),
            warnings: warnings)
    }

    /// `file:line`, `file:line:column`, or in a workbook `file.xlsx:데이터!C14`, of an
    /// observation row.
    private static func location(of row: Row) -> String {
        SourcePlace.text(
            file: row.text("source_file") ?? "", line: row.int("source_line") ?? 0,
            column: row.int("source_column"), sheet: row.text("sheet"))
    }

    /// Whether the observation the run used is gone or now holds another value or status.
    private static func revisionWarnings(_ row: Row) -> [String] {
        let sourceID = row.text("source_id") ?? ""
        if row["observation_id"] == .null {
            return [
                "the warehouse no longer holds this figure from \(sourceID) (revised or "
                    + "retired since; see observation_history)"
            ]
        }
        let heldValue = row.double("held_value")
        let heldStatus = row.text("held_status")
        guard heldValue != row.double("value") || heldStatus != row.text("status") else {
            return []
        }
        return [
            "the warehouse now holds \(Self.describe(heldValue)) "
                + "\(heldStatus ?? "") for it (revised after the run)"
        ]
    }

    /// The source `v_observation` chooses for the figure now.
    private func preferredSource(_ key: FigureKey) throws -> String? {
        try database.scalar(
            """
            SELECT source_id FROM v_observation WHERE measure_code = ? AND region_code = ?
            AND period = ? AND sector_code = ? AND size_code = ?
            """, key.arguments
        ).textValue
    }

    /// The other sources' observations of the figure, each with why it was passed over.
    private func alternatives(to key: FigureKey, sourceID: String, precedence: Int64?) throws
        -> [IndicatorExplanation.Alternative]
    {
        try database.rows(
            """
            SELECT o.source_id, s.precedence, o.value, o.status, o.source_file, o.source_line,
                   o.source_column, (SELECT sheet FROM etl_load WHERE load_id = o.load_id) AS sheet
            FROM observation o JOIN source s USING (source_id)
            WHERE o.measure_code = ? AND o.region_code = ? AND o.period = ? AND o.sector_code = ?
              AND o.size_code = ? AND o.source_id != ?
            ORDER BY o.value IS NULL, s.precedence, o.source_id
            """, key.arguments + [.text(sourceID)]
        ).map { other in
            IndicatorExplanation.Alternative(
                sourceID: other.text("source_id") ?? "", precedence: other.integer("precedence"),
                value: other.double("value"), status: other.text("status") ?? "",
                location: Self.location(of: other),
                reason: Self.reasonPassedOver(other, sourceID: sourceID, precedence: precedence))
        }
    }

    /// `precedence 50 > 40`: why `v_observation` did not choose another source's observation.
    private static func reasonPassedOver(_ other: Row, sourceID: String, precedence: Int64?)
        -> String
    {
        let otherPrecedence = other.integer("precedence")
        let otherID = other.text("source_id") ?? ""
        if other["value"] == .null {
            return "it has no value"
        } else if let mine = precedence, let theirs = otherPrecedence, theirs > mine {
            return "precedence \(theirs) > \(mine)"
        } else if otherPrecedence == precedence, otherID > sourceID {
            return "same precedence, and \(sourceID) sorts first"
        } else {
            return "v_observation would now choose it"
        }
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
        ).map { ($0.int("year") ?? 0, $0.double("value") ?? 0) }
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
                + (status == .normal ? ": no input or rule qualifies it" : ""))
        if let reason = context.note("break")?.text {
            lines.append("break: \(reason)")
        }
        if let missing = context.note("missing")?.text {
            lines.append("missing: \(missing)")
        }
        lines += extra
        var groups: [(status: String, note: String?, inputs: [IndicatorExplanation.Input])] = []
        for input in context.inputs where ObservationStatus(letter: input.status) != .normal {
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
