/// One row of `v_observation` an indicator reads: the preferred figure for its key.
public struct ObservationPoint: Sendable, Equatable, Hashable {
    public let measure: String
    public let region: String
    public let period: String
    public let year: Int
    public let sector: String
    public let size: String
    /// nil only with status `M`.
    public let value: Double?
    public let status: ObservationStatus
    public let sourceID: String

    public init(
        measure: String, region: String, period: String, year: Int, sector: String,
        size: String, value: Double?, status: ObservationStatus, sourceID: String
    ) {
        self.measure = measure
        self.region = region
        self.period = period
        self.year = year
        self.sector = sector
        self.size = size
        self.value = value
        self.status = status
        self.sourceID = sourceID
    }

    /// The month of a `YYYY-MM` period; nil for a whole year.
    public var month: Int? {
        guard period.count == 7 else { return nil }
        return Int(period.suffix(2))
    }

    /// A count taken at the end of the year (`YYYY-12`).
    public var isYearEnd: Bool { month == 12 }
}
