import SQLiteStore

/// The one way figures leave `observation` for `observation_history`: a revised figure keeps
/// its previous version there, a retired one moves there whole. Every path (a revised file, a
/// vanished file, an orphaned source, a firm-survey reload) fills the same columns.
struct ObservationHistory {
    /// Which current observations (alias `o`) to keep: an SQL condition and its arguments.
    struct Selection {
        let condition: String
        let arguments: [DatabaseValue]

        /// The figures loaded from one file of a pipeline, in any run.
        static func loaded(fromPipeline pipeline: String, relativePath: String) -> Selection {
            Selection(
                condition: """
                    o.load_id IN (
                        SELECT load_id FROM etl_load WHERE pipeline = ? AND relative_path = ?)
                    """,
                arguments: [.text(pipeline), .text(relativePath)])
        }

        func and(_ condition: String, _ arguments: [DatabaseValue] = []) -> Selection {
            Selection(
                condition: "(\(self.condition)) AND (\(condition))",
                arguments: self.arguments + arguments)
        }
    }

    let database: Database

    /// Copies the selected figures into history as replaced by `loadID`; they stay current.
    /// Returns how many were copied.
    @discardableResult
    func keep(_ selection: Selection, replacedBy loadID: Int64) throws -> Int {
        try database.run(
            """
            INSERT INTO observation_history(observation_id, measure_code, region_code, period,
                year, sector_code, size_code, value, status, note, source_id, load_id,
                source_file, source_line, source_column, replaced_by_load_id, replaced_at)
            SELECT o.observation_id, o.measure_code, o.region_code, o.period, o.year,
                   o.sector_code, o.size_code, o.value, o.status, o.note, o.source_id, o.load_id,
                   o.source_file, o.source_line, o.source_column, ?, ?
            FROM observation o WHERE \(selection.condition)
            """, [.integer(loadID), .text(Timestamp.now())] + selection.arguments)
        return database.changes
    }

    /// Keeps the selected figures in history, then deletes them from `observation`.
    /// Returns how many moved.
    @discardableResult
    func retire(_ selection: Selection, replacedBy loadID: Int64) throws -> Int {
        try keep(selection, replacedBy: loadID)
        try database.run(
            """
            DELETE FROM observation WHERE observation_id IN (
                SELECT o.observation_id FROM observation o WHERE \(selection.condition))
            """, selection.arguments)
        return database.changes
    }
}
