/// What one load's responses say for one survey year, province and size class: counts and sums
/// from which every firm-survey aggregate is computed (a row of `firm_response_tally`).
struct FirmSurveyCell: Equatable, Sendable {
    struct Counts: Equatable, Sendable {
        var responses = 0
        /// Responses that say whether the firm conducts R&D.
        var rdAnswered = 0
        var conductingRD = 0
        /// Responses that give an R&D expenditure.
        var rdExpenditureReported = 0
        /// Million KRW, summed over the responses that give it (whole numbers below 2^53 each).
        var rdExpenditure = 0.0
        /// The line of the first response counted.
        var firstLine = 0

        mutating func add(_ other: Counts) {
            responses += other.responses
            rdAnswered += other.rdAnswered
            conductingRD += other.conductingRD
            rdExpenditureReported += other.rdExpenditureReported
            rdExpenditure += other.rdExpenditure
        }
    }

    let year: Int
    let region: String
    let size: FirmResponse.Size
    let loadID: Int64
    var counts: Counts
}
