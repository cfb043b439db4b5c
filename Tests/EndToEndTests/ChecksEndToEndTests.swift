import Foundation
import Testing

/// Checks, tolerance and the status ledger through the built binary on the real files.
@Suite(.serialized)
struct ChecksEndToEndTests {
    /// A pipeline for the real `rnd_money.csv`, as docs/values-and-checks.md suggests for it.
    static func rndMoneyPipeline(tolerance: Int, severity: String = "error") -> String {
        """
        source: {id: kistep_regional_rd, publisher: KISTEP, title: R&D expenditure by province}
        enabled: false
        inputs: [regional_rd/rnd_money.csv]
        layout: wide
        wide: {period_pattern: '^(\\d{4})$'}
        columns: {region: region}
        defaults: {measure: rd_expenditure, unit: 100 million KRW}
        tolerance: \(tolerance)
        checks:
          - {kind: change, measure: rd_expenditure, max_ratio: 3, severity: \(severity)}
          - {kind: range, measure: rd_expenditure, min: 0}
        measures:
          rd_expenditure: {name: R&D expenditure, unit: 100 million KRW}
        """
    }

    static let droppedDigit =
        "RawData/regional_rd/rnd_money.csv:2:4: 13449 changes by a factor of 10.0 from 134754 (2018): "
        + "beyond the change check (max_ratio 3)"

    @Test func theDroppedDigitIsRefusedAndTheRestOfTheFileLoads() throws {
        let innostat = try InnoStatBinary()
        try Self.rndMoneyPipeline(tolerance: 1).write(
            toFile: innostat.path("Pipelines/rnd_money_check.yaml"), atomically: true,
            encoding: .utf8)
        let validate = try innostat.run("validate", "--only", "rnd_money_check")
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr == Self.droppedDigit + "\n")
        #expect(
            validate.stdout
                == "rnd_money_check\tRawData/regional_rd/rnd_money.csv\t8 rows\t39 observations\t0 skipped\t1 rejects\t0 check warnings\n"
        )
        let run = try innostat.run("run", "--only", "rnd_money_check")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains(Self.droppedDigit + "\n"))
        #expect(
            run.stderr.contains(
                "RawData/regional_rd/rnd_money.csv: 8 rows, 39 observations (39 added, 0 revised, 0 retired), 0 skipped, 1 rejects, 0 check warnings\n"
            ))
        #expect(
            try innostat.scalar(
                "SELECT group_concat(period, ' ') FROM observation WHERE region_code = 'KR-11'")
                == "2017 2018 2020 2021")
        let status = try innostat.run("status")
        #expect(status.status == 0)
        #expect(status.stdout.contains("rows: 8 read = 7 loaded + 0 skipped + 1 rejected\n"))
        #expect(
            status.stdout.contains(
                "│ RawData/regional_rd/rnd_money.csv:2:4 │   1 │ check_failed │ 13449 │ 13449 changes by a factor of 10.0 from 134754 (2018): beyond the change check (max_ratio 3) │"
            ))
    }

    @Test func withoutToleranceTheDroppedDigitFailsTheFile() throws {
        let innostat = try InnoStatBinary()
        try Self.rndMoneyPipeline(tolerance: 0).write(
            toFile: innostat.path("Pipelines/rnd_money_check.yaml"), atomically: true,
            encoding: .utf8)
        let validate = try innostat.run("validate", "--only", "rnd_money_check")
        #expect(validate.status == 1)
        #expect(
            validate.stderr
                == Self.droppedDigit + "\n"
                + "RawData/regional_rd/rnd_money.csv: 1 rejected, tolerance 0: nothing from this file was loaded\n"
        )
        let run = try innostat.run("run", "--only", "rnd_money_check")
        #expect(run.status == 1)
        #expect(run.stderr.contains(Self.droppedDigit + "\n"))
        #expect(
            run.stderr.contains(
                "RawData/regional_rd/rnd_money.csv: load failed: 1 rejected, tolerance 0: nothing from this file was loaded\n"
            ))
        #expect(try innostat.scalar("SELECT count(*) FROM observation") == "0")
    }

    @Test func theGRDPChecksHoldOnTheRealFile() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let ledger = try innostat.run(
            "query", "--format", "csv",
            """
            SELECT c.description, c.severity, c.checked, c.failed
            FROM etl_check c JOIN etl_load l USING (load_id)
            WHERE l.pipeline = 'kosis_grdp' ORDER BY c.check_number
            """)
        #expect(
            ledger.stdout == """
                description,severity,checked,failed
                checks[0] sum grdp_nominal: region provinces = KR (tolerance_percent 0.01),error,39,0
                checks[1] sum grdp_real: region provinces = KR (tolerance_percent 2),warn,39,0
                "checks[2] range grdp_nominal, grdp_real (min 0)",error,1310,0
                "checks[3] change grdp_nominal, grdp_real (max_ratio 2)",error,1310,0

                """)
        #expect(
            try innostat.scalar(
                "SELECT count(*) FROM etl_check_failure f JOIN etl_load l USING (load_id) WHERE l.pipeline = 'kosis_grdp'"
            ) == "0")
    }

    @Test func statusOfAnEarlierRunAndTheListOfRuns() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run", "--only", "park2001_seed").status == 0)
        #expect(try innostat.run("run").status == 0)
        let first = try innostat.run("status", "--run", "1")
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("run 1 ok: started "))
        #expect(first.stdout.contains("  innostat run --only park2001_seed\n"))
        #expect(!first.stdout.contains("kosis"))
        let runs = try innostat.run("status", "--runs", "5")
        #expect(runs.stdout.split(separator: "\n").count == 6)
        let missing = try innostat.run("status", "--run", "9")
        #expect(missing.status == 64)
        #expect(missing.stderr == "no run 9 in the warehouse (runs 1 to 2)\n")
        #expect(try innostat.run("status", "--run", "1", "--runs", "2").status == 64)
        #expect(try innostat.run("status", "--runs", "0").status == 64)
    }

    @Test func aWarningLoadsTheFigureAndIsLoggedAsJSON() throws {
        let innostat = try InnoStatBinary()
        try Self.rndMoneyPipeline(tolerance: 0, severity: "warn").write(
            toFile: innostat.path("Pipelines/rnd_money_check.yaml"), atomically: true,
            encoding: .utf8)
        let run = try innostat.run("run", "--only", "rnd_money_check", "--log-format", "json")
        #expect(run.status == 0, "\(run.stderr)")
        let events = try run.stderr.split(separator: "\n").map { line in
            try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let warnings = events.filter { $0["event"] as? String == "check_warning" }
        #expect(warnings.count == 1)
        #expect(
            warnings.first?["message"] as? String
                == Self.droppedDigit.replacingOccurrences(of: ":2:4: ", with: ":2:4: warning: "))
        let finished = try #require(events.first { $0["event"] as? String == "file_loaded" })
        #expect(finished["check_warnings"] as? Int == 1)
        #expect(finished["rejects"] as? Int == 0)
        #expect(
            try innostat.scalar(
                "SELECT value || ' ' || status FROM observation WHERE region_code = 'KR-11' AND period = '2019'"
            )
                == "13449.0 A")
    }
}
