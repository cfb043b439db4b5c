import Foundation
import SQLiteStore
import Testing

/// The built binary on a temp copy of the real pipelines and raw data.
@Suite(.serialized)
struct RunEndToEndTests {
    @Test func runLoadsTheRealSourcesAndAnswersQueries() throws {
        let innostat = try InnoStatBinary()
        let run = try innostat.run("run")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("ok: "))

        #expect(try Int(innostat.scalar("SELECT count(*) FROM observation"))! > 1000)
        #expect(
            try innostat.scalar(
                """
                SELECT value FROM observation WHERE measure_code = 'grdp_nominal'
                AND region_code = 'KR-11' AND period = '2023'
                """) == "547617706")
        #expect(
            try innostat.scalar(
                """
                SELECT value FROM observation WHERE measure_code = 'rd_funding_share'
                AND sector_code = 'BUS' AND period = '1981' AND source_id = 'park2001'
                """) == "56")
        #expect(
            try innostat.scalar(
                """
                SELECT value FROM v_observation WHERE measure_code = 'rd_funding_share'
                AND sector_code = 'BUS' AND period = '1981'
                """) == "56")
        #expect(
            try innostat.scalar(
                """
                SELECT count(DISTINCT region_code) FROM observation
                WHERE region_code IN (SELECT region_code FROM region WHERE level = 'province')
                """) == "17")
        #expect(
            try innostat.scalar(
                "SELECT status FROM observation WHERE measure_code = 'grdp_nominal' AND region_code = 'KR-31' AND period = '1997'"
            ) == "M")
        let provenance = try innostat.scalar(
            "SELECT source_file || ':' || source_line FROM observation WHERE measure_code = 'rd_centers' AND period = '1995' AND source_id = 'park2001'"
        )
        #expect(provenance == "RawData/seed/park2001_figures.csv:5")
    }

    @Test func aCorruptValueFailsItsFileOnlyWithFileLineColumn() throws {
        let innostat = try InnoStatBinary()
        let seed = innostat.path("RawData/seed/park2001_figures.csv")
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        try text.replacingOccurrences(
            of: "1995,firms with their own R&D centers,all firms,2226",
            with: "1995,firms with their own R&D centers,all firms,\"2,22,6\""
        )
        .write(toFile: seed, atomically: true, encoding: .utf8)
        let run = try innostat.run("run")
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("RawData/seed/park2001_figures.csv:5:5: \"2,22,6\" is not a number")
        )
        #expect(
            try innostat.scalar("SELECT count(*) FROM observation WHERE source_id = 'park2001'")
                == "0")
        #expect(
            try Int(
                innostat.scalar("SELECT count(*) FROM observation WHERE source_id = 'kosis_grdp'"))!
                > 1000)
        #expect(
            try innostat.scalar("SELECT status FROM etl_load WHERE pipeline = 'park2001_seed'")
                == "failed")
    }

    @Test func aFileInNoKnownEncodingFailsAloneInOneLine() throws {
        let innostat = try InnoStatBinary()
        let seed = innostat.path("RawData/seed/park2001_figures.csv")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: seed))
        let offset = try #require(bytes.range(of: Data("2226".utf8))).lowerBound
        bytes.insert(0xFF, at: offset)
        try bytes.write(to: URL(fileURLWithPath: seed))
        let run = try innostat.run("run")
        #expect(run.status == 1)
        let file = "RawData/seed/park2001_figures.csv"
        #expect(
            run.stderr.split(separator: "\n").filter { $0.hasPrefix(file) } == [
                "\(file):5:5: not valid UTF-8 or CP949 text (byte \(offset))",
                "\(file): load failed: unreadable: nothing from this file was loaded",
            ])
        #expect(
            try innostat.scalar("SELECT count(*) FROM observation WHERE source_id = 'park2001'")
                == "0")
        #expect(
            try innostat.scalar(
                "SELECT count(*) FROM etl_reject WHERE source_file = '\(file)'") == "1")
        #expect(
            try Int(
                innostat.scalar(
                    "SELECT count(*) FROM observation WHERE source_id = 'kosis_grdp'"))! > 1000)
    }

    @Test func queryRefusesWritesAndLeavesTheWarehouseAsItWas() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let before = try innostat.scalar("SELECT count(*) FROM observation")
        let delete = try innostat.run("query", "DELETE FROM observation")
        #expect(delete.status == 1)
        #expect(
            delete.stderr == "the warehouse is read-only here: refused `DELETE FROM observation`\n")
        #expect(try innostat.scalar("SELECT count(*) FROM observation") == before)
        let bad = try innostat.run("query", "SELEC 1")
        #expect(bad.status == 1)
        #expect(
            bad.stderr
                == "SQLite error 1: near \"SELEC\": syntax error - while executing `SELEC 1`\n")
    }

    @Test func queryFormats() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let sql =
            "SELECT region_code, name_ko, is_capital_region FROM region WHERE region_code IN ('KR-11', 'KR-49') ORDER BY 1"
        #expect(
            try innostat.run("query", "--format", "csv", sql).stdout
                == "region_code,name_ko,is_capital_region\nKR-11,서울특별시,1\nKR-49,제주특별자치도,0\n")
        #expect(
            try innostat.run("query", "--format", "json", sql).stdout == """
                [
                  {"region_code": "KR-11", "name_ko": "서울특별시", "is_capital_region": 1},
                  {"region_code": "KR-49", "name_ko": "제주특별자치도", "is_capital_region": 0}
                ]

                """)
        #expect(
            try innostat.run("query", "--format", "markdown", sql).stdout == """
                | region_code | name_ko | is_capital_region |
                | --- | --- | --- |
                | KR-11 | 서울특별시 | 1 |
                | KR-49 | 제주특별자치도 | 0 |

                """)
        #expect(
            try innostat.run("query", sql).stdout == """
                ┌─────────────┬────────────────┬───────────────────┐
                │ region_code │ name_ko        │ is_capital_region │
                ├─────────────┼────────────────┼───────────────────┤
                │ KR-11       │ 서울특별시     │                 1 │
                │ KR-49       │ 제주특별자치도 │                 0 │
                └─────────────┴────────────────┴───────────────────┘

                """)
        let bound = try innostat.run(
            "query", "--format", "csv", "--param", "code=KR-41",
            "SELECT name_en FROM region WHERE region_code = :code")
        #expect(bound.stdout == "name_en\nGyeonggi\n")
    }

    @Test func statusAccountsForEveryRowRead() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let status = try innostat.run("status")
        #expect(status.status == 0)
        #expect(status.stdout.contains("RawData/kosis/시도별 지역내총생산.csv"))
        #expect(status.stdout.contains("rejects: 1\n"))
        let totals = try innostat.scalar(
            "SELECT sum(rows_read) || ' read = ' || sum(rows_loaded) || ' loaded + ' || sum(rows_skipped) || ' skipped + ' || sum(rows_rejected) || ' rejected' FROM etl_load"
        )
        #expect(status.stdout.contains("rows: \(totals)\n"))
        let unaccounted = try innostat.scalar(
            "SELECT count(*) FROM etl_load WHERE rows_read != rows_loaded + rows_skipped + rows_rejected"
        )
        #expect(unaccounted == "0")
        let skipped = try innostat.scalar(
            "SELECT sum(rows_skipped) FROM etl_load")
        let declared = try innostat.scalar("SELECT sum(rows) FROM etl_skip")
        #expect(skipped == declared)
    }

    @Test func exitCodes() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run", "--no-such-flag").status == 64)
        #expect(try innostat.run("query").status == 64)
        let missing = try innostat.run("query", "--warehouse", "nowhere.sqlite", "SELECT 1")
        #expect(missing.status == 1)
        #expect(missing.stderr == "nowhere.sqlite: no warehouse here (run `innostat run` first)\n")
        let unknown = try innostat.run("run", "--only", "nosuch")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("--only: no pipeline named \"nosuch\" (known: "))
    }

    @Test func aSecondRunWhileOneHoldsTheLockExitsThree() throws {
        let innostat = try InnoStatBinary()
        try FileManager.default.createDirectory(
            atPath: innostat.path("Warehouse"), withIntermediateDirectories: true)
        let lockPath = innostat.path("Warehouse/warehouse.sqlite.lock")
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(fd >= 0)
        defer { close(fd) }
        _ = "pid 999999, started 2026-01-01T00:00:00Z\n".withCString { write(fd, $0, strlen($0)) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let second = try innostat.run("run")
        #expect(second.status == 3)
        #expect(
            second.stderr.contains(
                "another run holds the warehouse lock Warehouse/warehouse.sqlite.lock (pid 999999, started 2026-01-01T00:00:00Z)"
            ))
    }

    @Test func validateWritesNothing() throws {
        let innostat = try InnoStatBinary()
        let result = try innostat.run("validate")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("kosis_grdp\tRawData/kosis/시도별 지역내총생산.csv\t1782 rows\t"))
        #expect(
            !FileManager.default.fileExists(atPath: innostat.path("Warehouse/warehouse.sqlite")))
    }
}
