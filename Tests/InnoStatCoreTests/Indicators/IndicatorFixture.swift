import Foundation
import SQLiteStore

@testable import InnoStatCore

/// A temp project whose figures come from small long-layout CSVs, run through the real
/// `PipelineRunner` (load, compute indicators, export).
struct IndicatorFixture {
    let folder: TemporaryFolder
    var configuration: RunConfiguration

    /// `figures` are rows `measure,region,period,sector,size,value` for a source of precedence
    /// 10; `estimates` the same for a second source of precedence 20.
    init(indicators: String, figures: String, estimates: String? = nil, units: [String: String])
        throws
    {
        folder = try TemporaryFolder()
        let measures = units.sorted { $0.key < $1.key }.map {
            "  \($0.key): {name: \($0.key), unit: \($0.value)}"
        }.joined(separator: "\n")
        func pipeline(_ id: String, _ precedence: Int) -> String {
            """
            source: {id: \(id), publisher: Test, title: \(id)}
            precedence: \(precedence)
            inputs: [\(id).csv]
            layout: long
            columns: {measure: measure, region: region, period: period, sector: sector,
                      size: size, value: value}
            measures:
            \(measures)

            """
        }
        let header = "measure,region,period,sector,size,value\n"
        try folder.write("Pipelines/figures.yaml", pipeline("figures", 10))
        try folder.write("RawData/figures.csv", header + figures)
        if let estimates {
            try folder.write("Pipelines/estimates.yaml", pipeline("estimates", 20))
            try folder.write("RawData/estimates.csv", header + estimates)
        }
        try folder.write("Pipelines/indicators.yaml", indicators)
        configuration = RunConfiguration()
        configuration.pipelinesDirectory = folder.file("Pipelines")
        configuration.rawDataDirectory = folder.file("RawData")
        configuration.warehousePath = folder.file("Warehouse/warehouse.sqlite")
        configuration.exportsDirectory = folder.file("Warehouse/exports")
        // Every run recomputes: these tests are about the computation, not about skipping it.
        configuration.force = true
    }

    @discardableResult
    func run() throws -> (RunSummary, [RunEvent]) {
        var events: [RunEvent] = []
        let summary = try PipelineRunner(configuration: configuration).run { events.append($0) }
        return (summary, events)
    }

    func database() throws -> Database {
        try Database(path: configuration.warehousePath, mode: .readOnly)
    }

    /// (year, value, status) of an indicator, by year.
    func values(_ code: String) throws -> [Row] {
        try database().rows(
            "SELECT year, value, status FROM indicator_value WHERE indicator_code = ? ORDER BY 1",
            [.text(code)]
        ).map {
            Row(year: Int($0[0].integerValue!), value: $0[1].doubleValue, status: $0[2].textValue!)
        }
    }

    struct Row: Equatable, CustomStringConvertible {
        let year: Int
        let value: Double?
        let status: String

        var description: String { "\(year) \(value.map { "\($0)" } ?? "-") \(status)" }
    }

    func notes(_ code: String, year: Int) throws -> [String: String] {
        var notes: [String: String] = [:]
        for row in try database().rows(
            "SELECT key, value, text FROM indicator_note WHERE indicator_code = ? AND year = ?",
            [.text(code), .integer(Int64(year))])
        {
            notes[row[0].textValue!] = row[2].textValue ?? row[1].doubleValue.map { "\($0)" }
        }
        return notes
    }

    func outcome(_ code: String, in events: [RunEvent]) -> IndicatorOutcome? {
        for event in events {
            if case .indicatorsComputed(let outcomes) = event {
                return outcomes.first { $0.code == code }
            }
        }
        return nil
    }
}
