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
    /// The last month a dated period covers (`1981-10` → 10, `2024-Q3` → 9, `2020-S2` → 12);
    /// nil for a whole year. Read once from `period`: choosing a year's figure ranks by it.
    public let month: Int?

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
        month = period.count > 4 ? PeriodParser.parse(period)?.endMonth : nil
    }

    public var isYearEnd: Bool { month == 12 }
}
