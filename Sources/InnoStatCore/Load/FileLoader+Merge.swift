import SQLiteStore

extension FileLoader {
    /// Matches a staged figure (alias `s`) to a current one (alias `o`) of the same key.
    private static let sameKey = """
        s.measure_code = o.measure_code AND s.region_code = o.region_code
        AND s.period = o.period AND s.sector_code = o.sector_code
        AND s.size_code = o.size_code AND s.source_id = o.source_id
        """

    /// Moves staged figures into `observation`. A figure the file no longer holds is retired
    /// and a changed one revised, each keeping its previous version in `observation_history`.
    /// Returns how many figures the file holds after the merge, and what changed.
    func merge(loadID: Int64) throws -> (figures: Int, changes: FigureChanges) {
        let history = ObservationHistory(database: database)
        var changes = FigureChanges()
        changes.retired = try history.retire(
            .loaded(fromPipeline: spec.name, relativePath: input.relativePath)
                .and("NOT EXISTS (SELECT 1 FROM temp.stage_observation s WHERE \(Self.sameKey))"),
            replacedBy: loadID)
        changes.revised = try history.keep(
            ObservationHistory.Selection(
                condition: """
                    EXISTS (SELECT 1 FROM temp.stage_observation s WHERE \(Self.sameKey)
                        AND (o.value IS NOT s.value OR o.status IS NOT s.status))
                    """, arguments: []),
            replacedBy: loadID)
        changes.added = Int(
            try database.scalar(
                """
                SELECT count(*) FROM temp.stage_observation s
                WHERE NOT EXISTS (SELECT 1 FROM observation o WHERE \(Self.sameKey))
                """
            ).integerValue ?? 0)
        try database.run(
            """
            INSERT INTO observation(\(ObservationUpsert.columns))
            SELECT measure_code, region_code, period, year, sector_code, size_code, value,
                   status, note, source_id, ?, ?, source_line, source_column
            FROM temp.stage_observation WHERE true
            \(ObservationUpsert.onConflict)
            """, [.integer(loadID), .text(displayPath)])
        let figures = try database.scalar("SELECT count(*) FROM temp.stage_observation")
        return (Int(figures.integerValue ?? 0), changes)
    }
}
