import ArgumentParser
import InnoStatCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write indicators as CSV with a CSVW metadata file each.",
        discussion: """
            Writes <out>/<code>.csv (header indicator,region,year,value,unit,status; UTF-8, LF) \
            and <out>/<code>.csv-metadata.json for each indicator named, or for every indicator \
            of the last run. An unknown name is a usage error (exit 64).
            """)

    @OptionGroup var warehouse: WarehouseOption
    @Option(help: "Folder for the exported files.") var out = "Warehouse/exports"
    @Argument(help: "Indicator codes (default: all).") var indicators: [String] = []

    func run() throws {
        do {
            let database = try Warehouse.openReadOnly(path: warehouse.warehouse)
            let files = try IndicatorExporter(database: database).export(indicators, to: out)
            for file in files { print("\(file.path)\t\(file.rows) rows") }
        } catch let unknown as IndicatorExporter.UnknownIndicator {
            StandardError.write(unknown.description)
            throw ExitCodes.usage
        } catch {
            StandardError.write("\(error)")
            throw ExitCodes.failed
        }
    }
}
