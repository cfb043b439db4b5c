/// One firm's answers as read from a firm-survey record. The two free-text fields (firm id and
/// industry) stay in the record and are bound from its bytes.
struct FirmResponse: Equatable {
    /// A firm is large or small and medium-sized; `ALL` is a total, never one firm's size.
    enum Size: Int, CaseIterable, Sendable {
        case large
        case sme

        var code: String {
            switch self {
            case .large: "LARGE"
            case .sme: "SME"
            }
        }
    }

    var year = 0
    /// The province's index in `RegionCatalog.korea.regions`.
    var region = 0
    var size = Size.sme
    var hasIndustry = false
    var employees: Int64?
    var sales: Int64?
    var rdExpenditure: Int64?
    var conductsRD: Bool?
    var hasRDCenter: Bool?
}
