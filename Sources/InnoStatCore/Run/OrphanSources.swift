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
            SELECT o.source_id AS source_id, l.pipeline AS pipeline, count(*) AS figures
            FROM observation o
            JOIN etl_load l USING (load_id)
            GROUP BY o.source_id, l.pipeline
            """)
        {
            guard let source = row.text("source_id"), let pipeline = row.text("pipeline") else {
                continue
            }
            let owner = String(source.prefix { $0 != ":" })
            bySource[owner, default: ([], 0)].pipelines.insert(pipeline)
            bySource[owner, default: ([], 0)].figures += (row.int("figures") ?? 0)
        }
        return bySource.filter { $0.value.pipelines.isDisjoint(with: known) }
            .map {
                Orphan(
                    sourceID: $0.key, pipelines: $0.value.pipelines.sorted(),
                    figures: $0.value.figures)
            }
            .sorted { $0.sourceID < $1.sourceID }
    }

    /// Moves the orphan's figures to `observation_history`, each file's under a `retired` load
    /// of this run.
    func retire(_ orphan: Orphan, runID: Int64) throws {
        try database.transaction(.immediate) {
            let files = try database.rows(
                """
                SELECT DISTINCT l.pipeline AS pipeline, l.relative_path AS relative_path,
                       l.source_file AS source_file FROM observation o
                JOIN etl_load l USING (load_id)
                WHERE o.source_id = ? OR o.source_id LIKE ? || ':%'
                ORDER BY 1, 2
                """, [.text(orphan.sourceID), .text(orphan.sourceID)])
            for file in files {
                guard let pipeline = file.text("pipeline"),
                    let relativePath = file.text("relative_path"),
                    let sourceFile = file.text("source_file")
                else { continue }
                let ledger = LoadLedger(database: database)
                let retiringLoadID = try ledger.recordRetired(
                    runID: runID, pipeline: pipeline, sourceID: orphan.sourceID,
                    sourceFile: sourceFile, relativePath: relativePath, tolerance: 0,
                    reason: "the pipeline is no longer in the pipelines folder (--retire-orphans)")
                try ObservationHistory(database: database).retire(
                    .loaded(fromPipeline: pipeline, relativePath: relativePath),
                    replacedBy: retiringLoadID)
            }
        }
    }
}
