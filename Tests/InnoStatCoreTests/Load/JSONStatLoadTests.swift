import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// JSON-stat datasets load one figure per cell; each is checked against the flattening the
/// sample's authors published beside it (Fixtures/json-stat/*.csv), whose areas are names.
struct JSONStatLoadTests {
    static let oecdPipeline = """
        source: {id: oecd_unemployment, publisher: OECD, title: Unemployment rate in the OECD countries}
        inputs: [oecd.json]
        read: {dataset: "1"}
        layout: long
        columns: {region: area, period: year, value: value, status: status}
        rules:
          - when: {area: EU15}
            skip: the EU of 15 has no region code here
          - when: {concept: UNR}
            set: {measure: unemployment_rate}
        measures:
          unemployment_rate: {name: Unemployment rate, unit: percent}
        """

    static let eurostatPipeline = """
        source: {id: eurostat_demo_gind, publisher: Eurostat, title: Population change (demo_gind)}
        inputs: [demo_gind.json]
        layout: long
        columns: {region: geo, period: time, value: value, status: status}
        status_codes: {ep: E}
        rules:
          - when: {geo: [DE_TOT, EA19, EEA30_2007, EEA31, EFTA, EU27_2007, EU28, FX, XK]}
            skip: groupings and former territories without a region code here
          - when: {indic_de: JAN}
            set: {measure: population}
        unmatched: {skip: other demographic indicators}
        measures:
          population: {name: Population on 1 January, unit: persons}
        """

    static func figures(_ fixture: RunFixture) throws -> [String: String] {
        var figures: [String: String] = [:]
        for row in try fixture.database().rows(
            """
            SELECT measure_code || ' ' || region_code || ' ' || period AS key,
                   coalesce(value, '') || ' ' || status AS figure FROM observation
            """)
        {
            figures[row.text("key")!] = row.text("figure")!
        }
        return figures
    }

    @Test func theOECDDatasetOfACollectionLoadsAsItsCSVReads() throws {
        let fixture = try RunFixture(pipelines: ["oecd": Self.oecdPipeline], files: [:])
        try fixture.folder.write(
            "RawData/oecd.json", try Fixtures.data("json-stat/oecd-canada-col.json"))
        let (summary, events) = try fixture.run()
        #expect(summary.succeeded)
        let result = RunFixture.results(events).first
        #expect(result?.rowsRead == 432 && result?.rowsSkipped == 12 && result?.rejects == 0)
        let figures = try Self.figures(fixture)
        #expect(figures.count == 420)
        var compared = 0
        for row in try Fixtures.csvRows("json-stat/oecd-canada-col-1.csv") {
            // The csv names the OECD `total`, which labels read as Korea's national total.
            let label = row["OECD countries, EU15 and total"]!
            guard let region = label == "total" ? "OECD" : RegionCatalog.standard.resolve(label)
            else { continue }
            let status = row["status"] == "e" ? "E" : "A"
            #expect(
                figures["unemployment_rate \(region) \(row["2003-2014"]!)"]
                    == "\(Double(row["value"]!)!) \(status)")
            compared += 1
        }
        #expect(compared == 35 * 12)
        #expect(figures["unemployment_rate KR 2003"] == "3.562065618 A")
    }

    @Test func aCollectionNeedsItsDatasetNamed() throws {
        let pipeline = Self.oecdPipeline.replacingOccurrences(
            of: "read: {dataset: \"1\"}\n", with: "")
        let fixture = try RunFixture(pipelines: ["oecd": pipeline], files: [:])
        try fixture.folder.write(
            "RawData/oecd.json", try Fixtures.data("json-stat/oecd-canada-col.json"))
        let (summary, events) = try fixture.run()
        #expect(!summary.succeeded)
        #expect(
            RunFixture.results(events).first?.diagnostics.first
                == "\(fixture.rawData)/oecd.json: holds 2 datasets (1: Unemployment rate in the "
                + "OECD countries 2003-2014; 2: Population by sex and age group. Canada. 2012): "
                + "name one with read.dataset")
    }

    /// Eurostat's sparse cube: cells without a value are missing figures, `ep` a declared flag.
    @Test func aEurostatDatasetLoadsWithItsFlags() throws {
        let fixture = try RunFixture(pipelines: ["eurostat": Self.eurostatPipeline], files: [:])
        try fixture.folder.write(
            "RawData/demo_gind.json", try Fixtures.data("json-stat/demo_gind.json"))
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let figures = try Self.figures(fixture)
        #expect(figures.count == 50)
        var compared = 0
        for row in try Fixtures.csvRows("json-stat/demo_gind.csv")
        where row["Demographic indicator"] == "Population on 1 January - total" {
            let label = row["Geopolitical entity (reporting)"]!
            guard let region = RegionCatalog.standard.resolve(label),
                label != "Germany including former GDR"
            else { continue }
            let status = ["ep": "E", "e": "E", "p": "P", "": row["value"]!.isEmpty ? "M" : "A"][
                row["status"]!]!
            let value = row["value"]!.isEmpty ? "" : "\(Double(row["value"]!)!)"
            #expect(figures["population \(region) 2024"] == "\(value) \(status)", "\(label)")
            compared += 1
        }
        #expect(compared >= 40)
        #expect(figures["population DE 2024"] == "83445000.0 E")
        #expect(figures["population EU27_2020 2024"] == "449206579.0 E")
    }
}
