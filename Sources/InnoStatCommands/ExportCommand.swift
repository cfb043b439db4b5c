import ArgumentParser
import InnoStatCore

extension ExportFormat: ExpressibleByArgument {}
extension ExportLayout: ExpressibleByArgument {}

struct ExportCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write indicators as CSV or SDMX-CSV with a CSVW metadata file each.",
        discussion: """
            For each indicator named, or every indicator of the last run: --format csv writes \
            <out>/<code>.csv (header indicator,region,year,value,unit,status; UTF-8, LF); \
            --format sdmx-csv writes <out>/<code>.sdmx.csv (SDMX-CSV 1.0: DATAFLOW, FREQ, \
            REF_AREA, INDICATOR, TIME_PERIOD, OBS_VALUE, OBS_STATUS, UNIT_MEASURE, UNIT_MULT); \
            --layout wide (csv only) writes <out>/<code>.wide.csv, a row per region and a \
            column per year, and <out>/<code>.wide.status.csv, the statuses in the same cells. \
            Each file gets a CSVW sidecar <file>-metadata.json. An unknown name is a usage \
            error (exit 64).
            """)

    @OptionGroup var warehouse: WarehouseOption
    @Option(help: "Folder for the exported files.") var out = "Warehouse/exports"
    @Option(help: "csv (the export contract) or sdmx-csv.") var format: ExportFormat = .csv
    @Option(help: "long (one observation per row) or wide (years as columns; csv only).")
    var layout: ExportLayout = .long
    @Argument(help: "Indicator codes (default: all).") var indicators: [String] = []

    func validate() throws {
        if format == .sdmxCSV && layout == .wide {
            throw ValidationError(
                IndicatorExporter.UnsupportedLayout(format: format, layout: layout).description)
        }
    }

    func execute(_: StandardErrorSink) throws {
        let database = try Warehouse.openReadOnly(path: warehouse.warehouse)
        let files = try IndicatorExporter(database: database).export(
            indicators, to: out, format: format, layout: layout)
        for file in files { print("\(file.path)\t\(file.rows) rows") }
    }
}
