import ArgumentParser
import InnoStatCore

struct ExplainCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how one indicator value was made, down to the file lines it came from.",
        discussion: """
            Prints the indicator's definition and formula, the formula with the year's numbers \
            filled in, the value recomputed from its inputs (MISMATCH and exit 1 when that is \
            not the stored value), what qualifies its status, and every input observation with \
            its source, file and line and the sources v_observation chose it over. Without \
            --year the latest year; an unknown indicator is a usage error (exit 64) naming the \
            closest; a year without a value exits 1 naming the years that have one.
            """)

    @OptionGroup var warehouse: WarehouseOption
    @Option(help: "The region of the value (ISO 3166-2:KR).") var region = "KR"
    @Option(help: "The year (default: the latest with a value).") var year: Int?
    @Argument(help: "The indicator code, e.g. grdp_per_capita_gini.") var indicator: String

    func execute(_: StandardErrorSink) throws {
        let database = try Warehouse.openReadOnly(path: warehouse.warehouse)
        let explanation = try IndicatorExplainer(database: database).explain(
            indicator, region: region, year: year)
        print(ExplanationRenderer(explanation: explanation).render(), terminator: "")
        if explanation.check.isMismatch {
            throw CommandFailure(lines: [
                "\(indicator) \(region) \(explanation.year): the stored value does not follow "
                    + "from its inputs (see Check)"
            ])
        }
    }
}
