/// The one way a loader writes a figure into `observation`: a new key inserts; an existing key
/// of the same source is rewritten only when something about the figure changed, so an
/// unchanged figure keeps its `load_id`.
enum ObservationUpsert {
    static let columns = """
        measure_code, region_code, period, year, sector_code, size_code, value, status, note,
        source_id, load_id, source_file, source_line, source_column
        """

    /// Follows `INSERT INTO observation(\(columns)) SELECT … WHERE true`.
    static let onConflict = """
        ON CONFLICT(measure_code, region_code, period, sector_code, size_code, source_id)
        DO UPDATE SET value = excluded.value, status = excluded.status,
            note = excluded.note, load_id = excluded.load_id,
            source_file = excluded.source_file, source_line = excluded.source_line,
            source_column = excluded.source_column
        WHERE observation.value IS NOT excluded.value
           OR observation.status IS NOT excluded.status
           OR observation.note IS NOT excluded.note
           OR observation.source_file IS NOT excluded.source_file
           OR observation.source_line IS NOT excluded.source_line
           OR observation.source_column IS NOT excluded.source_column
        """
}
