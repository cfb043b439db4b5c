import SQLiteStore

/// Stores the outputs of a run in one transaction: the definitions (`indicator`), the values
/// (`indicator_value`), the notes and the observations used. Every indicator of the warehouse
/// is replaced, so the tables always hold exactly the current catalog's results.
public struct IndicatorStore {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func replace(with outputs: [IndicatorOutput], runID: Int64) throws {
        try database.transaction(.immediate) {
            try database.execute(
                """
                DELETE FROM indicator_input; DELETE FROM indicator_note;
                DELETE FROM indicator_value; DELETE FROM indicator;
                """)
            let definition = try database.prepare(
                """
                INSERT INTO indicator(indicator_code, name, unit, method, definition, formula,
                    region_code, first_year, last_year, inputs, base, index_name, measure_code,
                    per_capita_code, position, run_id, rows, absence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let value = try database.prepare(
                """
                INSERT INTO indicator_value(indicator_code, region_code, year, value, status,
                    run_id) VALUES (?, ?, ?, ?, ?, ?)
                """)
            let note = try database.prepare(
                """
                INSERT INTO indicator_note(indicator_code, region_code, year, key, value, text,
                    run_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            let input = try database.prepare(
                """
                INSERT OR IGNORE INTO indicator_input(indicator_code, region_code, year,
                    measure_code, input_region_code, period, sector_code, size_code, source_id,
                    value, status, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let run = DatabaseValue.integer(runID)
            for (position, output) in outputs.enumerated() {
                let spec = output.spec
                let code = DatabaseValue.text(spec.code)
                var disparity: DisparitySpec?
                if case .disparity(let value) = spec.method { disparity = value }
                try definition.execute([
                    code, .text(spec.name), .text(spec.unit), .text(spec.method.name),
                    .text(spec.definition), .text(spec.formula), .text(spec.region),
                    optional(spec.years.map { Int64($0.lowerBound) }),
                    optional(spec.years.map { Int64($0.upperBound) }),
                    .text(spec.method.sources.map(\.description).joined(separator: "; ")),
                    optional(disparity?.base), optional(disparity?.index.rawValue),
                    optional(disparity?.measures.joined(separator: " or ")),
                    optional(disparity?.perCapita), .integer(Int64(position)), run,
                    .integer(Int64(output.rows.count)), optional(output.failure ?? output.absence),
                ])
                for row in output.rows {
                    try value.execute([
                        code, .text(row.region), .integer(Int64(row.year)),
                        row.value.map { .real($0) } ?? .null, .text(row.status.letter), run,
                    ])
                    for point in Set(row.inputs) {
                        try input.execute([
                            code, .text(row.region), .integer(Int64(row.year)),
                            .text(point.measure), .text(point.region), .text(point.period),
                            .text(point.sector), .text(point.size), .text(point.sourceID),
                            point.value.map { .real($0) } ?? .null, .text(point.status.letter),
                            run,
                        ])
                    }
                }
                for entry in output.notes {
                    try note.execute([
                        code, .text(entry.region), optional(entry.year.map { Int64($0) }),
                        .text(entry.key), entry.value.map { .real($0) } ?? .null,
                        optional(entry.text), run,
                    ])
                }
            }
        }
    }

    private func optional(_ text: String?) -> DatabaseValue {
        text.map { .text($0) } ?? .null
    }

    private func optional(_ number: Int64?) -> DatabaseValue {
        number.map { .integer($0) } ?? .null
    }
}
