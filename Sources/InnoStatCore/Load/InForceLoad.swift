/// For a file a run found unchanged, the earlier load whose figures, rejects and check warnings
/// still stand (`etl_load.in_force_load_id`).
public struct InForceLoad: Sendable, Equatable {
    public let loadID: Int64
    public let runID: Int64
    public let observations: Int
    public let rejects: Int
    public let checkWarnings: Int

    /// `unchanged since run 1: 39 observations, 1 reject`.
    public var description: String {
        var text = "unchanged since run \(runID): \(observations) observations, "
        text += rejects == 1 ? "1 reject" : "\(rejects) rejects"
        if checkWarnings > 0 {
            text += checkWarnings == 1 ? ", 1 check warning" : ", \(checkWarnings) check warnings"
        }
        return text
    }
}
