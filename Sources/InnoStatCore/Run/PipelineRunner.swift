import Foundation
import SQLiteStore

/// Runs pipelines into the warehouse: takes the lock, records the run, loads each input file in
/// its own transaction, and reports as it goes. A failing file or pipeline does not stop the
/// others; the summary says whether anything failed.
public struct PipelineRunner {
    public let configuration: RunConfiguration

    public init(configuration: RunConfiguration) {
        self.configuration = configuration
    }

    public func run(onEvent: (RunEvent) -> Void) throws -> RunSummary {
        let started = Date()
        let catalog = try PipelineCatalog(directory: configuration.pipelinesDirectory)
        try Warehouse.createFolder(for: configuration.warehousePath)
        let lock = try RunLock(warehousePath: configuration.warehousePath, wait: configuration.lockWait)
        defer { withExtendedLifetime(lock) {} }
        let warehouse = try Warehouse(path: configuration.warehousePath)
        let specs = try catalog.selected(only: configuration.only)
        let runID = try warehouse.beginRun(command: configuration.command)
        var summary = RunSummary(runID: runID)
        onEvent(.runStarted(runID: runID, pipelines: specs.map(\.name)))
        for error in catalog.errors {
            summary.pipelinesFailed += 1
            onEvent(.pipelineInvalid(error))
        }
        let resolver = InputResolver(rawDataRoot: configuration.rawDataDirectory)
        for spec in specs {
            do {
                try warehouse.register(spec)
                for input in try resolver.resolve(spec) {
                    onEvent(.fileStarted(pipeline: spec.name, file: input.displayPath))
                    let result: FileLoadResult
                    if case .firmSurvey = spec.layout {
                        result = try FirmSurveyLoader(
                            warehouse: warehouse, spec: spec, runID: runID, path: input.path,
                            displayPath: input.displayPath, relativePath: input.relativePath
                        ).load()
                    } else {
                        result = try FileLoader(
                            warehouse: warehouse, spec: spec, runID: runID, path: input.path,
                            displayPath: input.displayPath
                        ).load()
                    }
                    summary.rowsRead += result.rowsRead
                    summary.rejects += result.rejects
                    switch result.status {
                    case .loaded: summary.filesLoaded += 1
                    case .failed: summary.filesFailed += 1
                    case .unchanged: summary.filesUnchanged += 1
                    }
                    summary.observationsLoaded += result.observationsLoaded
                    onEvent(.fileFinished(result))
                }
            } catch let error as PipelineError {
                summary.pipelinesFailed += 1
                onEvent(.pipelineFailed(pipeline: spec.name, message: error.description))
            } catch let error as SourceFileError {
                summary.pipelinesFailed += 1
                onEvent(.pipelineFailed(pipeline: spec.name, message: error.description))
            }
        }
        summary.seconds = Date().timeIntervalSince(started)
        try warehouse.finishRun(runID, succeeded: summary.succeeded)
        onEvent(.runFinished(summary))
        return summary
    }
}
