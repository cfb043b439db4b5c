import ArgumentParser
import InnoStatCore
import SQLiteStore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the last run: each file's rows read, loaded, skipped and rejected.")

    @OptionGroup var warehouse: WarehouseOption
    @Option(help: "How many rejects of the last run to list.") var rejects = 20

    func run() throws {
        do {
            let database = try Warehouse.openReadOnly(path: warehouse.warehouse)
            print(try StatusReport(database: database, rejectLimit: rejects).render(), terminator: "")
        } catch {
            StandardError.write("\(error)")
            throw ExitCodes.failed
        }
    }
}
