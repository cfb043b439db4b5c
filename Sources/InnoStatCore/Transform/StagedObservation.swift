/// One figure ready for the warehouse, with the place in the file it came from.
struct StagedObservation: Sendable, Equatable {
    var measure: String
    var region: String
    var period: String
    var year: Int
    var sector: String
    var size: String
    var value: Double?
    var status: ObservationStatus
    var line: Int
    var column: Int
    var note: String?
    /// The row's own source (`columns.source_url`); nil means the pipeline's source.
    var sourceID: String? = nil
    var sourceURL: String? = nil
    /// The cell as written in the file, for check messages. Not part of the figure's identity:
    /// `==` compares what the figure is, not how it was spelled.
    var rawText = ""

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.measure == rhs.measure && lhs.region == rhs.region && lhs.period == rhs.period
            && lhs.year == rhs.year && lhs.sector == rhs.sector && lhs.size == rhs.size
            && lhs.value == rhs.value && lhs.status == rhs.status && lhs.line == rhs.line
            && lhs.column == rhs.column && lhs.note == rhs.note && lhs.sourceID == rhs.sourceID
            && lhs.sourceURL == rhs.sourceURL
    }
}
