import Foundation
import SQLiteStore

/// Builds the ``IndicatorExplanation`` of one indicator value from the warehouse alone:
/// `indicator`, `indicator_value`, `indicator_note`, `indicator_input` joined to `observation`
/// and `source`, and the other values of the indicators it reads.
///
/// The formula is applied again to the inputs `indicator_input` lists (with the engine's own
/// index functions), so the explanation doubles as a check that the stored value follows from
/// them.
public struct IndicatorExplainer {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// The explanation of `code` for `region` in `year` (the latest year with a value when nil).
    public func explain(_ code: String, region: String = "KR", year: Int? = nil) throws
        -> IndicatorExplanation
    {
        let row = try indicatorRow(code)
        let stored = try storedValue(code, region: region, year: year)
        var context = Context(
            row: row, region: region, year: stored.year, value: stored.value,
            status: stored.status, inputs: try inputs(code, region: region, year: stored.year),
            notes: try notes(code, region: region, year: stored.year))
        let method = try explainMethod(&context)
        var qualifications = try qualify(context, extra: method.qualifications)
        if method.inputs.contains(where: { !$0.warnings.isEmpty }) {
            qualifications.append(
                "the warehouse changed after run \(row.definition.runID) for some inputs "
                    + "(see their warnings): run `innostat run` again before citing this value")
        }
        return IndicatorExplanation(
            definition: row.definition, region: region, year: stored.year, value: stored.value,
            status: stored.status, computation: method.computation, table: method.table,
            check: Self.check(method.recomputed, against: stored.value),
            checkBasis: method.checkBasis, inputs: method.inputs, notes: context.notes,
            qualifications: qualifications)
    }

    /// What the rest of the explanation is built from.
    struct Context {
        let row: IndicatorRow
        let region: String
        let year: Int
        let value: Double?
        let status: String
        var inputs: [IndicatorExplanation.Input]
        let notes: [IndicatorExplanation.Note]

        func note(_ key: String) -> IndicatorExplanation.Note? {
            notes.first { $0.key == key }
        }
    }

    /// The method-specific part: the filled-in formula and the value it gives.
    struct MethodExplanation {
        var computation: [String]
        var table: IndicatorExplanation.Table? = nil
        /// The value recomputed from the inputs, nil inside for an undefined index; a failure
        /// says why the formula could not be applied.
        var recomputed: Result<Double?, Unrecomputable>
        var checkBasis: String
        var inputs: [IndicatorExplanation.Input]
        var qualifications: [String] = []
    }

    struct Unrecomputable: Error {
        let reason: String
    }

    /// The `indicator` row.
    struct IndicatorRow {
        let definition: IndicatorExplanation.Definition
        let region: String
        let firstYear: Int?
        let lastYear: Int?
        /// The series it reads, as `indicator.inputs` names them.
        let sources: [String]
        let indexName: String?
        let measure: String?
        let perCapita: String?
    }

    private func explainMethod(_ context: inout Context) throws -> MethodExplanation {
        switch IndicatorMethod.Kind(rawValue: context.row.definition.method) {
        case .disparity: return try explainDisparity(context)
        case .share: return try explainShare(context)
        case .level: return try explainLevel(context)
        case .ratio: return try explainRatio(context)
        case .cagr: return try explainGrowth(context)
        case .crossover: return try explainCrossover(context)
        case .logisticFit: return try explainLogisticFit(context)
        case nil:
            return MethodExplanation(
                computation: [],
                recomputed: .failure(
                    Unrecomputable(
                        reason: "method \(context.row.definition.method) is not known to explain")),
                checkBasis: "", inputs: context.inputs)
        }
    }

    private func indicatorRow(_ code: String) throws -> IndicatorRow {
        let rows = try database.rows(
            """
            SELECT name, unit, method, definition, formula, run_id, region_code, first_year,
                   last_year, inputs, index_name, measure_code, per_capita_code
            FROM indicator WHERE indicator_code = ?
            """, [.text(code)])
        guard let row = rows.first else {
            let known = try database.rows("SELECT indicator_code FROM indicator").compactMap {
                $0.text("indicator_code")
            }
            throw ExplainError.unknownIndicator(
                name: code, closest: ClosestNames.near(code, in: known))
        }
        return IndicatorRow(
            definition: IndicatorExplanation.Definition(
                code: code, name: row.text("name") ?? "", unit: row.text("unit") ?? "",
                method: row.text("method") ?? "", definition: row.text("definition") ?? "",
                formula: row.text("formula") ?? "", runID: row.integer("run_id") ?? 0),
            region: row.text("region_code") ?? "KR", firstYear: row.int("first_year"),
            lastYear: row.int("last_year"),
            sources: (row.text("inputs") ?? "").components(separatedBy: "; ").filter {
                !$0.isEmpty
            },
            indexName: row.text("index_name"), measure: row.text("measure_code"),
            perCapita: row.text("per_capita_code"))
    }

    private func storedValue(_ code: String, region: String, year: Int?) throws
        -> (year: Int, value: Double?, status: String)
    {
        let years = try database.rows(
            """
            SELECT year, value, status FROM indicator_value
            WHERE indicator_code = ? AND region_code = ? ORDER BY year
            """, [.text(code), .text(region)])
        let wanted = year ?? years.last?.int("year")
        if let wanted, let row = years.first(where: { $0.int("year") == wanted }) {
            return (wanted, row.double("value"), row.text("status") ?? "")
        }
        let regions = try database.rows(
            "SELECT DISTINCT region_code FROM indicator_value WHERE indicator_code = ? ORDER BY 1",
            [.text(code)]
        ).compactMap { $0.text("region_code") }
        throw ExplainError.noValue(
            code: code, region: region, year: year, regions: regions,
            years: years.compactMap { $0.int("year") })
    }

    private func notes(_ code: String, region: String, year: Int) throws
        -> [IndicatorExplanation.Note]
    {
        try database.rows(
            """
            SELECT key, value, text FROM indicator_note
            WHERE indicator_code = ? AND region_code = ? AND (year = ? OR year IS NULL)
            ORDER BY year IS NULL, rowid
            """, [.text(code), .text(region), .integer(Int64(year))]
        ).map {
            IndicatorExplanation.Note(
                key: $0.text("key") ?? "", value: $0.double("value"), text: $0.text("text"))
        }
    }

    /// The stored value against the recomputed one; a relative difference below 1e-9 is
    /// floating-point rounding.
    static func check(_ recomputed: Result<Double?, Unrecomputable>, against stored: Double?)
        -> IndicatorExplanation.Check
    {
        switch recomputed {
        case .failure(let failure):
            return .notRecomputed(failure.reason)
        case .success(let value):
            switch (value, stored) {
            case (nil, nil): return .equal(recomputed: nil)
            case (let value?, let stored?):
                if value == stored { return .equal(recomputed: value) }
                let difference = abs(value - stored) / max(abs(value), abs(stored))
                return difference < 1e-9
                    ? .rounding(recomputed: value, difference: difference)
                    : .mismatch(recomputed: value)
            default: return .mismatch(recomputed: value)
            }
        }
    }
}
