/// The columns of each exported file, as CSVW describes them.
extension CSVWMetadata {
    static let statusDescription =
        "SDMX OBS_STATUS: A normal, P provisional, E estimated, B break in series, M missing, "
        + "I imputed, D definition differs"

    func tableSchema(unit: String, title: String) -> [String: Any] {
        switch table {
        case .contract: contractSchema(unit: unit)
        case .sdmx: sdmxSchema(unit: unit)
        case .wideValues(let years): wideValuesSchema(years: years, unit: unit, title: title)
        case .wideStatuses(let years): wideStatusesSchema(years: years, unit: unit)
        }
    }

    private func contractSchema(unit: String) -> [String: Any] {
        [
            "columns": [
                column("indicator", "string", "indicator code"),
                column("region", "string", "region, ISO 3166-2:KR (KR: the nation)"),
                column("year", "gYear", "year"),
                value(
                    "value",
                    "the value in the unit of the unit column; empty only with "
                        + "status M"),
                column("unit", "string", "unit of the value: \(unit)"),
                status("status", Self.statusDescription),
            ],
            "primaryKey": ["indicator", "region", "year"],
        ]
    }

    private func sdmxSchema(unit: String) -> [String: Any] {
        let sdmx = SDMXUnit(unit: unit)
        return [
            "columns": [
                column(
                    "DATAFLOW", "string",
                    "SDMX dataflow, agency INNOSTAT, the indicator code in upper case, "
                        + "version 1.0: \(ExportTable.dataflow(of: code))"),
                column("FREQ", "string", "dimension: frequency, A annual"),
                column(
                    "REF_AREA", "string",
                    "dimension: reference area, ISO 3166-2:KR (KR: the nation)"),
                column("INDICATOR", "string", "dimension: the indicator code, \(code)"),
                column("TIME_PERIOD", "gYear", "dimension: the year"),
                value(
                    "OBS_VALUE",
                    "measure: the value, \(unit); empty only with OBS_STATUS M"),
                status("OBS_STATUS", "attribute: " + Self.statusDescription),
                column(
                    "UNIT_MEASURE", "string",
                    "attribute: unit of measure, \(sdmx.measure) for \"\(unit)\""),
                column(
                    "UNIT_MULT", "integer",
                    "attribute: the values are in units of 10^UNIT_MULT "
                        + "\(sdmx.measure)"),
            ],
            "primaryKey": ["DATAFLOW", "FREQ", "REF_AREA", "INDICATOR", "TIME_PERIOD"],
        ]
    }

    private func wideValuesSchema(years: [Int], unit: String, title: String) -> [String: Any] {
        [
            "columns": leadingColumns(unit)
                + years.map {
                    value(
                        String($0),
                        "\(title), \($0), in \(unit); empty where there is no value "
                            + "(see the status file)")
                },
            "primaryKey": ["indicator", "region"],
        ]
    }

    private func wideStatusesSchema(years: [Int], unit: String) -> [String: Any] {
        let values = ExportTable.wideValues(years: years).fileName(code)
        return [
            "columns": leadingColumns(unit)
                + years.map {
                    status(
                        String($0),
                        "status of the \($0) value in \(values): "
                            + Self.statusDescription + "; empty where there is no value",
                        required: false)
                },
            "primaryKey": ["indicator", "region"],
        ]
    }

    private func leadingColumns(_ unit: String) -> [[String: Any]] {
        [
            column("indicator", "string", "indicator code"),
            column("region", "string", "region, ISO 3166-2:KR (KR: the nation)"),
            column("unit", "string", "unit of the values: \(unit)"),
        ]
    }

    private func column(
        _ name: String, _ datatype: String, _ description: String, required: Bool = true
    ) -> [String: Any] {
        [
            "name": name, "titles": name, "datatype": datatype, "required": required,
            "dc:description": description,
        ]
    }

    private func value(_ name: String, _ description: String) -> [String: Any] {
        column(name, "double", description, required: false).merging(["null": ""]) { $1 }
    }

    private func status(_ name: String, _ description: String, required: Bool = true)
        -> [String: Any]
    {
        var cell = column(name, "string", description, required: required)
        cell["datatype"] = ["base": "string", "format": "^[APEBMID]$"]
        if !required { cell["null"] = "" }
        return cell
    }
}
