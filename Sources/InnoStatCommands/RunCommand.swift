import ArgumentParser
import InnoStatCore

struct RunCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Load every enabled pipeline into the warehouse, compute indicators, export.")

    @OptionGroup var sources: SourceOptions
    @OptionGroup var warehouse: WarehouseOption
    @Option(help: "Folder for exported indicator files.") var exports = "Warehouse/exports"
    @Flag(help: "Reload every file even when unchanged.") var force = false
    @Flag(
        name: .customLong("retire-orphans"),
        help: "Retire the figures of sources whose pipeline is gone from the pipelines folder.")
    var retireOrphans = false
    @Option(
        help: ArgumentHelp(
            "Wait for another run's lock: SECONDS, or until it is free when given alone.",
            valueName: "seconds"))
    var wait: LockWait?
    @Option(
        name: .customLong("busy-timeout"),
        help: "Seconds to wait for a busy database before failing.")
    var busyTimeout: Double = 5
    @Option(name: .customLong("log-format"), help: "text or json (one object per line).")
    var logFormat: LogFormat = .text

    func makeDiagnostics() -> RunLog { RunLog(format: logFormat) }

    func execute(_ log: RunLog) throws {
        var configuration = RunConfiguration()
        configuration.pipelinesDirectory = sources.pipelines
        configuration.rawDataDirectory = sources.rawData
        configuration.warehousePath = warehouse.warehouse
        configuration.exportsDirectory = exports
        configuration.only = sources.only
        configuration.force = force
        configuration.retireOrphans = retireOrphans
        configuration.lockWait = wait.map { $0.seconds ?? .infinity }
        configuration.busyTimeout = busyTimeout
        configuration.stopsOnSignals = true
        configuration.command = (["innostat"] + CommandLine.arguments.dropFirst()).joined(
            separator: " ")
        let summary = try PipelineRunner(configuration: configuration).run(onEvent: log.handle)
        if !summary.succeeded { throw CommandFailure() }
    }
}
