/// What computing one indicator gave: its rows, notes on how they were made, or why there are
/// none.
public struct IndicatorOutput: Sendable {
    /// A value of the indicator.
    public struct Row: Sendable, Equatable {
        public let region: String
        public let year: Int
        /// nil only with status `M` (the index is undefined for the year's figures).
        public let value: Double?
        public let status: ObservationStatus
        /// The warehouse observations it was computed from.
        public let inputs: [ObservationPoint]
    }

    /// Something the rows do not say: a fit's L and residual, the regions of a year, a break.
    public struct Note: Sendable, Equatable {
        public let region: String
        /// nil: about the whole series.
        public let year: Int?
        public let key: String
        public let value: Double?
        public let text: String?

        public init(
            region: String, year: Int?, key: String, value: Double? = nil, text: String? = nil
        ) {
            self.region = region
            self.year = year
            self.key = key
            self.value = value
            self.text = text
        }
    }

    public let spec: IndicatorSpec
    public internal(set) var rows: [Row] = []
    public internal(set) var notes: [Note] = []
    /// Why there are no rows (inputs absent, too few observations, no crossing).
    public internal(set) var absence: String?
    /// A mistake that stopped the indicator (a measure in another unit than declared).
    public internal(set) var failure: String?

    init(spec: IndicatorSpec) {
        self.spec = spec
    }
}
