import ArgumentParser
import InnoStatCore
import SQLiteStore

struct StatusCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show a run: each file's rows read, loaded, skipped and rejected, its checks, "
            + "rejects and check warnings.",
        discussion: "Without --run, the last run. --runs N lists the latest N runs instead.")

    @OptionGroup var warehouse: WarehouseOption
    @Option(name: .customLong("run"), help: "Show this run instead of the last one.")
    var runID: Int64?
    @Option(help: "List the latest N runs, one line each.") var runs: Int?
    @Option(help: "How many rejects and check warnings of the run to list.") var rejects = 20

    func validate() throws {
        if runID != nil && runs != nil { throw ValidationError("give --run or --runs, not both") }
        if let runs, runs < 1 { throw ValidationError("--runs takes a number of at least 1") }
        if rejects < 0 { throw ValidationError("--rejects takes a number of at least 0") }
    }

    func execute(_: StandardErrorSink) throws {
        let database = try Warehouse.openReadOnly(path: warehouse.warehouse)
        let report = StatusReport(database: database, runID: runID, rejectLimit: rejects)
        let text = try runs.map { try report.renderRuns(count: $0) } ?? report.render()
        print(text, terminator: "")
    }
}
