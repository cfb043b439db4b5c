import SQLiteStore

/// `validate`: parses the pipelines and loads every input exactly as a run would, checks
/// included, but into a private temporary warehouse that disappears afterwards. Reports what a
/// run would load, reject and warn about; the real warehouse is never opened.
public struct PipelineValidator {
    public struct FileReport: Sendable {
        public let pipeline: String
        public let file: String
        public var rowsRead = 0
        public var rowsSkipped = 0
        public var observations = 0
        public var rejects: [String] = []
        public var warnings: [String] = []
        /// Why a run would not load the file.
        public var failure: String?
    }

    public let pipelinesDirectory: String
    public let rawDataDirectory: String

    public init(pipelinesDirectory: String, rawDataDirectory: String) {
        self.pipelinesDirectory = pipelinesDirectory
        self.rawDataDirectory = rawDataDirectory
    }

    /// Returns the pipeline-level errors and a report per input file.
    public func validate(only: [String]) throws -> (errors: [String], files: [FileReport]) {
        let catalog = try PipelineCatalog(directory: pipelinesDirectory)
        var errors = catalog.errors.map(\.description)
        do {
            _ = try IndicatorCatalog.load(directory: pipelinesDirectory)
        } catch let error as PipelineError {
            errors.append(error.description)
        }
        var files: [FileReport] = []
        let resolver = InputResolver(rawDataRoot: rawDataDirectory)
        // An empty path opens a private on-disk database that SQLite deletes on close.
        let scratch = try Warehouse(path: "")
        let runID = try scratch.beginRun(command: "innostat validate")
        for spec in try catalog.selected(only: only) {
            let inputs: [InputResolver.Input]
            do {
                inputs = try resolver.resolve(spec)
                try scratch.register(spec)
            } catch {
                errors.append("\(error)")
                continue
            }
            for input in inputs {
                let result = try InputLoader.load(
                    input, of: spec, into: scratch, runID: runID)
                files.append(try report(result, in: scratch.database))
            }
        }
        return (errors, files)
    }

    private func report(_ result: FileLoadResult, in database: Database) throws -> FileReport {
        var report = FileReport(pipeline: result.pipeline, file: result.file)
        report.rowsRead = result.rowsRead
        report.rowsSkipped = result.rowsSkipped
        report.observations = result.observationsLoaded
        if result.isUnreadable {
            report.failure = result.diagnostics.first ?? result.failure
            return report
        }
        let load = DatabaseValue.integer(result.loadID)
        func place(_ row: Row) -> String {
            SourcePlace.text(
                file: row.text("source_file") ?? "", line: row.int("line"),
                column: row.int("column_number"), sheet: result.sheet)
        }
        report.rejects = try database.rows(
            """
            SELECT source_file, line, column_number, message FROM etl_reject
            WHERE load_id = ? ORDER BY reject_id
            """, [load]
        ).map { "\(place($0)): \($0.text("message") ?? "")" }
        report.warnings = try database.rows(
            """
            SELECT source_file, line, column_number, message FROM etl_check_failure
            WHERE load_id = ? AND severity = 'warn' ORDER BY failure_id
            """, [load]
        ).map { "\(place($0)): warning: \($0.text("message") ?? "")" }
        if result.status == .failed, let failure = result.failure {
            report.failure = "\(result.file): \(failure)"
        }
        return report
    }
}
