import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// `export --format sdmx-csv` and `--layout wide` against golden files (re-record with
/// INNOSTAT_RECORD_GOLDEN=1), their CSVW sidecars, and the SDMX unit codes.
@Suite(.serialized)
struct ExportFormatTests {
    static func export(
        _ fixture: IndicatorFixture, _ codes: [String], format: ExportFormat,
        layout: ExportLayout = .long
    ) throws -> (folder: String, files: [IndicatorExporter.ExportedFile]) {
        let folder = fixture.folder.file("out-\(format.rawValue)-\(layout.rawValue)")
        let files = try IndicatorExporter(database: try fixture.database()).export(
            codes, to: folder, format: format, layout: layout)
        return (folder, files)
    }

    @Test(arguments: ["grdp_per_capita_theil_l", "grdp_capital_share"])
    func sdmxExportsMatchTheirGoldenFiles(code: String) throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let (folder, files) = try Self.export(fixture, [code], format: .sdmxCSV)
        #expect(files.map(\.path) == ["\(folder)/\(code).sdmx.csv"])
        try IndicatorExporterTests.checkGolden("\(folder)/\(code).sdmx.csv", "\(code).sdmx.csv")
    }

    @Test(arguments: ["grdp_per_capita_theil_l", "rd_private_share"])
    func wideExportsMatchTheirGoldenFiles(code: String) throws {
        let fixture =
            code == "rd_private_share"
            ? try TransitionIndicatorTests.fixture() : try DisparityIndicatorTests.fixture()
        let (folder, files) = try Self.export(fixture, [code], format: .csv, layout: .wide)
        #expect(
            files.map(\.path) == [
                "\(folder)/\(code).wide.csv", "\(folder)/\(code).wide.status.csv",
            ])
        #expect(files.map(\.rows) == [1, 1])
        for name in ["\(code).wide.csv", "\(code).wide.status.csv"] {
            try IndicatorExporterTests.checkGolden("\(folder)/\(name)", name)
        }
    }

    @Test func sdmxRowsFollowTheContract() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let (folder, _) = try Self.export(fixture, [], format: .sdmxCSV)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.filter { $0.hasSuffix(".sdmx.csv") }.count == 13)
        #expect(names.filter { $0.hasSuffix(".sdmx.csv-metadata.json") }.count == 13)
        let text = try String(
            contentsOfFile: "\(folder)/grdp_per_capita_max_min_ratio.sdmx.csv", encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == Substring(ExportTable.sdmxHeader.joined(separator: ",")))
        #expect(lines.last == "")
        for line in lines.dropFirst().dropLast() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields.count == 9)
            #expect(fields[0] == "INNOSTAT:GRDP_PER_CAPITA_MAX_MIN_RATIO(1.0)")
            #expect(fields[1] == "A")
            #expect(fields[3] == "grdp_per_capita_max_min_ratio")
            #expect(fields[5].isEmpty == (fields[6] == "M"))
            #expect(fields[7...] == ["PURE_NUMB", "0"])
        }
    }

    @Test func theWideLayoutHasARowPerRegionAndEmptyCellsWhereNoValueIs() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let writable = try Database(path: fixture.configuration.warehousePath, mode: .readWrite)
        // A second region with a gap in 1998, and a year (1996) only it has.
        try writable.execute(
            """
            INSERT INTO indicator_value(indicator_code, region_code, year, value, status, run_id)
            VALUES ('grdp_capital_share', 'KR-11', 1996, 12.5, 'E', 1),
                   ('grdp_capital_share', 'KR-11', 1997, 13, 'A', 1),
                   ('grdp_capital_share', 'KR-11', 1999, NULL, 'M', 1);
            """)
        let (folder, files) = try Self.export(
            fixture, ["grdp_capital_share"], format: .csv, layout: .wide)
        #expect(files.map(\.rows) == [2, 2])
        let share2001 = "63.768115942029"
        #expect(
            try String(contentsOfFile: "\(folder)/grdp_capital_share.wide.csv", encoding: .utf8)
                == """
                indicator,region,unit,1996,1997,1998,1999,2000
                grdp_capital_share,KR,percent,,64,\(share2001),\(share2001),81.4814814814815
                grdp_capital_share,KR-11,percent,12.5,13,,,

                """)
        #expect(
            try String(
                contentsOfFile: "\(folder)/grdp_capital_share.wide.status.csv", encoding: .utf8)
                    == """
                    indicator,region,unit,1996,1997,1998,1999,2000
                    grdp_capital_share,KR,percent,,A,B,A,A
                    grdp_capital_share,KR-11,percent,E,A,,M,

                    """)
    }

    @Test func eachFileHasASidecarDescribingItsColumns() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let (sdmxFolder, _) = try Self.export(fixture, ["grdp_capital_share"], format: .sdmxCSV)
        let sdmx = try Self.sidecar("\(sdmxFolder)/grdp_capital_share.sdmx.csv")
        #expect(sdmx["url"] as? String == "grdp_capital_share.sdmx.csv")
        #expect(sdmx["dc:identifier"] as? String == "grdp_capital_share")
        let sdmxSchema = try #require(sdmx["tableSchema"] as? [String: Any])
        let sdmxColumns = try #require(sdmxSchema["columns"] as? [[String: Any]])
        #expect(sdmxColumns.map { $0["name"] as? String } == ExportTable.sdmxHeader)
        #expect(
            sdmxColumns[7]["dc:description"] as? String
                == "attribute: unit of measure, PT for \"percent\"")
        #expect(
            sdmxSchema["primaryKey"] as? [String] == [
                "DATAFLOW", "FREQ", "REF_AREA", "INDICATOR", "TIME_PERIOD",
            ])
        #expect(sdmx["prov:wasDerivedFrom"] != nil)

        let (wideFolder, _) = try Self.export(
            fixture, ["grdp_capital_share"], format: .csv, layout: .wide)
        for (name, datatype) in [
            ("grdp_capital_share.wide.csv", "double"),
            ("grdp_capital_share.wide.status.csv", "string"),
        ] {
            let wide = try Self.sidecar("\(wideFolder)/\(name)")
            #expect(wide["url"] as? String == name)
            let schema = try #require(wide["tableSchema"] as? [String: Any])
            let columns = try #require(schema["columns"] as? [[String: Any]])
            #expect(
                columns.map { $0["name"] as? String } == [
                    "indicator", "region", "unit", "1997", "1998", "1999", "2000",
                ])
            let yearType = columns[3]["datatype"]
            #expect(
                (yearType as? String ?? (yearType as? [String: Any])?["base"] as? String)
                    == datatype)
            #expect(columns[3]["null"] as? String == "")
            #expect(schema["primaryKey"] as? [String] == ["indicator", "region"])
        }
    }

    @Test func sdmxWithTheWideLayoutIsRefused() throws {
        let fixture = try DisparityIndicatorTests.fixture()
        let error = #expect(throws: IndicatorExporter.UnsupportedLayout.self) {
            try Self.export(fixture, [], format: .sdmxCSV, layout: .wide)
        }
        #expect(
            error?.description
                == "--layout wide: sdmx-csv has one observation per row; the wide layout is "
                + "for --format csv")
    }

    @Test(arguments: [
        ("percent", "PT", 0), ("percent per year", "PA", 0), ("ratio", "PURE_NUMB", 0),
        ("index", "PURE_NUMB", 0), ("count", "NUMBER", 0), ("persons", "PS", 0),
        ("year", "YR", 0), ("per year", "PER_YR", 0), ("million KRW", "KRW", 6),
        ("100 million KRW", "KRW", 8), ("trillion KRW", "TRILLION_KRW", 0),
        ("researchers per million", "RESEARCHERS_PER_MILLION", 0), ("", "UNKNOWN", 0),
        ("원", "UNKNOWN", 0),
    ])
    func sdmxUnits(unit: String, measure: String, multiplier: Int) {
        #expect(SDMXUnit(unit: unit) == SDMXUnit(measure: measure, multiplier: multiplier))
    }

    static func sidecar(_ file: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: file + "-metadata.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
