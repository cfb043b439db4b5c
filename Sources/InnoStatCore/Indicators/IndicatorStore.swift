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
            let statements = try Statements(database)
            let run = DatabaseValue.integer(runID)
            for (position, output) in outputs.enumerated() {
                try insertDefinition(of: output, position: position, run: run, statements)
                try insertValues(of: output, run: run, statements)
                try insertNotes(of: output, run: run, statements)
            }
        }
    }

    /// The prepared INSERTs of the four tables.
    private struct Statements {
        let definition: Statement
        let value: Statement
        let note: Statement
        let input: Statement

        init(_ database: Database) throws {
            definition = try database.prepare(
                """
                INSERT INTO indicator(indicator_code, name, unit, method, definition, formula,
                    region_code, first_year, last_year, inputs, base, index_name, measure_code,
                    per_capita_code, position, run_id, rows, absence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            value = try database.prepare(
                """
                INSERT INTO indicator_value(indicator_code, region_code, year, value, status,
                    run_id) VALUES (?, ?, ?, ?, ?, ?)
                """)
            note = try database.prepare(
                """
                INSERT INTO indicator_note(indicator_code, region_code, year, key, value, text,
                    run_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            input = try database.prepare(
                """
                INSERT OR IGNORE INTO indicator_input(indicator_code, region_code, year,
                    measure_code, input_region_code, period, sector_code, size_code, source_id,
                    value, status, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        }
    }

    private func insertDefinition(
        of output: IndicatorOutput, position: Int, run: DatabaseValue, _ statements: Statements
    ) throws {
        let spec = output.spec
        var disparity: DisparitySpec?
        if case .disparity(let value) = spec.method { disparity = value }
        try statements.definition.execute([
            .text(spec.code), .text(spec.name), .text(spec.unit), .text(spec.method.name),
            .text(spec.definition), .text(spec.formula), .text(spec.region),
            DatabaseValue(spec.years?.lowerBound), DatabaseValue(spec.years?.upperBound),
            .text(spec.method.sources.map(\.description).joined(separator: "; ")),
            DatabaseValue(disparity?.base), DatabaseValue(disparity?.index.rawValue),
            DatabaseValue(disparity?.measures.joined(separator: " or ")),
            DatabaseValue(disparity?.perCapita), .integer(Int64(position)), run,
            .integer(Int64(output.rows.count)), DatabaseValue(output.failure ?? output.absence),
        ])
    }

    /// The values of an indicator, each with the observations it was computed from.
    private func insertValues(
        of output: IndicatorOutput, run: DatabaseValue, _ statements: Statements
    ) throws {
        let code = DatabaseValue.text(output.spec.code)
        for row in output.rows {
            try statements.value.execute([
                code, .text(row.region), .integer(Int64(row.year)), DatabaseValue(row.value),
                .text(row.status.letter), run,
            ])
            for point in Set(row.inputs) {
                try statements.input.execute([
                    code, .text(row.region), .integer(Int64(row.year)),
                    .text(point.measure), .text(point.region), .text(point.period),
                    .text(point.sector), .text(point.size), .text(point.sourceID),
                    DatabaseValue(point.value), .text(point.status.letter), run,
                ])
            }
        }
    }

    private func insertNotes(
        of output: IndicatorOutput, run: DatabaseValue, _ statements: Statements
    ) throws {
        for entry in output.notes {
            try statements.note.execute([
                .text(output.spec.code), .text(entry.region), DatabaseValue(entry.year),
                .text(entry.key), DatabaseValue(entry.value), DatabaseValue(entry.text), run,
            ])
        }
    }
}
