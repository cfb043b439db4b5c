import SQLiteStore

/// Reads what indicators need from the warehouse: `v_observation` (one preferred figure per
/// key), measure units and provinces.
struct ObservationReader {
    let database: Database

    /// The unit the warehouse holds `measure` in; nil if it holds no such measure.
    func unit(of measure: String) throws -> String? {
        try database.scalar("SELECT unit FROM measure WHERE measure_code = ?", [.text(measure)])
            .textValue
    }

    /// The preferred observations of `selector` in `region`, or in every province when
    /// `region` is nil. A bound (`lower bound`/`upper bound` in the note, e.g. `>66.7` or
    /// "passed 40,000") is not a value: indicators never take one.
    func points(_ selector: MeasureSelector, region: String?) throws -> [ObservationPoint] {
        var sql = """
            SELECT region_code, period, year, value, status, source_id FROM v_observation
            WHERE measure_code = ? AND sector_code = ? AND size_code = ?
              AND (note IS NULL OR (note NOT LIKE '%lower bound%' AND note NOT LIKE '%upper bound%'))
            """
        var arguments: [DatabaseValue] = [
            .text(selector.measure), .text(selector.sector), .text(selector.size),
        ]
        if let region {
            sql += " AND region_code = ?"
            arguments.append(.text(region))
        } else {
            sql += " AND region_code IN (SELECT region_code FROM region WHERE level = 'province')"
        }
        sql += " ORDER BY region_code, period"
        return try database.rows(sql, arguments).map { row in
            ObservationPoint(
                measure: selector.measure, region: row.text("region_code") ?? "",
                period: row.text("period") ?? "", year: row.int("year") ?? 0,
                sector: selector.sector, size: selector.size, value: row.double("value"),
                status: ObservationStatus(letter: row.text("status") ?? "") ?? .normal,
                sourceID: row.text("source_id") ?? "")
        }
    }

    /// Province codes in code order, with whether each is in the Capital Region.
    /// The countries and aggregates (Korea too) with a preferred figure of any of `measures`.
    func countries(holding measures: [String]) throws -> [String] {
        guard !measures.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: measures.count).joined(separator: ", ")
        return try database.rows(
            """
            SELECT DISTINCT o.region_code FROM v_observation o JOIN region r USING (region_code)
            WHERE r.level IN ('country', 'aggregate') AND o.measure_code IN (\(marks))
            ORDER BY 1
            """, measures.map { .text($0) }
        ).compactMap { $0.text("region_code") }
    }

    func provinces() throws -> [(code: String, isCapital: Bool)] {
        try database.rows(
            "SELECT region_code, is_capital_region FROM region WHERE level = 'province' ORDER BY 1"
        ).map { ($0.text("region_code") ?? "", $0.integer("is_capital_region") == 1) }
    }
}
