import SQLiteStore

/// What the ETL ledger knows about an input file across runs: whether it changed since it was
/// last loaded, and which files of a source are no longer there.
struct LoadLedger {
    let database: Database

    /// What the ledger recorded when the file was last loaded (or found unchanged); nil when it
    /// never was, or was retired since.
    func lastState(pipeline: PipelineSpec, relativePath: String) throws
        -> (sha256: String, bytes: Int64, pipelineSHA256: String)?
    {
        let rows = try database.rows(
            """
            SELECT status, sha256, bytes, pipeline_sha256 FROM etl_load
            WHERE pipeline = ? AND relative_path = ? AND status IN ('loaded', 'unchanged', 'retired')
            ORDER BY load_id DESC LIMIT 1
            """, [.text(pipeline.name), .text(relativePath)])
        guard let last = rows.first, last[0] != .text("retired"),
            case .text(let sha256) = last[1], case .integer(let bytes) = last[2],
            case .text(let pipelineSHA256) = last[3]
        else { return nil }
        return (sha256, bytes, pipelineSHA256)
    }

    /// Keeps the file's hash with its load once the background digest is done.
    func recordDigest(_ sha256: String, loadID: Int64) throws {
        guard !sha256.isEmpty else { return }
        try database.run(
            "UPDATE etl_load SET sha256 = ? WHERE load_id = ?", [.text(sha256), .integer(loadID)])
    }

    /// Records that a run found the file as it was; its observations and load ids stay.
    func recordUnchanged(
        runID: Int64, pipeline: PipelineSpec, input: InputResolver.Input, sha256: String,
        bytes: Int64
    ) throws -> Int64 {
        let now = Timestamp.now()
        try database.run(
            """
            INSERT INTO etl_load(run_id, pipeline, source_id, source_file, relative_path, sha256,
                pipeline_sha256, bytes, started_at, finished_at, status, tolerance)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unchanged', ?)
            """,
            [
                .integer(runID), .text(pipeline.name), .text(pipeline.source.id),
                .text(input.displayPath), .text(input.relativePath), .text(sha256),
                .text(pipeline.fingerprint), .integer(bytes), .text(now), .text(now),
                .integer(Int64(pipeline.tolerance)),
            ])
        return database.lastInsertRowID
    }

    /// Retires the current observations of the pipeline's source that came from files no
    /// longer among its inputs: they move to `observation_history`, replaced by a `retired`
    /// load, so they stay queryable as of earlier runs. Returns the relative paths retired.
    func retireVanishedFiles(
        runID: Int64, pipeline: PipelineSpec, present: [InputResolver.Input]
    ) throws -> [(path: String, observations: Int)] {
        let vanished = try database.rows(
            """
            SELECT l.relative_path, min(l.source_file), count(*)
            FROM observation o JOIN etl_load l USING (load_id)
            WHERE l.pipeline = ?
            GROUP BY l.relative_path ORDER BY l.relative_path
            """, [.text(pipeline.name)]
        ).filter { row in !present.contains { .text($0.relativePath) == row[0] } }
        var retired: [(String, Int)] = []
        for row in vanished {
            guard case .text(let relative) = row[0], case .text(let display) = row[1],
                case .integer(let count) = row[2]
            else { continue }
            try database.transaction(.immediate) {
                let now = Timestamp.now()
                try database.run(
                    """
                    INSERT INTO etl_load(run_id, pipeline, source_id, source_file, relative_path,
                        started_at, finished_at, status, tolerance, message)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'retired', ?, 'the file is no longer among the inputs')
                    """,
                    [
                        .integer(runID), .text(pipeline.name), .text(pipeline.source.id),
                        .text(display), .text(relative), .text(now), .text(now),
                        .integer(Int64(pipeline.tolerance)),
                    ])
                let retiring = database.lastInsertRowID
                try moveToHistory(
                    whereClause: """
                        o.load_id IN (
                            SELECT load_id FROM etl_load WHERE pipeline = ? AND relative_path = ?)
                        """,
                    arguments: [.text(pipeline.name), .text(relative)],
                    replacedBy: retiring)
            }
            retired.append((relative, Int(count)))
        }
        return retired
    }

    /// Copies the matching current observations (alias `o`) into history as replaced by
    /// `loadID`, then deletes them from `observation`.
    func moveToHistory(whereClause: String, arguments: [DatabaseValue], replacedBy loadID: Int64)
        throws
    {
        try database.run(
            """
            INSERT INTO observation_history
            SELECT o.observation_id, o.measure_code, o.region_code, o.period, o.year,
                   o.sector_code, o.size_code, o.value, o.status, o.note, o.source_id, o.load_id,
                   o.source_file, o.source_line, o.source_column, ?, ?
            FROM observation o WHERE \(whereClause)
            """, [.integer(loadID), .text(Timestamp.now())] + arguments)
        try database.run(
            "DELETE FROM observation WHERE observation_id IN (SELECT o.observation_id FROM observation o WHERE \(whereClause))",
            arguments)
    }
}
