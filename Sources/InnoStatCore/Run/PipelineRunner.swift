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
        let specs = try catalog.selected(only: configuration.only)
        try InputResolver(rawDataRoot: configuration.rawDataDirectory).checkRoot()
        try Warehouse.refuseForeignFile(at: configuration.warehousePath)
        try Warehouse.createFolder(for: configuration.warehousePath)
        let lock = try RunLock(
            warehousePath: configuration.warehousePath, wait: configuration.lockWait
        ) { holder in
            onEvent(
                .waitingForLock(
                    lockPath: configuration.warehousePath + ".lock", holder: holder,
                    seconds: configuration.lockWait.flatMap { $0.isFinite ? $0 : nil }))
        }
        defer { withExtendedLifetime(lock) {} }
        let warehouse = try Warehouse(
            path: configuration.warehousePath, busyTimeout: configuration.busyTimeout)
        let identity = Warehouse.FileIdentity(path: configuration.warehousePath)
        let interruption = configuration.stopsOnSignals ? RunInterruption() : nil
        defer {
            interruption?.stop()
            withExtendedLifetime(warehouse) {}
        }
        let runID = try warehouse.beginRun(command: configuration.command)
        interruption?.watch(warehouse.database, runID: runID)
        let errors = RunErrorLedger(database: warehouse.database, runID: runID)
        var loading: String?
        do {
            let summary = try run(
                specs, catalog, runID, warehouse, identity, interruption, started,
                loading: &loading
            ) { event in
                errors.record(event)
                onEvent(event)
            }
            onEvent(.runFinished(summary))
            return summary
        } catch {
            interruption?.resumeDatabase()
            if warehouse.database.isInTransaction {
                try? warehouse.database.execute("ROLLBACK TRANSACTION")
            }
            if let signal = interruption?.signalReceived {
                let interrupted = RunInterrupted(runID: runID, signal: signal, rolledBack: loading)
                try? errors.endInterrupted(interrupted)
                throw interrupted
            }
            try? errors.endFailed(error)
            throw error
        }
    }

    /// The run's work once it is recorded: every pipeline's loads, then the indicators.
    private func run(
        _ specs: [PipelineSpec], _ catalog: PipelineCatalog, _ runID: Int64,
        _ warehouse: Warehouse, _ identity: Warehouse.FileIdentity?,
        _ interruption: RunInterruption?, _ started: Date, loading: inout String?,
        onEvent: (RunEvent) -> Void
    ) throws -> RunSummary {
        var summary = RunSummary(runID: runID)
        onEvent(.runStarted(runID: runID, pipelines: specs.map(\.name)))
        for error in catalog.errors {
            summary.pipelinesFailed += 1
            onEvent(.pipelineInvalid(error))
        }
        let resolver = InputResolver(rawDataRoot: configuration.rawDataDirectory)
        let ledger = LoadLedger(database: warehouse.database)
        // The sources of pipelines that retired figures in this run.
        var shrunk: Set<String> = []
        for spec in specs {
            do {
                try warehouse.register(spec)
                let inputs = try resolver.resolve(spec)
                for input in inputs {
                    try interruption?.check()
                    onEvent(.fileStarted(pipeline: spec.name, file: input.displayPath))
                    loading = input.displayPath
                    let result = try load(input, spec, runID, warehouse, ledger, onEvent)
                    loading = nil
                    summary.add(result, published: !spec.source.isSynthetic)
                    if result.figures.retired > 0 { shrunk.insert(spec.source.id) }
                    onEvent(.fileFinished(result))
                }
                if try retireVanishedFiles(
                    spec, inputs, runID, warehouse, ledger, &summary, onEvent)
                {
                    shrunk.insert(spec.source.id)
                }
            } catch let error as PipelineError {
                summary.pipelinesFailed += 1
                onEvent(.pipelineFailed(pipeline: spec.name, message: error.description))
            } catch let error as SourceFileError {
                summary.pipelinesFailed += 1
                onEvent(.pipelineFailed(pipeline: spec.name, message: error.description))
            }
        }
        try interruption?.check()
        // Retiring orphans is asked for: what it empties is declared.
        let retiredOrphans = try reportOrphans(catalog, warehouse, runID, &summary, onEvent)
        computeIndicators(
            warehouse, runID: runID, shrunk: shrunk.union(retiredOrphans),
            shrinkable: Set(catalog.specs.filter(\.mayShrink).map(\.source.id))
                .union(retiredOrphans),
            summary: &summary, onEvent: onEvent)
        try interruption?.check()
        summary.seconds = Date().timeIntervalSince(started)
        try warehouse.checkStill(identity)
        try warehouse.finishRun(runID, succeeded: summary.succeeded)
        return summary
    }

    /// Retires the figures of the pipeline's files that are gone from its inputs; whether any
    /// figure was retired.
    private func retireVanishedFiles(
        _ spec: PipelineSpec, _ inputs: [InputResolver.Input], _ runID: Int64,
        _ warehouse: Warehouse,
        _ ledger: LoadLedger, _ summary: inout RunSummary, _ onEvent: (RunEvent) -> Void
    ) throws -> Bool {
        let retiring = { (relative: String, loadID: Int64) throws in
            if case .firmSurvey = spec.layout {
                try FirmSurveyLoader.retire(
                    relativePath: relative, of: spec, in: warehouse, runID: runID,
                    replacedBy: loadID)
            } else {
                try ledger.retireFigures(pipeline: spec, relativePath: relative, replacedBy: loadID)
            }
        }
        var retiredAny = false
        for retired in try ledger.retireVanishedFiles(
            runID: runID, pipeline: spec, present: inputs, retire: retiring)
        {
            summary.filesRetired += 1
            summary.figures.retired += retired.observations
            if retired.observations > 0 { retiredAny = true }
            summary.publishedFiguresChanged = true
            onEvent(
                .fileRetired(
                    pipeline: spec.name, file: retired.path, observations: retired.observations))
        }
        return retiredAny
    }

    /// Says which sources have figures in force but no pipeline in the folder; with
    /// `--retire-orphans`, retires their figures to history and returns their ids.
    private func reportOrphans(
        _ catalog: PipelineCatalog, _ warehouse: Warehouse, _ runID: Int64,
        _ summary: inout RunSummary, _ onEvent: (RunEvent) -> Void
    ) throws -> Set<String> {
        let brokenFiles = catalog.errors.map {
            (($0.file as NSString).lastPathComponent as NSString).deletingPathExtension
        }
        let known = Set((catalog.specs + catalog.setAside).map(\.name) + brokenFiles)
        let orphans = OrphanSources(database: warehouse.database)
        var retired: Set<String> = []
        for orphan in try orphans.find(known: known) {
            if configuration.retireOrphans {
                try orphans.retire(orphan, runID: runID)
                retired.insert(orphan.sourceID)
                summary.figures.retired += orphan.figures
                summary.publishedFiguresChanged = true
            }
            onEvent(
                .sourceOrphaned(
                    source: orphan.sourceID, pipelines: orphan.pipelines, figures: orphan.figures,
                    retired: configuration.retireOrphans))
        }
        return retired
    }

    /// Loads one input unless it is unchanged since its last load (and `--force` is off).
    private func load(
        _ input: InputResolver.Input, _ spec: PipelineSpec, _ runID: Int64,
        _ warehouse: Warehouse, _ ledger: LoadLedger, _ onEvent: (RunEvent) -> Void
    ) throws -> FileLoadResult {
        let size = input.bytes ?? 0
        if !configuration.force,
            let last = try ledger.lastState(pipeline: spec, relativePath: input.relativePath),
            last.pipelineSHA256 == spec.fingerprint, last.bytes == size,
            let digest = try? FileDigest.hexDigest(ofFile: input.path), digest == last.sha256
        {
            let loadID = try ledger.recordUnchanged(
                runID: runID, pipeline: spec, input: input, sha256: digest, bytes: size)
            var result = FileLoadResult(
                pipeline: spec.name, file: input.displayPath, loadID: loadID)
            result.status = .unchanged
            result.inForce = try ledger.inForce(ofUnchanged: loadID)
            try citeMetadata(of: input, spec, warehouse)
            try citeRetrieval(of: input, sha256: digest, spec, warehouse)
            return result
        }
        let digest = BackgroundDigest(path: input.path)
        let result = try withoutActuallyEscaping(onEvent) { onEvent in
            try InputLoader.load(
                input, of: spec, into: warehouse, runID: runID,
                onProgress: { rows, bytes in
                    onEvent(
                        .fileProgress(
                            file: input.displayPath, rows: rows, bytes: bytes,
                            totalBytes: Int(size)))
                })
        }
        let sha256 = digest.wait()
        try ledger.recordDigest(sha256, loadID: result.loadID)
        if result.status == .loaded {
            try citeRetrieval(of: input, sha256: sha256, spec, warehouse)
        }
        return result
    }

    /// Cites an unchanged workbook's metadata sheet again: registering the pipeline's source
    /// on every run resets the url and note the sheet gave when the file was loaded.
    private func citeMetadata(
        of input: InputResolver.Input, _ spec: PipelineSpec, _ warehouse: Warehouse
    ) throws {
        let form = TableForm.of(path: input.path)
        guard form == .xlsx || form == .xls,
            let sheets = try? SheetExtractor(
                read: spec.read, form: form, path: input.path, displayPath: input.displayPath),
            let metadata = sheets.metadata
        else { return }
        try SourceTable(database: warehouse.database).cite(metadata, of: spec)
    }

    /// Cites the sidecar `innostat fetch` left beside the input on the pipeline's source, when
    /// it describes the bytes loaded (a file replaced by hand since is not what it fetched).
    private func citeRetrieval(
        of input: InputResolver.Input, sha256: String, _ spec: PipelineSpec,
        _ warehouse: Warehouse
    ) throws {
        guard let record = FetchRecord.read(forInput: input.path), record.sha256 == sha256 else {
            return
        }
        try SourceTable(database: warehouse.database).citeRetrieval(
            url: record.url, day: record.retrievedDay, of: spec)
    }
}
