import SQLiteStore

/// The values of one indicator as the export files lay them out.
struct IndicatorRows {
    struct Row {
        let region: String
        let year: Int
        let value: Double?
        let status: String
    }

    let code: String
    let unit: String
    /// By region, then year.
    let rows: [Row]

    init(database: Database, code: String) throws {
        self.code = code
        unit =
            try database.scalar(
                "SELECT unit FROM indicator WHERE indicator_code = ?", [.text(code)]
            ).textValue ?? ""
        rows = try database.rows(
            """
            SELECT region_code, year, value, status FROM indicator_value
            WHERE indicator_code = ? ORDER BY region_code, year
            """, [.text(code)]
        ).map {
            Row(
                region: $0.text("region_code") ?? "", year: $0.int("year") ?? 0,
                value: $0.double("value"), status: $0.text("status") ?? "")
        }
    }

    /// Every year that has a row, ascending.
    var years: [Int] { Set(rows.map(\.year)).sorted() }

    /// The data records of `table`, header aside.
    func records(for table: ExportTable) -> [[String]] {
        switch table {
        case .contract:
            return rows.map {
                [code, $0.region, String($0.year), text($0.value), unit, $0.status]
            }
        case .sdmx:
            let sdmx = SDMXUnit(unit: unit)
            let dataflow = ExportTable.dataflow(of: code)
            return rows.map {
                [
                    dataflow, "A", $0.region, code, String($0.year), text($0.value), $0.status,
                    sdmx.measure, String(sdmx.multiplier),
                ]
            }
        case .wideValues(let years), .wideStatuses(let years):
            let isValues = table == .wideValues(years: years)
            var byRegion: [(region: String, cells: [Int: String])] = []
            for row in rows {
                if byRegion.last?.region != row.region { byRegion.append((row.region, [:])) }
                byRegion[byRegion.count - 1].cells[row.year] =
                    isValues ? text(row.value) : row.status
            }
            return byRegion.map { entry in
                [code, entry.region, unit] + years.map { entry.cells[$0] ?? "" }
            }
        }
    }

    private func text(_ value: Double?) -> String {
        value.map(DecimalFormat.roundedShortest) ?? ""
    }
}
