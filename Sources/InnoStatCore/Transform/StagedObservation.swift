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
    /// The cell as written in the file.
    var rawText: String
}
