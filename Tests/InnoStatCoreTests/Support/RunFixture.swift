import Foundation
import SQLiteStore

@testable import InnoStatCore

/// Pipelines and raw files in a temp folder, run into a fresh warehouse there.
struct RunFixture {
    let folder: TemporaryFolder
    var configuration: RunConfiguration

    init(pipelines: [String: String], files: [String: String]) throws {
        folder = try TemporaryFolder()
        for (name, yaml) in pipelines { try folder.write("Pipelines/\(name).yaml", yaml) }
        for (name, text) in files { try folder.write("RawData/\(name)", text) }
        configuration = RunConfiguration()
        configuration.pipelinesDirectory = folder.file("Pipelines")
        configuration.rawDataDirectory = folder.file("RawData")
        configuration.warehousePath = folder.file("Warehouse/warehouse.sqlite")
        configuration.exportsDirectory = folder.file("Warehouse/exports")
    }

    func run() throws -> (RunSummary, [RunEvent]) {
        var events: [RunEvent] = []
        let summary = try PipelineRunner(configuration: configuration).run { events.append($0) }
        return (summary, events)
    }

    func database() throws -> Database {
        try Database(path: configuration.warehousePath, mode: .readOnly)
    }

    /// Where the raw files are, as diagnostics name them.
    var rawData: String { folder.file("RawData") }

    /// The result of each file loaded, in order.
    static func results(_ events: [RunEvent]) -> [FileLoadResult] {
        events.compactMap { event in
            if case .fileFinished(let result) = event { return result }
            return nil
        }
    }
}
