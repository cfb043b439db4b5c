/// A long table in one of the publishers' exchange forms, and the columns that form gives
/// each dimension: a JSON-stat dataset, a KOSIS OpenAPI reply, SDMX-CSV or Eurostat TSV.
struct ExchangeForm {
    enum Kind: String {
        case jsonStat = "JSON-stat"
        case kosisAPI = "KOSIS OpenAPI reply"
        case sdmxCSV = "SDMX-CSV"
        case eurostatTSV = "Eurostat TSV"
    }

    let kind: Kind
    let header: [String]
    let periodColumn: String
    let valueColumn: String
    let statusColumn: String?
    let unitColumn: String?
    let multiplierColumn: String?
    let noteColumns: [String]
    /// Columns whose codes tell the series apart: a measure per combination that varies.
    let dimensionColumns: [String]
    /// Candidate region columns, best first.
    let regionCandidates: [String]
    /// A code column's label column (`geo` → `geo_label`, `C1` → `C1_NM`).
    let labelColumns: [String: String]
    /// Rows to skip by declaration: column, value, reason.
    let skips: [(column: String, value: String, reason: String)]

    /// The form of a table, or nil for a table that is none of them.
    init?(table: SurveyedTable) {
        guard let header = table.rows.first?.cells.map(trimmed) else { return nil }
        self.header = header
        func has(_ name: String) -> Bool { header.contains(name) }
        let dimensions: [String]
        if table.form == .json && has("DT") && has("PRD_DE") {
            kind = .kosisAPI
            (periodColumn, valueColumn, statusColumn) = (KOSISAPIReply.periodColumn, "DT", nil)
            (unitColumn, multiplierColumn, noteColumns) = ("UNIT_NM", nil, [])
            let levels = (1...8).map { "C\($0)" }.filter(has)
            dimensions = ["ITM_ID"] + levels
            regionCandidates = levels.map { "\($0)_NM" }.filter(has) + levels
            labelColumns = Dictionary(
                uniqueKeysWithValues: (["ITM_ID"] + levels).map {
                    ($0, $0 == "ITM_ID" ? "ITM_NM" : "\($0)_NM")
                })
            skips = []
        } else if table.form == .json && has("value") {
            kind = .jsonStat
            let ids = header.filter { has("\($0)_label") }
            let time = ids.first { ["time", "TIME", "TIME_PERIOD", "year", "period"].contains($0) }
            guard let time else { return nil }
            (periodColumn, valueColumn, statusColumn) = (time, "value", "status")
            unitColumn = has("metric_unit") ? "metric_unit" : has("unit") ? "unit" : nil
            (multiplierColumn, noteColumns) = (nil, [])
            dimensions = ids.filter { $0 != time }
            regionCandidates = Self.geoNames.filter(ids.contains) + dimensions
            labelColumns = Dictionary(uniqueKeysWithValues: ids.map { ($0, "\($0)_label") })
            skips = []
        } else if let first = header.first, ["DATAFLOW", "STRUCTURE"].contains(first.uppercased()),
            has("TIME_PERIOD"), has("OBS_VALUE")
        {
            kind = .sdmxCSV
            (periodColumn, valueColumn) = ("TIME_PERIOD", "OBS_VALUE")
            // Eurostat's SDMX-CSV writes its flags in OBS_FLAG and the unit as `unit`.
            statusColumn = ["OBS_STATUS", "OBS_FLAG"].first(where: has)
            unitColumn = ["UNIT_MEASURE", "unit"].first(where: has)
            multiplierColumn = has("UNIT_MULT") ? "UNIT_MULT" : nil
            noteColumns = ["DECIMALS", "CURRENCY", "CONF_STATUS"].filter(has)
            let structural: Set<String> = ["DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "ACTION"]
            dimensions = header.prefix { $0 != "TIME_PERIOD" }.filter { !structural.contains($0) }
            regionCandidates = Self.geoNames.filter(has) + dimensions
            labelColumns = [:]
            skips = has("ACTION") ? [("ACTION", "D", "observations the reply deletes")] : []
        } else if has(EurostatTSV.valueColumn) && has(EurostatTSV.flagColumn)
            && has(EurostatTSV.timeColumn)
        {
            kind = .eurostatTSV
            (periodColumn, valueColumn) = (EurostatTSV.timeColumn, EurostatTSV.valueColumn)
            (statusColumn, multiplierColumn) = (EurostatTSV.flagColumn, nil)
            unitColumn = has("unit") ? "unit" : nil
            noteColumns = []
            dimensions = Array(header.prefix { $0 != EurostatTSV.timeColumn })
            regionCandidates = Self.geoNames.filter(has) + dimensions
            (labelColumns, skips) = ([:], [])
        } else {
            return nil
        }
        dimensionColumns = dimensions
    }

    static let geoNames = [
        "geo", "GEO", "REF_AREA", "area", "country", "COUNTRY", "LOCATION", "region",
    ]

    /// The status column's code list: SDMX for SDMX-CSV; Eurostat's flags where the statuses
    /// are lower-case letters; none where they are the warehouse's own letters.
    func statusList(_ statuses: Set<String>) -> StatusCodeList? {
        switch kind {
        case .sdmxCSV: return statusColumn == "OBS_FLAG" ? .eurostat : .sdmx
        case .eurostatTSV: return .eurostat
        case .kosisAPI: return nil
        case .jsonStat:
            if statuses.allSatisfy({ ObservationStatus(letter: $0) != nil && $0 == $0.uppercased() }
            ) {
                return nil
            }
            return .eurostat
        }
    }
}
