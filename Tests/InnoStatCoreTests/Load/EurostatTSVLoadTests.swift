import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// Eurostat's TSV loads one figure per line and period, flags read through Eurostat's code
/// list, each figure at the line and column of its cell; checked against the excerpt of
/// env_wasmun read here on its own.
struct EurostatTSVLoadTests {
    static let pipeline = """
        source: {id: eurostat_env_wasmun, publisher: Eurostat, title: Municipal waste by waste management operations}
        inputs: [env_wasmun.tsv]
        layout: long
        columns: {region: geo, period: TIME_PERIOD, value: OBS_VALUE, status: OBS_FLAG}
        status_codes: eurostat
        rules:
          - when: {unit: KG_HAB}
            skip: kilograms per inhabitant are not loaded here
          - when: {geo: XK}
            skip: Kosovo has no ISO 3166-1 code
          - when: {wst_oper: DSP_I, unit: THS_T}
            set: {measure: municipal_waste_incinerated, unit: thousand tonnes}
        measures:
          municipal_waste_incinerated: {name: Municipal waste incinerated (disposal), unit: thousand tonnes}
        """

    static let flagStatus: [String: String] = [
        "": "A", "i": "I", "e": "E", "ep": "E", "be": "B", "b": "B", "p": "P",
    ]

    @Test func everyFigureOfTheExcerptLoadsAtItsCell() throws {
        let fixture = try RunFixture(pipelines: ["waste": Self.pipeline], files: [:])
        let text = try Fixtures.text("eurostat/env_wasmun.excerpt.tsv")
        try fixture.folder.write("RawData/env_wasmun.tsv", text)
        let (summary, events) = try fixture.run()
        #expect(summary.succeeded, "\(RunFixture.results(events).first?.diagnostics ?? [])")
        var expected: [String] = []
        let lines = text.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        let periods = lines[0].dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        for (number, cells) in lines.enumerated().dropFirst() {
            let key = cells[0].split(separator: ",")
            guard key[2] == "THS_T", key[3] != "XK" else { continue }
            let region =
                key[3] == "EL" ? "GR" : key[3] == "EU27_2020" ? "EU27_2020" : String(key[3])
            for (offset, cell) in cells.dropFirst().enumerated() {
                let parts = cell.split(separator: " ").map(String.init)
                let value = parts[0] == ":" ? "-" : "\(Double(parts[0])!)"
                let flag = parts.count > 1 ? parts[1] : ""
                let status = value == "-" ? "M" : Self.flagStatus[flag]!
                expected.append(
                    "\(region) \(periods[offset]) \(value) \(status) \(number + 1):\(offset + 2)")
            }
        }
        #expect(expected.count == 5 * 15)
        let rows = try fixture.database().rows(
            """
            SELECT region_code, period, value, status, source_line, source_column FROM observation
            ORDER BY source_line, source_column
            """)
        #expect(
            rows.map {
                "\($0.text("region_code")!) \($0.text("period")!) "
                    + "\($0.double("value").map { "\($0)" } ?? "-") \($0.text("status")!) "
                    + "\($0.int("source_line")!):\($0.int("source_column")!)"
            } == expected)
        #expect(
            try fixture.database().scalar(
                "SELECT note FROM observation WHERE region_code = 'FR' AND period = '2024'")
                == "flag ep: estimated, provisional")
        #expect(
            try fixture.database().scalar(
                "SELECT count(*) FROM observation WHERE note = 'flag i: value imputed by Eurostat or other receiving agencies'"
            )
                == 32)
    }

    static let shortPipeline =
        pipeline.replacingOccurrences(
            of: "wst_oper: DSP_I, unit: THS_T", with: "unit: THS_T") + "\ntolerance: 1\n"

    @Test func aBadCellIsRejectedAtItsLineAndColumn() throws {
        let tsv = "unit,geo\\time\t2019 \t2020 \nTHS_T,DE\t1 \t2x p\n"
        let fixture = try RunFixture(
            pipelines: ["waste": Self.shortPipeline], files: ["env_wasmun.tsv": tsv])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        #expect(
            try fixture.database().scalar(
                "SELECT line || ':' || column_number || ' ' || raw_text || ' ' || message FROM etl_reject"
            )
                == "2:3 2x \"2x\" is not a number")
        #expect(
            try fixture.database().scalar("SELECT period || ' ' || value FROM observation")
                == "2019 1.0")
    }

    @Test func aKeyThatDoesNotFitTheHeaderFailsTheFile() throws {
        let tsv = "unit,geo\\time\t2019 \t2020 \nTHS_T,DE\t1 \t2 \nTHS_T\t3 \t4 \n"
        let fixture = try RunFixture(
            pipelines: ["waste": Self.shortPipeline], files: ["env_wasmun.tsv": tsv])
        let (summary, events) = try fixture.run()
        #expect(!summary.succeeded)
        #expect(
            RunFixture.results(events).first?.diagnostics.first
                == "\(fixture.rawData)/env_wasmun.tsv:3:1: the key \"THS_T\" has 1 parts, the header "
                + "names 2 (unit,geo)")
    }

    @Test func aCompressedDownloadIsRefusedInOneLine() throws {
        let fixture = try RunFixture(pipelines: ["waste": Self.pipeline], files: [:])
        try fixture.folder.write("RawData/env_wasmun.tsv", Data([0x1F, 0x8B, 0x08, 0x00, 0x00]))
        let (summary, events) = try fixture.run()
        #expect(!summary.succeeded)
        #expect(
            RunFixture.results(events).first?.diagnostics.first
                == "\(fixture.rawData)/env_wasmun.tsv: is gzip-compressed (a .gz download): unpack "
                + "it first, e.g. gunzip")
    }
}
