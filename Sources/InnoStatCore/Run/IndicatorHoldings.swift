import SQLiteStore

/// Per indicator: how many values (not empty) the warehouse holds, and the sources of their
/// inputs. Read before and after a run computes, to tell which indicators it emptied.
struct IndicatorHoldings {
    struct Holding: Equatable {
        var values = 0
        var sources: Set<String> = []
    }

    let byIndicator: [String: Holding]

    init(_ database: Database) throws {
        var holdings: [String: Holding] = [:]
        for row in try database.rows(
            """
            SELECT indicator_code, count(*) AS values_held FROM indicator_value
            WHERE value IS NOT NULL GROUP BY 1
            """)
        {
            guard let code = row.text("indicator_code") else { continue }
            holdings[code, default: Holding()].values = row.int("values_held") ?? 0
        }
        for row in try database.rows(
            "SELECT DISTINCT indicator_code, source_id FROM indicator_input WHERE value IS NOT NULL"
        ) {
            guard let code = row.text("indicator_code"), let source = row.text("source_id") else {
                continue
            }
            holdings[code, default: Holding()].sources.insert(source)
        }
        byIndicator = holdings
    }

    /// The indicators of `codes` that had values here and have none in `after`.
    func emptied(in after: IndicatorHoldings, among codes: [String]) -> [(
        code: String, before: Holding
    )] {
        codes.compactMap { code in
            guard let before = byIndicator[code], before.values > 0,
                (after.byIndicator[code]?.values ?? 0) == 0
            else { return nil }
            return (code, before)
        }
    }
}
