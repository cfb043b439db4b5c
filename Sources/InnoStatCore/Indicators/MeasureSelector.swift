/// Which observations of a measure an indicator reads: one sector, one firm size, one region
/// (nil: the indicator's own region, or every province for a disparity index).
public struct MeasureSelector: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let measure: String
    public let sector: String
    public let size: String
    public let region: String?

    public init(
        measure: String, sector: String = "TOT", size: String = "ALL", region: String? = nil
    ) {
        self.measure = measure
        self.sector = sector
        self.size = size
        self.region = region
    }

    /// `rd_funding_share (BUS)`, `rd_centers (SME)`, `grdp_nominal`.
    public var description: String {
        let qualifiers = [sector == "TOT" ? nil : sector, size == "ALL" ? nil : size, region]
            .compactMap { $0 }
        return qualifiers.isEmpty ? measure : "\(measure) (\(qualifiers.joined(separator: ", ")))"
    }
}

/// A series an indicator reads: observations of a measure, or the values of another indicator.
public enum SeriesSource: Sendable, Equatable, CustomStringConvertible {
    case measure(MeasureSelector)
    case indicator(String)

    public var description: String {
        switch self {
        case .measure(let selector): selector.description
        case .indicator(let code): code
        }
    }
}
