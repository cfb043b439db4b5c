import Foundation
import InnoStatCore
import SQLiteStore
import Testing

@testable import InnoStatCommands

/// The text of `innostat explain` on a small hand-made warehouse, against golden files in
/// `Golden/` (re-record with INNOSTAT_RECORD_GOLDEN=1).
@Suite(.serialized)
struct ExplanationRendererTests {
    static let indicators = """
        measures:
          grdp_nominal: {unit: million KRW}
          population: {unit: persons}
          rd_funding_share: {unit: percent}
          rd_expenditure: {unit: 100 million KRW}
        indicators:
          - code: rd_private_share
            method: share
            name: Business share of R&D expenditure
            published: {measure: rd_funding_share, sector: BUS}
            part: {measure: rd_expenditure, sector: BUS}
            whole: {measure: rd_expenditure, sector: TOT}
          - method: disparity
            base: grdp_per_capita
            measure: grdp_nominal
            per_capita: population
            indices: [gini, theil_t]
          - {method: disparity, base: grdp, measure: grdp_nominal, indices: [capital_share]}

        """

    /// GRDP 1997 without Ulsan, 1998 with it; population from a register (precedence 10) and
    /// estimates (20); a share published for 1990 (by both sources) and computed for 2022.
    static let figures = """
        measure,region,period,sector,value
        grdp_nominal,KR-11,1997,TOT,100
        grdp_nominal,KR-41,1997,TOT,60
        grdp_nominal,KR-48,1997,TOT,90
        grdp_nominal,KR-11,1998,TOT,110
        grdp_nominal,KR-41,1998,TOT,66
        grdp_nominal,KR-48,1998,TOT,60
        grdp_nominal,KR-31,1998,TOT,40
        population,KR-11,1997,TOT,10
        population,KR-41,1997,TOT,10
        population,KR-48,1997,TOT,6
        population,KR-31,1997,TOT,3
        population,KR-11,1998,TOT,10
        population,KR-41,1998,TOT,10
        population,KR-48,1998,TOT,6
        population,KR-31,1998,TOT,3
        rd_funding_share,KR,1990,BUS,84
        rd_expenditure,KR,2022,BUS,859637
        rd_expenditure,KR,2022,TOT,1126460

        """

    static let estimates = """
        measure,region,period,sector,value
        population,KR-11,1997,TOT,9
        population,KR-41,1997,TOT,9
        population,KR-48,1997,TOT,9
        population,KR-31,1997,TOT,9
        rd_funding_share,KR,1990,BUS,85

        """

    /// Runs the two pipelines into a fresh warehouse in `folder`, file paths made relative.
    static func warehouse(in folder: String) throws -> Database {
        func pipeline(_ id: String, _ precedence: Int, _ publisher: String) -> String {
            """
            source: {id: \(id), publisher: \(publisher), title: \(id) table,
                     url: https://example.org/\(id)}
            precedence: \(precedence)
            inputs: [\(id).csv]
            layout: long
            columns: {measure: measure, region: region, period: period, sector: sector,
                      value: value}
            measures:
              grdp_nominal: {name: GRDP, unit: million KRW}
              population: {name: Population, unit: persons}
              rd_funding_share: {name: Share by source of funds, unit: percent}
              rd_expenditure: {name: R&D expenditure, unit: 100 million KRW}

            """
        }
        let manager = FileManager.default
        try manager.createDirectory(
            atPath: "\(folder)/Pipelines", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: "\(folder)/RawData", withIntermediateDirectories: true)
        let files = [
            "Pipelines/register.yaml": pipeline("register", 10, "Register office"),
            "Pipelines/estimates.yaml": pipeline("estimates", 20, "Estimates office"),
            "Pipelines/indicators.yaml": indicators,
            "RawData/register.csv": figures, "RawData/estimates.csv": estimates,
        ]
        for (path, text) in files {
            try text.write(toFile: "\(folder)/\(path)", atomically: true, encoding: .utf8)
        }
        var configuration = RunConfiguration()
        configuration.pipelinesDirectory = "\(folder)/Pipelines"
        configuration.rawDataDirectory = "\(folder)/RawData"
        configuration.warehousePath = "\(folder)/warehouse.sqlite"
        configuration.exportsDirectory = "\(folder)/exports"
        let summary = try PipelineRunner(configuration: configuration).run { _ in }
        #expect(summary.succeeded)
        try Database(path: configuration.warehousePath, mode: .readWrite).execute(
            "UPDATE observation SET source_file = replace(source_file, '\(folder)/', '')")
        return try Database(path: configuration.warehousePath, mode: .readOnly)
    }

    static let goldenFolder: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.appendingPathComponent("Golden").path
    }()

    static func checkGolden(_ actual: String, _ name: String) throws {
        let golden = "\(goldenFolder)/\(name)"
        if ProcessInfo.processInfo.environment["INNOSTAT_RECORD_GOLDEN"] != nil {
            try FileManager.default.createDirectory(
                atPath: goldenFolder, withIntermediateDirectories: true)
            try actual.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(actual == (try String(contentsOfFile: golden, encoding: .utf8)), "\(name)")
    }

    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("innostat-explain-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test(arguments: [
        ("grdp_per_capita_gini", 1997, "explain-gini-1997.txt"),
        ("grdp_per_capita_theil_t", 1998, "explain-theil-1998.txt"),
        ("grdp_capital_share", 1998, "explain-capital-share-1998.txt"),
        ("rd_private_share", 1990, "explain-share-1990.txt"),
        ("rd_private_share", 2022, "explain-share-2022.txt"),
    ])
    func explanationsMatchTheirGoldenFiles(code: String, year: Int, golden: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let explanation = try IndicatorExplainer(database: try Self.warehouse(in: folder))
            .explain(code, year: year)
        try Self.checkGolden(ExplanationRenderer(explanation: explanation).render(), golden)
    }

    @Test func aMismatchIsTheFirstWordOfTheCheck() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Self.warehouse(in: folder)
        try Database(path: "\(folder)/warehouse.sqlite", mode: .readWrite).execute(
            "UPDATE indicator_value SET value = 65 WHERE indicator_code = 'grdp_capital_share'")
        let explanation = try IndicatorExplainer(
            database: try Database(path: "\(folder)/warehouse.sqlite", mode: .readOnly)
        ).explain("grdp_capital_share", year: 1997)
        #expect(
            ExplanationRenderer(explanation: explanation).checkLine
                == "MISMATCH: recomputed from 3 regions from the 3 inputs below: 64, but the "
                + "warehouse stores 65")
    }
}
