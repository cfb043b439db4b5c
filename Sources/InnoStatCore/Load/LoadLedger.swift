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

    /// Records that a run found the file as it was; its observations and load ids stay, and
    /// `in_force_load_id` names the load they (and their rejects) come from: the file's last
    /// `loaded` load, since `lastState` found it unchanged since then.
    func recordUnchanged(
        runID: Int64, pipeline: PipelineSpec, input: InputResolver.Input, sha256: String,
        bytes: Int64
    ) throws -> Int64 {
        let now = Timestamp.now()
        try database.run(
            """
            INSERT INTO etl_load(run_id, pipeline, source_id, source_file, relative_path, sha256,
                pipeline_sha256, bytes, started_at, finished_at, status, tolerance,
                in_force_load_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, 'unchanged', ?10, (
                SELECT max(load_id) FROM etl_load
                WHERE pipeline = ?2 AND relative_path = ?5 AND status = 'loaded'))
            """,
            [
                .integer(runID), .text(pipeline.name), .text(pipeline.source.id),
                .text(input.displayPath), .text(input.relativePath), .text(sha256),
                .text(pipeline.fingerprint), .integer(bytes), .text(now),
                .integer(Int64(pipeline.tolerance)),
            ])
        return database.lastInsertRowID
    }

    /// The load in force for an `unchanged` load, with what it left in the warehouse.
    func inForce(ofUnchanged loadID: Int64) throws -> InForceLoad? {
        guard
            let row = try database.rows(
                """
                SELECT f.load_id, f.run_id, f.observations_loaded, f.rejects, f.check_warnings
                FROM etl_load u JOIN etl_load f ON f.load_id = u.in_force_load_id
                WHERE u.load_id = ?
                """, [.integer(loadID)]
            ).first,
            case .integer(let load) = row[0], case .integer(let run) = row[1],
            case .integer(let observations) = row[2], case .integer(let rejects) = row[3],
            case .integer(let warnings) = row[4]
        else { return nil }
        return InForceLoad(
            loadID: load, runID: run, observations: Int(observations), rejects: Int(rejects),
            checkWarnings: Int(warnings))
    }

    /// Retires what the pipeline loaded from files no longer among its inputs: a `retired`
    /// load is recorded for each, and `retire(relativePath, retiringLoadID)` moves its figures
    /// to `observation_history` (see ``retireFigures(pipeline:relativePath:replacedBy:)``), so
    /// they stay queryable as of earlier runs. Returns the relative paths and how many current
    /// figures each had.
    func retireVanishedFiles(
        runID: Int64, pipeline: PipelineSpec, present: [InputResolver.Input],
        retire: (_ relativePath: String, _ retiringLoadID: Int64) throws -> Void
    ) throws -> [(path: String, observations: Int)] {
        let latest = try database.rows(
            """
            SELECT l.relative_path, l.source_file, l.status, (
                SELECT count(*) FROM observation o WHERE o.load_id IN (
                    SELECT load_id FROM etl_load WHERE pipeline = l.pipeline
                    AND relative_path = l.relative_path))
            FROM etl_load l
            WHERE l.load_id IN (
                SELECT max(load_id) FROM etl_load
                WHERE pipeline = ? AND status IN ('loaded', 'unchanged', 'retired')
                GROUP BY relative_path)
            ORDER BY l.relative_path
            """, [.text(pipeline.name)])
        var retired: [(String, Int)] = []
        for row in latest {
            guard case .text(let relative) = row[0], case .text(let display) = row[1],
                row[2] != .text("retired"), !present.contains(where: { $0.relativePath == relative }),
                case .integer(let count) = row[3]
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
                try retire(relative, database.lastInsertRowID)
            }
            retired.append((relative, Int(count)))
        }
        return retired
    }

    /// Moves the current figures loaded from one file of the pipeline into history.
    func retireFigures(pipeline: PipelineSpec, relativePath: String, replacedBy loadID: Int64)
        throws
    {
        try moveToHistory(
            whereClause: """
                o.load_id IN (
                    SELECT load_id FROM etl_load WHERE pipeline = ? AND relative_path = ?)
                """,
            arguments: [.text(pipeline.name), .text(relativePath)], replacedBy: loadID)
    }

    /// Copies the matching current observations (alias `o`) into history as replaced by
    /// `loadID`, then deletes them from `observation`.
    /// Returns how many figures moved.
    @discardableResult
    func moveToHistory(whereClause: String, arguments: [DatabaseValue], replacedBy loadID: Int64)
        throws -> Int
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
        return database.changes
    }
}
