import SQLiteStore

/// The one writer of the `source` table: a pipeline's source, and the per-row sources of its
/// cited urls (`columns.source_url`), each with the pipeline's `is_synthetic`.
struct SourceTable {
    let database: Database

    /// Records the pipeline's own source.
    func register(_ spec: PipelineSpec) throws {
        let source = spec.source
        try upsert(
            id: source.id, url: source.url, note: source.note, of: spec)
    }

    /// Records a source for a url cited by rows of the pipeline: its publisher, title, licence
    /// and synthetic flag, with that url.
    func registerCited(id: String, url: String, of spec: PipelineSpec) throws {
        let base = spec.source
        let note = "a url cited by rows of \(base.id)" + (base.note.map { "; \($0)" } ?? "")
        try upsert(id: id, url: url, note: note, of: spec)
    }

    /// Adds what a KOSIS download's metadata sheet says to the pipeline's source: the table
    /// id, the download day, the periods asked for, the url when the pipeline gives none, and
    /// the notes on the whole table after the pipeline's own note.
    func cite(_ metadata: KOSISMetadata, of spec: PipelineSpec) throws {
        let tableNotes = metadata.notes.filter { $0.member == nil }.map { RowMapper.label($0.text) }
            .filter { !$0.isEmpty }
        let note = ([spec.source.note].compactMap { $0 } + tableNotes).joined(separator: "; ")
        try database.run(
            """
            UPDATE source SET table_id = ?, retrieved = ?, reference_period = ?,
                url = coalesce(url, ?), note = ?
            WHERE source_id = ?
            """,
            [
                DatabaseValue(metadata.tableID), DatabaseValue(metadata.downloadedDay),
                DatabaseValue(metadata.period), DatabaseValue(metadata.url),
                DatabaseValue(note.isEmpty ? nil : note), .text(spec.source.id),
            ])
    }

    /// Adds where and when `innostat fetch` retrieved the pipeline's input (its sidecar): the
    /// day, and the masked url when the pipeline gives none.
    func citeRetrieval(url: String, day: String, of spec: PipelineSpec) throws {
        try database.run(
            "UPDATE source SET retrieved = ?, url = coalesce(url, ?) WHERE source_id = ?",
            [.text(day), .text(url), .text(spec.source.id)])
    }

    private func upsert(id: String, url: String?, note: String?, of spec: PipelineSpec) throws {
        let source = spec.source
        try database.run(
            """
            INSERT INTO source(source_id, publisher, title, url, licence, note, pipeline,
                               precedence, is_synthetic)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(source_id) DO UPDATE SET publisher = excluded.publisher,
                title = excluded.title, url = excluded.url, licence = excluded.licence,
                note = excluded.note, pipeline = excluded.pipeline,
                precedence = excluded.precedence, is_synthetic = excluded.is_synthetic
            """,
            [
                .text(id), .text(source.publisher), .text(source.title), DatabaseValue(url),
                DatabaseValue(source.licence), DatabaseValue(note), .text(spec.name),
                .integer(Int64(spec.precedence)), .integer(source.isSynthetic ? 1 : 0),
            ])
    }
}
