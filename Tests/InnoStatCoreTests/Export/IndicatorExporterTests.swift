import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// Exports against golden files (re-record with INNOSTAT_RECORD_GOLDEN=1) and the CSVW sidecar.
@Suite(.serialized)
struct IndicatorExporterTests {
    static let goldenFolder = TestPaths.packageRoot + "/Tests/InnoStatCoreTests/Fixtures/golden"

    static func checkGolden(_ path: String, _ name: String) throws {
        let actual = try String(contentsOfFile: path, encoding: .utf8)
        let golden = "\(goldenFolder)/\(name)"
        if ProcessInfo.processInfo.environment["INNOSTAT_RECORD_GOLDEN"] != nil {
            try actual.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(actual == (try String(contentsOfFile: golden, encoding: .utf8)), "\(name)")
    }

    @Test(arguments: [
        "rd_private_share", "rd_funding_crossover_year", "rd_centers_sme_share", "rd_centers_cagr",
    ])
    func transitionExportsMatchTheirGoldenFiles(code: String) throws {
        let fixture = try TransitionIndicatorTests.fixture()
        try Self.checkGolden(fixture.folder.file("Warehouse/exports/\(code).csv"), "\(code).csv")
    }

    @Test(arguments: [
        "grdp_capital_share", "grdp_per_capita_max_min_ratio", "grdp_per_capita_gini",
    ])
    func disparityExportsMatchTheirGoldenFiles(code: String) throws {
        let fixture = try DisparityIndicatorTests.fixture()
        try Self.checkGolden(fixture.folder.file("Warehouse/exports/\(code).csv"), "\(code).csv")
    }

    @Test func theFileFollowsTheContract() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let bytes = [UInt8](
            try Data(
                contentsOf: URL(
                    fileURLWithPath: fixture.folder.file(
                        "Warehouse/exports/grdp_per_capita_max_min_ratio.csv"))))
        #expect(Array(bytes.prefix(3)) != [0xEF, 0xBB, 0xBF])
        #expect(!bytes.contains(UInt8(ascii: "\r")))
        let lines = String(decoding: bytes, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "indicator,region,year,value,unit,status")
        #expect(lines.last == "")
        // An empty value only with status M.
        for line in lines.dropFirst().dropLast() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields.count == 6)
            #expect(fields[3].isEmpty == (fields[5] == "M"))
        }
    }

    @Test func exportingAgainGivesTheSameBytesAndOnlyWhatIsAsked() throws {
        let fixture = try TransitionIndicatorTests.fixture()
        let out = fixture.folder.file("again")
        let exporter = IndicatorExporter(database: try fixture.database())
        let files = try exporter.export(["rd_private_share", "rd_centers_total"], to: out)
        #expect(files.map(\.code) == ["rd_private_share", "rd_centers_total"])
        #expect(files.map(\.rows) == [7, 4])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [
                "rd_centers_total.csv", "rd_centers_total.csv-metadata.json",
                "rd_private_share.csv",
                "rd_private_share.csv-metadata.json",
            ])
        #expect(
            FileManager.default.contents(atPath: out + "/rd_private_share.csv")
                == FileManager.default.contents(
                    atPath: fixture.folder.file("Warehouse/exports/rd_private_share.csv")))
    }

    @Test func anIndicatorWithoutValuesIsAHeaderOnly() throws {
        let fixture = try TransitionIndicatorTests.fixture()
        #expect(
            try String(
                contentsOfFile: fixture.folder.file("Warehouse/exports/sme_rd_share.csv"),
                encoding: .utf8)
                == "indicator,region,year,value,unit,status\n")
    }

    @Test func anUnknownIndicatorNamesTheClosestOnes() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let exporter = IndicatorExporter(database: try fixture.database())
        let error = #expect(throws: IndicatorExporter.UnknownIndicator.self) {
            try exporter.export(["gini"], to: fixture.folder.file("x"))
        }
        #expect(
            error?.description
                == "unknown indicator \"gini\" (closest: grdp_per_capita_gini, "
                + "grdp_per_capita_gini_w)")
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.file("x")))
    }

    static func sidecar(_ fixture: IndicatorFixture, _ code: String) throws -> [String: Any] {
        let data = try Data(
            contentsOf: URL(
                fileURLWithPath: fixture.folder.file("Warehouse/exports/\(code).csv-metadata.json"))
        )
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func theSidecarDescribesColumnsUnitDefinitionInputsAndRun() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let metadata = try Self.sidecar(fixture, "grdp_per_capita_gini")
        #expect(metadata["url"] as? String == "grdp_per_capita_gini.csv")
        #expect(metadata["dc:identifier"] as? String == "grdp_per_capita_gini")
        #expect(metadata["schema:unitText"] as? String == "index")
        #expect(
            metadata["dc:title"] as? String
                == "Gini coefficient of grdp_nominal / population (per capita) across provinces")
        #expect(
            (metadata["rdfs:comment"] as? String)?.hasPrefix(
                "method disparity: Σ_i Σ_j |y_i − y_j| / (2 n² ȳ); y_i = X_i / P_i with "
                    + "X = grdp_nominal, P = population") == true)
        let schema = try #require(metadata["tableSchema"] as? [String: Any])
        let columns = try #require(schema["columns"] as? [[String: Any]])
        #expect(columns.map { $0["name"] as? String } == IndicatorExporter.header)
        #expect(
            columns.map { "\($0["datatype"]!)" }.prefix(5) == [
                "string", "string", "gYear", "double", "string",
            ])
        #expect(schema["primaryKey"] as? [String] == ["indicator", "region", "year"])
        let inputs = try #require(metadata["prov:wasDerivedFrom"] as? [[String: Any]])
        #expect(inputs.map { $0["dc:identifier"] as? String } == ["grdp_nominal", "population"])
        let populationSources = try #require(inputs[1]["dc:source"] as? [[String: Any]])
        #expect(
            populationSources.map { $0["dc:identifier"] as? String } == ["estimates", "figures"])
        #expect(
            populationSources.map { $0["dc:temporal"] as? String } == ["1999/2000", "1997/1998"])
        let run = try #require(metadata["prov:wasGeneratedBy"] as? [String: Any])
        let runID = try fixture.database().scalar("SELECT max(run_id) FROM etl_run")
        #expect(run["dc:identifier"] as? Int == Int(runID.integerValue!))
        let notes = try #require(metadata["schema:additionalProperty"] as? [[String: Any]])
        #expect(
            notes.contains {
                $0["schema:name"] as? String == "break" && $0["dc:temporal"] as? String == "1998"
                    && $0["schema:description"] as? String == "regions differ from 1997: +KR-31"
            })
    }

    @Test func theLogisticSidecarRecordsLAndTheResidual() throws {
        let fixture = try TransitionIndicatorTests.fixture()
        let notes = try #require(
            try Self.sidecar(fixture, "rd_private_share_logistic_midpoint")[
                "schema:additionalProperty"]
                as? [[String: Any]])
        let names = notes.compactMap { $0["schema:name"] as? String }
        #expect(names.contains("ceiling_L"))
        #expect(names.contains("residual_sum_of_squares"))
        #expect(names.contains("standard_error_t0"))
    }
}
