import SQLiteStore

/// Sources whose figures are in force but whose pipelines are gone from the pipelines folder
/// (a removed or renamed file): they would stay in every indicator without a word.
struct OrphanSources {
    struct Orphan: Sendable, Equatable {
        let sourceID: String
        /// The pipelines that loaded its figures, none of them in the folder now.
        let pipelines: [String]
        let figures: Int
    }

    let database: Database

    /// The sources of figures in force loaded only by pipelines not in `known` (the names of
    /// the folder's pipelines, broken files included by their file name).
    func find(known: Set<String>) throws -> [Orphan] {
        var bySource: [String: (pipelines: Set<String>, figures: Int)] = [:]
        for row in try database.rows(
            """
            SELECT o.source_id, l.pipeline, count(*) AS figures FROM observation o
            JOIN etl_load l USING (load_id)
            GROUP BY o.source_id, l.pipeline
            """)
        {
            guard let source = row.text("source_id"), let pipeline = row.text("pipeline") else {
                continue
            }
            let owner = String(source.prefix { $0 != ":" })
            bySource[owner, default: ([], 0)].pipelines.insert(pipeline)
            bySource[owner, default: ([], 0)].figures += row.int("figures") ?? 0
        }
        return bySource.filter { $0.value.pipelines.isDisjoint(with: known) }
            .map { Orphan(sourceID: $0.key, pipelines: $0.value.pipelines.sorted(), figures: $0.value.figures) }
            .sorted { $0.sourceID < $1.sourceID }
    }

    /// Moves the orphan's figures to `observation_history`, each file's under a `retired` load
    /// of this run.
    func retire(_ orphan: Orphan, runID: Int64) throws {
        try database.transaction(.immediate) {
            let files = try database.rows(
                """
                SELECT DISTINCT l.pipeline, l.relative_path, l.source_file FROM observation o
                JOIN etl_load l USING (load_id)
                WHERE o.source_id = ? OR o.source_id LIKE ? || ':%'
                ORDER BY 1, 2
                """, [.text(orphan.sourceID), .text(orphan.sourceID)])
            for file in files {
                let now = Timestamp.now()
                try database.run(
                    """
                    INSERT INTO etl_load(run_id, pipeline, source_id, source_file, relative_path,
                        started_at, finished_at, status, tolerance, message)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'retired', 0,
                            'the pipeline is no longer in the pipelines folder (--retire-orphans)')
                    """,
                    [
                        .integer(runID), file[0], .text(orphan.sourceID), file[2], file[1],
                        .text(now), .text(now),
                    ])
                try LoadLedger(database: database).moveToHistory(
                    whereClause: """
                        o.load_id IN (
                            SELECT load_id FROM etl_load WHERE pipeline = ? AND relative_path = ?)
                        """,
                    arguments: [file[0], file[1]], replacedBy: database.lastInsertRowID)
            }
        }
    }
}
