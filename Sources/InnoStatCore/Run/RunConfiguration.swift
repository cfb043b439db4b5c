/// Where a run reads and writes, and what it takes.
public struct RunConfiguration: Sendable {
    public var pipelinesDirectory = "Pipelines"
    public var rawDataDirectory = "RawData"
    public var warehousePath = "Warehouse/warehouse.sqlite"
    public var exportsDirectory = "Warehouse/exports"
    public var only: [String] = []
    public var force = false
    /// Retire the figures of sources whose pipelines are gone from the folder.
    public var retireOrphans = false
    /// Seconds to wait for another run's lock; nil fails at once.
    public var lockWait: Double?
    /// Seconds SQLite waits on a busy database before the run fails.
    public var busyTimeout: Double = 5
    /// The command line, for the run ledger.
    public var command = "innostat run"
    /// Whether SIGINT and SIGTERM stop the run cleanly (see ``RunInterruption``); the CLI's
    /// `run` sets it.
    public var stopsOnSignals = false

    public init() {}
}
