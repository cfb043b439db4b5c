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
        guard let last = rows.first, last.text("status") != "retired",
            let sha256 = last.text("sha256"), let bytes = last.integer("bytes"),
            let pipelineSHA256 = last.text("pipeline_sha256")
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
                SELECT f.load_id AS load_id, f.run_id AS run_id,
                       f.observations_loaded AS observations_loaded, f.rejects AS rejects,
                       f.check_warnings AS check_warnings
                FROM etl_load u JOIN etl_load f ON f.load_id = u.in_force_load_id
                WHERE u.load_id = ?
                """, [.integer(loadID)]
            ).first,
            let load = row.integer("load_id"), let run = row.integer("run_id"),
            let observations = row.integer("observations_loaded"),
            let rejects = row.integer("rejects"), let warnings = row.integer("check_warnings")
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
            SELECT l.relative_path AS relative_path, l.source_file AS source_file,
                   l.status AS status, (
                SELECT count(*) FROM observation o WHERE o.load_id IN (
                    SELECT load_id FROM etl_load WHERE pipeline = l.pipeline
                    AND relative_path = l.relative_path)) AS observations
            FROM etl_load l
            WHERE l.load_id IN (
                SELECT max(load_id) FROM etl_load
                WHERE pipeline = ? AND status IN ('loaded', 'unchanged', 'retired')
                GROUP BY relative_path)
            ORDER BY l.relative_path
            """, [.text(pipeline.name)])
        var retired: [(String, Int)] = []
        for row in latest {
            guard let relative = row.text("relative_path"), let display = row.text("source_file"),
                row.text("status") != "retired",
                !present.contains(where: { $0.relativePath == relative }),
                let count = row.integer("observations")
            else { continue }
            try database.transaction(.immediate) {
                let retiringLoadID = try recordRetired(
                    runID: runID, pipeline: pipeline.name, sourceID: pipeline.source.id,
                    sourceFile: display, relativePath: relative, tolerance: pipeline.tolerance,
                    reason: "the file is no longer among the inputs")
                try retire(relative, retiringLoadID)
            }
            retired.append((relative, Int(count)))
        }
        return retired
    }

    /// Records a `retired` load: the file's figures leave under it. Returns its id.
    func recordRetired(
        runID: Int64, pipeline: String, sourceID: String, sourceFile: String,
        relativePath: String, tolerance: Int, reason: String
    ) throws -> Int64 {
        let now = Timestamp.now()
        try database.run(
            """
            INSERT INTO etl_load(run_id, pipeline, source_id, source_file, relative_path,
                started_at, finished_at, status, tolerance, message)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'retired', ?, ?)
            """,
            [
                .integer(runID), .text(pipeline), .text(sourceID), .text(sourceFile),
                .text(relativePath), .text(now), .text(now), .integer(Int64(tolerance)),
                .text(reason),
            ])
        return database.lastInsertRowID
    }

    /// Moves the current figures loaded from one file of the pipeline into history.
    func retireFigures(pipeline: PipelineSpec, relativePath: String, replacedBy loadID: Int64)
        throws
    {
        try ObservationHistory(database: database).retire(
            .loaded(fromPipeline: pipeline.name, relativePath: relativePath), replacedBy: loadID)
    }
}
