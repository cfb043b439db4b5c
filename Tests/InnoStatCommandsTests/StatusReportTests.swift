import Foundation
import InnoStatCore
import SQLiteStore
import Testing

@testable import InnoStatCommands

/// `innostat status` on a warehouse after two real runs, with the ledger's timestamps and temp
/// paths made stable so the whole text can be compared.
struct StatusReportTests {
    static let pipeline = """
        source: {id: most, publisher: MOST, title: R&D activity survey}
        inputs: [shares.csv]
        layout: long
        columns: {period: period, value: value, region: region, sector: sector}
        tolerance: TOLERANCE
        rules:
          - when: {period: OECD}
            skip: OECD average, not Korea
          - set: {measure: rd_funding_share}
        checks:
          - {kind: range, measure: rd_funding_share, min: 0, max: 100}
          - {kind: sum, measure: rd_funding_share, over: sector, parts: [GOV, BUS], total: 100,
             severity: warn}
        measures:
          rd_funding_share: {name: Share by source of funds, unit: percent}
        """

    static let shares = """
        period,region,sector,value
        1990,KR,GOV,16
        1990,KR,BUS,84
        1993,KR,GOV,17
        1993,KR,BUS,38
        1995,KR,GOV,19
        1995,KR,BUS,181
        OECD,KR,BUS,33.5

        """

    /// Runs the pipeline with tolerance 0 (the file fails) and then 1 (it loads) into a fresh
    /// warehouse; returns it opened read-only.
    static func warehouse(in folder: String) throws -> Database {
        let manager = FileManager.default
        try manager.createDirectory(
            atPath: "\(folder)/Pipelines", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: "\(folder)/RawData", withIntermediateDirectories: true)
        try shares.write(toFile: "\(folder)/RawData/shares.csv", atomically: true, encoding: .utf8)
        var configuration = RunConfiguration()
        configuration.pipelinesDirectory = "\(folder)/Pipelines"
        configuration.rawDataDirectory = "\(folder)/RawData"
        configuration.warehousePath = "\(folder)/warehouse.sqlite"
        for tolerance in ["0", "1"] {
            try pipeline.replacingOccurrences(of: "TOLERANCE", with: tolerance)
                .write(toFile: "\(folder)/Pipelines/most.yaml", atomically: true, encoding: .utf8)
            _ = try PipelineRunner(configuration: configuration).run { _ in }
        }
        let writable = try Database(path: configuration.warehousePath, mode: .readWrite)
        try writable.execute(
            """
            UPDATE etl_run SET started_at = '2026-03-0' || run_id || 'T06:00:00.000Z',
                finished_at = '2026-03-0' || run_id || 'T06:00:01.500Z', command = 'innostat run';
            UPDATE etl_load SET source_file = replace(source_file, '\(folder)/', '');
            UPDATE etl_reject SET source_file = replace(source_file, '\(folder)/', '');
            UPDATE etl_check_failure SET source_file = replace(source_file, '\(folder)/', '');
            UPDATE etl_run_error SET file = replace(file, '\(folder)/', '');
            """)
        return try Database(path: configuration.warehousePath, mode: .readOnly)
    }

    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("innostat-status-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func showsTheLastRunWithItsRowsChecksRejectsAndWarnings() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = StatusReport(database: try Self.warehouse(in: folder))
        #expect(
            try report.render() == """
                run 2 ok: started 2026-03-02T06:00:00.000Z, finished 2026-03-02T06:00:01.500Z
                  innostat run

                ┌──────────┬────────────────────┬────────┬──────┬────────┬─────────┬──────────┬──────────────┬─────────┬──────────┐
                │ pipeline │ file               │ status │ read │ loaded │ skipped │ rejected │ observations │ rejects │ warnings │
                ├──────────┼────────────────────┼────────┼──────┼────────┼─────────┼──────────┼──────────────┼─────────┼──────────┤
                │ most     │ RawData/shares.csv │ loaded │    7 │      5 │       1 │        1 │            5 │       1 │        2 │
                └──────────┴────────────────────┴────────┴──────┴────────┴─────────┴──────────┴──────────────┴─────────┴──────────┘
                rows: 7 read = 5 loaded + 1 skipped + 1 rejected

                skipped by declaration:
                ┌────────────────────┬─────────────────────────┬──────┐
                │ file               │ reason                  │ rows │
                ├────────────────────┼─────────────────────────┼──────┤
                │ RawData/shares.csv │ OECD average, not Korea │    1 │
                └────────────────────┴─────────────────────────┴──────┘

                checks:
                ┌────────────────────┬────────────────────────────────────────────────────────────────────────────────┬──────────┬─────────┬────────┐
                │ file               │ check                                                                          │ severity │ checked │ failed │
                ├────────────────────┼────────────────────────────────────────────────────────────────────────────────┼──────────┼─────────┼────────┤
                │ RawData/shares.csv │ checks[0] range rd_funding_share (min 0, max 100)                              │ error    │       6 │      1 │
                │ RawData/shares.csv │ checks[1] sum rd_funding_share: sector GOV + BUS = 100 (tolerance_percent 0.5) │ warn     │       3 │      1 │
                └────────────────────┴────────────────────────────────────────────────────────────────────────────────┴──────────┴─────────┴────────┘

                rejects: 1
                ┌────────────────────────┬─────┬──────────────┬─────┬───────────────────────────────────────────────────────────────────────┐
                │ where                  │ run │ reason       │ raw │ message                                                               │
                ├────────────────────────┼─────┼──────────────┼─────┼───────────────────────────────────────────────────────────────────────┤
                │ RawData/shares.csv:7:4 │   2 │ check_failed │ 181 │ 181 is above the maximum 100: beyond the range check (min 0, max 100) │
                └────────────────────────┴─────┴──────────────┴─────┴───────────────────────────────────────────────────────────────────────┘

                check warnings: 2
                ┌────────────────────────┬─────┬─────┬────────────────────────────────────────────────────────────────────────────────────────────────────────┐
                │ where                  │ run │ raw │ message                                                                                                │
                ├────────────────────────┼─────┼─────┼────────────────────────────────────────────────────────────────────────────────────────────────────────┤
                │ RawData/shares.csv:4:4 │   2 │ 17  │ 17 is one of 2 parts that sum to 55, not 100 (45% apart): beyond the sum check (tolerance_percent 0.5) │
                │ RawData/shares.csv:5:4 │   2 │ 38  │ 38 is one of 2 parts that sum to 55, not 100 (45% apart): beyond the sum check (tolerance_percent 0.5) │
                └────────────────────────┴─────┴─────┴────────────────────────────────────────────────────────────────────────────────────────────────────────┘

                """)
    }

    @Test func showsAnEarlierRunAndListsTheRuns() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = try Self.warehouse(in: folder)
        let first = try StatusReport(database: database, runID: 1, rejectLimit: 0).render()
        #expect(
            first == """
                run 1 failed: started 2026-03-01T06:00:00.000Z, finished 2026-03-01T06:00:01.500Z
                  innostat run

                errors: 1
                ┌───────┬──────────┬────────────────────┬────────────────────────────────────────────────────────────┐
                │ stage │ pipeline │ file               │ message                                                    │
                ├───────┼──────────┼────────────────────┼────────────────────────────────────────────────────────────┤
                │ load  │ most     │ RawData/shares.csv │ 1 rejected, tolerance 0: nothing from this file was loaded │
                └───────┴──────────┴────────────────────┴────────────────────────────────────────────────────────────┘

                ┌──────────┬────────────────────┬────────┬──────┬────────┬─────────┬──────────┬──────────────┬─────────┬──────────┐
                │ pipeline │ file               │ status │ read │ loaded │ skipped │ rejected │ observations │ rejects │ warnings │
                ├──────────┼────────────────────┼────────┼──────┼────────┼─────────┼──────────┼──────────────┼─────────┼──────────┤
                │ most     │ RawData/shares.csv │ failed │    7 │      5 │       1 │        1 │            0 │       1 │        2 │
                └──────────┴────────────────────┴────────┴──────┴────────┴─────────┴──────────┴──────────────┴─────────┴──────────┘
                rows: 7 read = 5 loaded + 1 skipped + 1 rejected
                  1 file(s) failed and rolled back: their loaded rows are not in the warehouse

                skipped by declaration:
                ┌────────────────────┬─────────────────────────┬──────┐
                │ file               │ reason                  │ rows │
                ├────────────────────┼─────────────────────────┼──────┤
                │ RawData/shares.csv │ OECD average, not Korea │    1 │
                └────────────────────┴─────────────────────────┴──────┘

                checks:
                ┌────────────────────┬────────────────────────────────────────────────────────────────────────────────┬──────────┬─────────┬────────┐
                │ file               │ check                                                                          │ severity │ checked │ failed │
                ├────────────────────┼────────────────────────────────────────────────────────────────────────────────┼──────────┼─────────┼────────┤
                │ RawData/shares.csv │ checks[0] range rd_funding_share (min 0, max 100)                              │ error    │       6 │      1 │
                │ RawData/shares.csv │ checks[1] sum rd_funding_share: sector GOV + BUS = 100 (tolerance_percent 0.5) │ warn     │       3 │      1 │
                └────────────────────┴────────────────────────────────────────────────────────────────────────────────┴──────────┴─────────┴────────┘

                rejects: 1
                … 1 more (--rejects N lists more)

                check warnings: 2
                … 2 more (--rejects N lists more)

                """)
        #expect(
            try StatusReport(database: database).renderRuns(count: 5) == """
                ┌─────┬──────────────────────────┬────────┬───────┬────────┬──────┬─────────┬──────────┬────────┬──────────────┐
                │ run │ started                  │ status │ files │ failed │ read │ rejects │ warnings │ errors │ command      │
                ├─────┼──────────────────────────┼────────┼───────┼────────┼──────┼─────────┼──────────┼────────┼──────────────┤
                │   2 │ 2026-03-02T06:00:00.000Z │ ok     │     1 │      0 │    7 │       1 │        2 │      0 │ innostat run │
                │   1 │ 2026-03-01T06:00:00.000Z │ failed │     1 │      1 │    7 │       1 │        2 │      1 │ innostat run │
                └─────┴──────────────────────────┴────────┴───────┴────────┴──────┴─────────┴──────────┴────────┴──────────────┘

                """)
        #expect(
            try StatusReport(database: database).renderRuns(count: 1).hasPrefix(
                "┌─────┬──────────────────────────┬────────┬")
        )
        #expect(
            try StatusReport(database: database).renderRuns(count: 1).split(separator: "\n").count
                == 5)
    }

    @Test func anUnknownRunNamesTheRunsThereAre() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = StatusReport(database: try Self.warehouse(in: folder), runID: 7)
        let error = try #require(throws: RunStatusReader.NoSuchRun.self) { try report.render() }
        #expect(error.description == "no run 7 in the warehouse (runs 1 to 2)")
    }
}
