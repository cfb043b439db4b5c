/// A publisher's whole code list for a status column (`status_codes: sdmx` or `eurostat`).
public enum StatusCodeList: String, Sendable, CaseIterable {
    /// SDMX's OBS_STATUS (OECD, SDMX-CSV): ``SDMXStatusCodes``.
    case sdmx
    /// Eurostat's OBS_FLAG letters (TSV, JSON-stat): ``EurostatFlags``.
    case eurostat

    func reading(_ code: String) -> SDMXStatusCodes.Reading {
        switch self {
        case .sdmx: SDMXStatusCodes.reading(code)
        case .eurostat: EurostatFlags.reading(code)
        }
    }
}
