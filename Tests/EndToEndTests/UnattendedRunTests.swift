import Foundation
import SQLiteStore
import Testing

/// Scheduled, unwatched runs: locks, kill -9, faults and machine-readable logs.
@Suite(.serialized)
struct UnattendedRunTests {
    /// A pipeline over a generated long file big enough to be killed in mid-load.
    static let bulkPipeline = """
        source: {id: bulk, publisher: innostat tests, title: generated figures}
        inputs: [bulk/figures.csv]
        columns: {period: period, region: region, value: value}
        defaults: {measure: bulk_figure}
        measures:
          bulk_figure: {name: Generated figure, unit: count}
        """

    static let regions = [
        "KR", "KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-41", "KR-42",
        "KR-43", "KR-44", "KR-45", "KR-46", "KR-47", "KR-48", "KR-49", "KR-50",
    ]

    static func addBulkSource(to innostat: InnoStatBinary, years: ClosedRange<Int>) throws {
        try bulkPipeline.write(
            toFile: innostat.path("Pipelines/bulk.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            atPath: innostat.path("RawData/bulk"), withIntermediateDirectories: true)
        var text = "period,region,value\n"
        for year in years {
            for month in 1...12 {
                for (index, region) in regions.enumerated() {
                    text +=
                        "\(year)-\(month < 10 ? "0" : "")\(month),\(region),\(year * 100 + month * 3 + index)\n"
                }
            }
        }
        try text.write(
            toFile: innostat.path("RawData/bulk/figures.csv"), atomically: true, encoding: .utf8)
    }

    static let snapshot = """
        SELECT measure_code, region_code, period, sector_code, size_code, value, status, source_id,
               source_file, source_line, source_column
        FROM observation ORDER BY 1, 2, 3, 4, 5, 8
        """

    func snapshot(_ innostat: InnoStatBinary) throws -> [Row] {
        try Database(path: innostat.path("Warehouse/warehouse.sqlite"), mode: .readOnly)
            .rows(Self.snapshot)
    }

    @Test func runningTwiceChangesNothing() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let loads = "SELECT load_id FROM observation ORDER BY observation_id"
        let first = try snapshot(innostat)
        let export = innostat.path("Warehouse/exports/rd_private_share.csv-metadata.json")
        let exported =
            try FileManager.default.attributesOfItem(atPath: export)[.modificationDate]
            as? Date
        let firstLoads = try innostat.run("query", "--format", "csv", loads).stdout
        let second = try innostat.run("run")
        #expect(second.status == 0)
        let files = try innostat.scalar("SELECT count(*) FROM etl_load WHERE run_id = 1")
        #expect(second.stderr.contains("0 file(s) loaded, 0 failed, \(files) unchanged"))
        #expect(try snapshot(innostat) == first)
        #expect(try innostat.run("query", "--format", "csv", loads).stdout == firstLoads)
        #expect(second.stderr.contains("indicators: no published figure changed"))
        #expect(
            try innostat.scalar("SELECT group_concat(DISTINCT run_id) FROM indicator_value") == "1")
        let rewritten =
            try FileManager.default.attributesOfItem(atPath: export)[.modificationDate]
            as? Date
        #expect(exported != nil)
        #expect(rewritten == exported, "the second run rewrote the exports")

        let forced = try innostat.run("run", "--force")
        #expect(forced.status == 0)
        #expect(
            try innostat.scalar("SELECT group_concat(DISTINCT run_id) FROM indicator_value") == "3")
        #expect(try snapshot(innostat) == first)
    }

    @Test func aRunKilledMidLoadAndRunAgainEqualsAnUninterruptedRun() throws {
        let reference = try InnoStatBinary()
        try Self.addBulkSource(to: reference, years: 1001...1300)
        #expect(try reference.run("run").status == 0)

        let innostat = try InnoStatBinary()
        let (child, database) = try Self.startRunDuringBulkLoad(innostat, "killed")
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        let db = try Database(path: database, mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM observation WHERE source_id = 'bulk'") == 0)
        #expect(try db.scalar("PRAGMA integrity_check") == "ok")

        let rerun = try innostat.run("run")
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try snapshot(innostat) == snapshot(reference))
        let after = try Database(path: database, mode: .readOnly)
        #expect(try after.scalar("SELECT count(*) FROM etl_load WHERE status = 'running'") == 0)
        #expect(try after.scalar("SELECT status FROM etl_run WHERE run_id = 1") == "aborted")
    }

    /// SIGINT or SIGTERM during a load: the load rolls back, the run is `interrupted` with
    /// why, one stderr line says so, and the exit status is the shell's for the signal.
    @Test(arguments: [(SIGINT, "SIGINT", Int32(130)), (SIGTERM, "SIGTERM", Int32(143))])
    func aSignalMidLoadMarksTheRunInterrupted(signal: Int32, name: String, status: Int32) throws {
        let innostat = try InnoStatBinary()
        let (child, database) = try Self.startRunDuringBulkLoad(innostat, "interrupted")
        kill(child.processIdentifier, signal)
        child.waitUntilExit()
        #expect(child.terminationReason == .exit)
        #expect(child.terminationStatus == status)
        let stderr = try String(contentsOfFile: innostat.path("started.err"), encoding: .utf8)
        #expect(
            stderr.contains(
                "run 1 interrupted by \(name): the load of RawData/bulk/figures.csv rolled back"),
            "\(stderr)")
        let db = try Database(path: database, mode: .readOnly)
        #expect(try db.scalar("SELECT status FROM etl_run WHERE run_id = 1") == "interrupted")
        #expect(try db.scalar("SELECT count(*) FROM observation WHERE source_id = 'bulk'") == 0)
        #expect(try db.scalar("SELECT count(*) FROM etl_load WHERE status = 'running'") == 0)
        #expect(
            try db.scalar("SELECT count(*) FROM etl_run_error WHERE run_id = 1 AND stage = 'run'")
                == 1)
        let status = try innostat.run("status")
        #expect(status.stdout.hasPrefix("run 1 interrupted: "), "\(status.stdout)")
        #expect(status.stdout.contains("interrupted by \(name)"))
    }

    /// Starts `run` on a copy with a bulk source and returns once the bulk file is loading
    /// (its marker: the `running` row in the ledger), with the warehouse's path.
    static func startRunDuringBulkLoad(_ innostat: InnoStatBinary, _ what: String) throws
        -> (child: Process, database: String)
    {
        try addBulkSource(to: innostat, years: 1001...1300)
        let child = try innostat.start("run")
        let database = innostat.path("Warehouse/warehouse.sqlite")
        #expect(
            waitForBulkLoad(of: child, in: database),
            "the bulk load finished before it could be \(what)")
        return (child, database)
    }

    /// Waits for the marker of a load in progress: the bulk file's `running` row in the ledger.
    static func waitForBulkLoad(of child: Process, in database: String) -> Bool {
        waitUntil(seconds: 12) {
            guard child.isRunning, FileManager.default.fileExists(atPath: database),
                let db = try? Database(path: database, mode: .readOnly),
                let running = try? db.scalar(
                    "SELECT count(*) FROM etl_load WHERE status = 'running' AND pipeline = 'bulk'")
            else { return false }
            return running == .integer(1)
        }
    }

    @Test func aStaleLockFromADeadRunIsTakenOver() throws {
        let innostat = try InnoStatBinary()
        try FileManager.default.createDirectory(
            atPath: innostat.path("Warehouse"), withIntermediateDirectories: true)
        try "pid 999999, started 2026-01-01T00:00:00.000Z\n".write(
            toFile: innostat.path("Warehouse/warehouse.sqlite.lock"), atomically: true,
            encoding: .utf8)
        #expect(try innostat.run("run").status == 0)
    }

    @Test func waitGivesUpAfterItsSecondsOrRunsOnceTheLockIsFree() throws {
        let innostat = try InnoStatBinary()
        try FileManager.default.createDirectory(
            atPath: innostat.path("Warehouse"), withIntermediateDirectories: true)
        let fd = open(innostat.path("Warehouse/warehouse.sqlite.lock"), O_RDWR | O_CREAT, 0o644)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let gaveUp = try innostat.run("run", "--wait", "0.3")
        #expect(gaveUp.status == 3)
        let waiting = try innostat.start("run", "--wait")
        let saidItWaits = waitUntil(seconds: 30) {
            let stderr =
                (try? String(contentsOfFile: innostat.path("started.err"), encoding: .utf8))
            return stderr?.contains("waiting for the warehouse lock") ?? false
        }
        #expect(saidItWaits)
        #expect(waiting.isRunning)
        close(fd)
        waiting.waitUntilExit()
        #expect(waiting.terminationStatus == 0)
    }

    @Test func aFullDiskFailsInOneLineAndLeavesTheWarehouseConsistent() throws {
        let innostat = try InnoStatBinary()
        try Self.addBulkSource(to: innostat, years: 1001...1100)
        let limited = try innostat.run(
            executable: "/bin/bash",
            arguments: [
                "-c", "trap '' XFSZ; ulimit -f 400; exec \"$0\" run", InnoStatBinary.executable,
            ])
        #expect(limited.status == 1)
        let lines = limited.stderr.split(separator: "\n")
        let last = lines.last.map(String.init) ?? ""
        #expect(
            last.hasPrefix("SQLite error 13: database or disk is full")
                || last.hasPrefix("SQLite error 778: disk I/O error"), "\(limited.stderr)")
        let db = try Database(path: innostat.path("Warehouse/warehouse.sqlite"), mode: .readOnly)
        #expect(try db.scalar("PRAGMA integrity_check") == "ok")
        #expect(try db.scalar("SELECT count(*) FROM observation WHERE source_id = 'bulk'") == 0)
        let again = try innostat.run("run")
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test func aReadOnlyWarehouseFailsInOneLine() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let before = try snapshot(innostat)
        let binary = try innostat.copyOfExecutable()
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: innostat.folder)
        for item in ["Warehouse", "Pipelines", "RawData"] {
            _ = try innostat.run(executable: "/bin/chmod", arguments: ["-R", "a+rX,go-w", item])
        }
        _ = try innostat.run(
            executable: "/bin/chmod", arguments: ["a+w", "Warehouse/warehouse.sqlite.lock"])
        let result = try innostat.run(
            executable: "/usr/bin/setpriv",
            arguments: [
                "--reuid=65534", "--regid=65534", "--clear-groups", binary, "run", "--force",
            ])
        #expect(result.status == 1)
        #expect(
            result.stderr.split(separator: "\n").last?.contains("readonly database") == true,
            "\(result.stderr)")
        #expect(try snapshot(innostat) == before)
    }

    @Test func anUnreadableFileFailsThatLoadOnly() throws {
        let innostat = try InnoStatBinary()
        let binary = try innostat.copyOfExecutable()
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o777], ofItemAtPath: innostat.folder)
        _ = try innostat.run(
            executable: "/bin/chmod", arguments: ["-R", "a+rX", "Pipelines", "RawData"])
        _ = try innostat.run(
            executable: "/bin/chmod", arguments: ["000", "RawData/seed/park2001_figures.csv"])
        let result = try innostat.run(
            executable: "/usr/bin/setpriv",
            arguments: ["--reuid=65534", "--regid=65534", "--clear-groups", binary, "run"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "RawData/seed/park2001_figures.csv: cannot open: permission denied"),
            "\(result.stderr)")
        #expect(
            try Int(
                innostat.scalar("SELECT count(*) FROM observation WHERE source_id = 'kosis_grdp'"))!
                > 1000)
    }

    @Test func aMissingRawDataFolderStopsBeforeTheWarehouse() throws {
        let innostat = try InnoStatBinary()
        let result = try innostat.run("run", "--raw-data", "NoSuchFolder")
        #expect(result.status == 1)
        #expect(result.stderr == "NoSuchFolder: no raw-data folder here\n")
        #expect(
            !FileManager.default.fileExists(atPath: innostat.path("Warehouse/warehouse.sqlite")))
    }

    @Test func aBusyDatabaseFailsInOneLineAndLeavesItAsItWas() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let before = try snapshot(innostat)
        let holder = try Database(path: innostat.path("Warehouse/warehouse.sqlite"))
        try holder.execute("BEGIN IMMEDIATE")
        let result = try innostat.run("run", "--force", "--busy-timeout", "0.2")
        try holder.execute("ROLLBACK")
        #expect(result.status == 1)
        let last = result.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("SQLite error 5: database is locked"), "\(result.stderr)")
        #expect(try snapshot(innostat) == before)
    }

    @Test func jsonLogsAreOneObjectPerLineWithTheSummaryLast() throws {
        let innostat = try InnoStatBinary()
        let result = try innostat.run("run", "--log-format", "json")
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count >= 4)
        var events: [String] = []
        for line in lines {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["time", "level", "event", "message"] {
                #expect(object[key] != nil, "\(key) in \(line)")
            }
            let event = object["event"] as? String ?? ""
            events.append(event)
            if event == "file_loaded" {
                for key in ["pipeline", "file", "rows", "rejects", "duration"] {
                    #expect(object[key] != nil, "\(key) in \(line)")
                }
            }
        }
        #expect(events.first == "run_started")
        #expect(events.last == "run_finished")
        let files = try innostat.scalar("SELECT count(*) FROM etl_load WHERE status = 'loaded'")
        #expect(events.filter { $0 == "file_loaded" }.count == Int(files))
    }
}

extension UnattendedRunTests {
    @Test func progressShowsOnATerminalOnly() throws {
        let innostat = try InnoStatBinary()
        try Self.addBulkSource(to: innostat, years: 1001...1450)
        let terminal = try innostat.run(
            executable: "/usr/bin/script",
            arguments: ["-qec", "\(InnoStatBinary.executable) run --force", "/dev/null"])
        #expect(terminal.status == 0)
        #expect(terminal.stdout.contains("RawData/bulk/figures.csv:"))
        #expect(terminal.stdout.contains(" rows/s"))
        let piped = try innostat.run("run", "--force")
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("rows/s"))
        #expect(!piped.stderr.contains("\u{1B}"))
    }
}
