import CSVStream
import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// Windows-1252 text that `encoding: auto` detects as CP949 loads as CP949 with one warning,
/// in the run's diagnostics and the ledger like a check warning; declared, it loads as itself.
struct EncodingWarningLoadTests {
    static func pipeline(encoding: String) -> String {
        """
        source: {id: notes, publisher: Test, title: notes}
        inputs: [notes.csv]
        read: {encoding: \(encoding)}
        layout: long
        columns: {region: region, period: period, value: value, note: [note]}
        defaults: {measure: population, unit: persons}
        measures:
          population: {name: Population, unit: persons}
        """
    }

    /// `Seoul’s` and `Busan’s` in Windows-1252 (0x92), the first on line 3, field 4.
    static let windows1252: [UInt8] =
        Array("region,period,value,note\nKR-26,2020,1,plain\nKR-11,2020,2,Seoul".utf8) + [0x92]
        + Array("s tower\nKR-27,2020,3,Busan".utf8) + [0x92] + Array("s port\n".utf8)

    struct Load {
        let folder: TemporaryFolder
        let summary: RunSummary
        let results: [FileLoadResult]
        let database: Database

        init(encoding: String) throws {
            folder = try TemporaryFolder()
            try folder.write("Pipelines/notes.yaml", pipeline(encoding: encoding))
            try folder.write("RawData/notes.csv", Data(windows1252))
            var configuration = RunConfiguration()
            configuration.pipelinesDirectory = folder.file("Pipelines")
            configuration.rawDataDirectory = folder.file("RawData")
            configuration.warehousePath = folder.file("Warehouse/warehouse.sqlite")
            configuration.exportsDirectory = folder.file("Warehouse/exports")
            var results: [FileLoadResult] = []
            summary = try PipelineRunner(configuration: configuration).run { event in
                if case .fileFinished(let result) = event { results.append(result) }
            }
            self.results = results
            database = try Database(path: configuration.warehousePath, mode: .readOnly)
        }
    }

    @Test func autodetectedCP949ThatReadsAsWindows1252IsOneWarning() throws {
        let load = try Load(encoding: "auto")
        #expect(load.summary.succeeded)
        let file = load.folder.file("RawData/notes.csv")
        let message =
            "detected as CP949, \"뭩\" (byte 62) reads as Windows-1252 \"’s\"; 2 such characters in "
            + "the file, the first here; if the file is Windows-1252, declare read.encoding: "
            + "windows-1252"
        #expect(load.results.map(\.warnings) == [["\(file):3:4: warning: \(message)"]])
        #expect(
            try load.database.rows(
                "SELECT encoding, status, rows_loaded, check_warnings FROM etl_load")
                == [["cp949", "loaded", 3, 1]])
        #expect(
            try load.database.rows(
                "SELECT check_number, description, severity, checked, failed FROM etl_check")
                == [
                    [
                        -1, "encoding: CP949 detected, text that reads as Windows-1252", "warn", 2,
                        2,
                    ]
                ])
        #expect(
            try load.database.rows(
                """
                SELECT check_number, severity, source_file, line, column_number, raw_text,
                       message, reject_id
                FROM etl_check_failure
                """)
                == [[-1, "warn", .text(file), 3, 4, "뭩", .text(message), .null]])
    }

    @Test(arguments: ["windows-1252", "cp1252", "Windows-1252"])
    func declaredWindows1252LoadsAsItself(name: String) throws {
        let load = try Load(encoding: name)
        #expect(load.summary.succeeded)
        #expect(load.results.map(\.warnings) == [[]])
        #expect(
            try load.database.rows("SELECT note FROM observation ORDER BY source_line")
                == [["plain"], ["Seoul’s tower"], ["Busan’s port"]])
        #expect(try load.database.scalar("SELECT encoding FROM etl_load") == "windows-1252")
        #expect(try load.database.scalar("SELECT count(*) FROM etl_check_failure") == 0)
    }

    /// The heuristic never fires on the Korean text the project ships.
    @Test func noFileOfRawDataDetectedAsCP949ReadsAsWindows1252() throws {
        let root = TestPaths.packageRoot + "/RawData"
        let files = try FileManager.default.subpathsOfDirectory(atPath: root)
            .filter { $0.hasSuffix(".csv") }.sorted()
        var cp949: [String] = []
        for file in files {
            let reader = try CSVReader(
                path: "\(root)/\(file)", options: CSVReaderOptions(strayQuotes: .literal))
            try reader.forEachRecord { _ in }
            guard reader.detectedEncoding == .cp949 else { continue }
            cp949.append(file)
            #expect(reader.encodingWarning == nil, "\(file)")
        }
        #expect(cp949 == ["population/Census_pop_hist.csv"])
    }
}
