import ArgumentParser
import InnoStatCore

struct ReportCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report with charts of the indicators.",
        discussion: """
            Writes one self-contained HTML page (inline SVG and CSS, nothing fetched from the \
            network): R&D funding shares with the crossover, R&D centres, regional disparity, \
            Capital Region shares, a Lorenz curve, source conflicts and the last run's rejects. \
            A chart whose data the warehouse lacks shows a note instead.
            """)

    @OptionGroup var warehouse: WarehouseOption
    @Option(help: "The HTML file to write.") var out = "Warehouse/report.html"

    func execute(_: StandardErrorSink) throws {
        let database = try Warehouse.openReadOnly(path: warehouse.warehouse)
        let data = try ReportData(reading: database)
        try ReportPage(data: data).write(to: out)
        print(out)
    }
}
