/// A plausibility check a pipeline declares under `checks:`, run on each file's staged figures
/// before they merge. An `error` failure refuses the figure (a reject that counts against the
/// tolerance); a `warn` failure loads it and records the failure in `etl_check_failure`.
public struct CheckSpec: Sendable, Equatable {
    public enum Severity: String, Sendable, CaseIterable {
        case warn, error
    }

    /// The names of the kinds, as `kind:` spells them.
    public enum KindName: String, Sendable, CaseIterable {
        case range, change, sum
    }

    public enum Kind: Sendable, Equatable {
        /// Every figure lies in `min ... max` (either bound may be open).
        case range(min: Double?, max: Double?)
        /// No figure is more than `maxRatio` times larger or smaller than the last accepted
        /// figure before it in its series, unless the next figure confirms the new level.
        case change(maxRatio: Double)
        /// The parts of a group sum to its total within `tolerancePercent` of the total.
        case sum(SumRule)
    }

    /// Its position in the pipeline's `checks` list, as in `checks[1]`.
    public let number: Int
    public let measures: [String]
    public let severity: Severity
    public let kind: Kind

    public var kindName: String {
        switch kind {
        case .range: KindName.range.rawValue
        case .change: KindName.change.rawValue
        case .sum: KindName.sum.rawValue
        }
    }

    /// The declared parameters, as in `min 0, max 100` or `max_ratio 3`.
    public var parameters: String {
        switch kind {
        case .range(let min, let max):
            return [
                min.map { "min \(DecimalFormat.shortest($0))" },
                max.map { "max \(DecimalFormat.shortest($0))" },
            ]
            .compactMap { $0 }.joined(separator: ", ")
        case .change(let maxRatio):
            return "max_ratio \(DecimalFormat.shortest(maxRatio))"
        case .sum(let rule):
            return "tolerance_percent \(DecimalFormat.shortest(rule.tolerancePercent))"
        }
    }

    /// One line for the ledger: `checks[1] change rd_expenditure (max_ratio 3)`.
    public var summary: String {
        var text = "checks[\(number)] \(kindName) \(measures.joined(separator: ", "))"
        if case .sum(let rule) = kind { text += ": \(rule.summary)" }
        return text + " (\(parameters))"
    }

    /// The end of every failure message: `beyond the change check (max_ratio 3)`.
    var failureSuffix: String { "beyond the \(kindName) check (\(parameters))" }
}
