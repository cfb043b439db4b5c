import Foundation
import SQLiteStore

/// Runs a pipeline's checks on the figures staged for one file (`temp.stage_observation`),
/// inside the file's transaction and before the merge. It only reads; what happens to a failing
/// figure (refused or loaded with a warning) is the loader's business.
struct StageChecker {
    /// A staged figure that failed a check.
    struct Failure: Sendable, Equatable {
        let stageRowID: Int64
        let line: Int
        let column: Int
        let rawText: String
        let message: String
    }

    /// What one check examined and what failed.
    struct Outcome: Sendable {
        /// Figures (range, change) or groups (sum) examined.
        var checked = 0
        /// Figures (range, change) or groups (sum) that failed.
        var failed = 0
        /// The figures a failure is about: the failing figure; for a sum, the total or, against
        /// a constant, every part.
        var failures: [Failure] = []
    }

    let database: Database
    /// The source whose file is being loaded: its earlier figures from this very file are
    /// replaced by the load, so the change check does not compare with them.
    let sourceID: String
    let file: String

    func run(_ check: CheckSpec) throws -> Outcome {
        var outcome = Outcome()
        for measure in check.measures {
            switch check.kind {
            case .range(let min, let max):
                try checkRange(measure, min: min, max: max, check: check, into: &outcome)
            case .change(let maxRatio):
                try checkChange(measure, maxRatio: maxRatio, check: check, into: &outcome)
            case .sum(let rule):
                try checkSum(measure, rule: rule, check: check, into: &outcome)
            }
        }
        return outcome
    }

    private func checkRange(
        _ measure: String, min: Double?, max: Double?, check: CheckSpec, into outcome: inout Outcome
    ) throws {
        let statement = try database.prepare(
            """
            SELECT rowid AS stage_row_id, value, source_line, source_column, raw_text
            FROM temp.stage_observation
            WHERE measure_code = ? AND value IS NOT NULL ORDER BY rowid
            """)
        try statement.bind([.text(measure)])
        let columns = StatementColumns(statement)
        let (valueColumn, stageRowID, line, column, rawText) = (
            columns["value"], columns["stage_row_id"], columns["source_line"],
            columns["source_column"], columns["raw_text"]
        )
        while try statement.step() {
            outcome.checked += 1
            let value = statement.double(at: valueColumn)
            let problem: String
            if let min, value < min {
                problem = "is below the minimum \(Self.number(min))"
            } else if let max, value > max {
                problem = "is above the maximum \(Self.number(max))"
            } else {
                continue
            }
            outcome.failed += 1
            outcome.failures.append(
                Failure(
                    stageRowID: statement.int64(at: stageRowID),
                    line: Int(statement.int64(at: line)),
                    column: Int(statement.int64(at: column)),
                    rawText: statement.string(at: rawText) ?? "",
                    message: "\(Self.number(value)) \(problem): \(check.failureSuffix)"))
        }
    }

    static func number(_ value: Double) -> String {
        DecimalFormat.shortest(value)
    }

    /// A percentage rounded to two decimals: `0.17`, `45`, `1.63`.
    static func percent(_ value: Double) -> String {
        value.isFinite ? DecimalFormat.shortest((value * 100).rounded() / 100) : "∞"
    }
}
