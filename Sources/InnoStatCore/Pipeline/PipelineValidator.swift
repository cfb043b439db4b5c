/// `validate`: parses the pipelines and reads every input through the same extract and
/// transform as a load, without opening the warehouse. Reports what a run would reject.
public struct PipelineValidator {
    public struct FileReport: Sendable {
        public let pipeline: String
        public let file: String
        public var rowsRead = 0
        public var rowsSkipped = 0
        public var observations = 0
        public var rejects: [String] = []
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
        var files: [FileReport] = []
        let resolver = InputResolver(rawDataRoot: rawDataDirectory)
        for spec in try catalog.selected(only: only) {
            let inputs: [InputResolver.Input]
            do {
                inputs = try resolver.resolve(spec)
            } catch {
                errors.append("\(error)")
                continue
            }
            for input in inputs {
                files.append(check(spec, input))
            }
        }
        return (errors, files)
    }

    private func check(_ spec: PipelineSpec, _ input: InputResolver.Input) -> FileReport {
        if case .firmSurvey = spec.layout {
            return checkFirmSurvey(spec, input)
        }
        var report = FileReport(pipeline: spec.name, file: input.displayPath)
        var mapper: RowMapper?
        do {
            _ = try TableExtractor(read: spec.read, path: input.path, displayPath: input.displayPath)
                .extract(
                    onHeader: { names, _ in
                        mapper = try RowMapper(spec: spec, header: names, file: input.displayPath)
                    },
                    onRow: { record in
                        report.rowsRead += 1
                        switch mapper!.map(record) {
                        case .skipped: report.rowsSkipped += 1
                        case .rejected(let rejects):
                            report.rejects += rejects.map { $0.diagnostic(file: input.displayPath) }
                        case .observations(let observations, let rejects):
                            report.observations += observations.count
                            report.rejects += rejects.map { $0.diagnostic(file: input.displayPath) }
                        }
                    })
        } catch {
            report.failure = "\(error)"
        }
        return report
    }
}
