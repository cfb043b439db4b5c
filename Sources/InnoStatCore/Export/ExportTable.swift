/// One file an export writes for an indicator: its name and header.
enum ExportTable: Sendable, Equatable {
    /// `<code>.csv`, the export contract.
    case contract
    /// `<code>.sdmx.csv`, SDMX-CSV 1.0.
    case sdmx
    /// `<code>.wide.csv`: regions as rows, the years as columns, the values in the cells.
    case wideValues(years: [Int])
    /// `<code>.wide.status.csv`: the same cells holding the statuses.
    case wideStatuses(years: [Int])

    static let contractHeader = ["indicator", "region", "year", "value", "unit", "status"]
    static let sdmxHeader = [
        "DATAFLOW", "FREQ", "REF_AREA", "INDICATOR", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS",
        "UNIT_MEASURE", "UNIT_MULT",
    ]
    /// The columns before the years in both wide files, so that their cells line up.
    static let wideLeadingHeader = ["indicator", "region", "unit"]

    /// `INNOSTAT:GRDP_CAPITAL_SHARE(1.0)`: the SDMX dataflow of an indicator (agency
    /// `INNOSTAT`, the code in upper case, version 1.0).
    static func dataflow(of code: String) -> String {
        "INNOSTAT:\(code.uppercased())(1.0)"
    }

    func fileName(_ code: String) -> String {
        switch self {
        case .contract: "\(code).csv"
        case .sdmx: "\(code).sdmx.csv"
        case .wideValues: "\(code).wide.csv"
        case .wideStatuses: "\(code).wide.status.csv"
        }
    }

    var header: [String] {
        switch self {
        case .contract: Self.contractHeader
        case .sdmx: Self.sdmxHeader
        case .wideValues(let years), .wideStatuses(let years):
            Self.wideLeadingHeader + years.map(String.init)
        }
    }
}
