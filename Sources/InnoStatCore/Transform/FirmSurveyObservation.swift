/// One aggregate of firm responses, ready for `observation`: for a province or the nation
/// (`KR`), a survey year and a size class (`LARGE`, `SME` or `ALL`).
struct FirmSurveyObservation: Equatable, Sendable {
    let measure: String
    let region: String
    let year: Int
    let size: String
    let value: Double?
    let status: ObservationStatus
    let note: String?
    /// The first response counted: the load it came in and its line.
    let originLoadID: Int64
    let originLine: Int
}
