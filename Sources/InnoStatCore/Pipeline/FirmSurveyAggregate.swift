/// The measures a `layout: firm_survey` pipeline can declare, computed from the responses of
/// all its loaded files, per survey year, for each province and the nation (`KR`):
///
/// - `sme_conducting_rd_share` (percent, size `SME`): 100 · SMEs that conduct R&D / SMEs that
///   say whether they do; `M` when none says.
/// - `firm_survey_rd_expenditure` (million KRW, sizes `LARGE`, `SME`, `ALL`): the sum of the
///   R&D expenditure the firms report; status `E` with the note `lower bound: …` when some
///   responses give none, `M` when none gives it.
/// - `firm_survey_responses` (count, sizes `LARGE`, `SME`, `ALL`): the number of responses.
enum FirmSurveyAggregate: String, CaseIterable, Sendable {
    case smeConductingRDShare = "sme_conducting_rd_share"
    case rdExpenditure = "firm_survey_rd_expenditure"
    case responses = "firm_survey_responses"

    /// The unit the measure must be declared in.
    var unit: String {
        switch self {
        case .smeConductingRDShare: "percent"
        case .rdExpenditure: "million KRW"
        case .responses: "count"
        }
    }
}
