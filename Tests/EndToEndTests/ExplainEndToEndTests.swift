import Foundation
import SQLiteStore
import Testing

/// `explain`, `export --format sdmx-csv|--layout wide` and the read-only `query` on the real
/// warehouse: the built binary on a temp copy of the pipelines and raw data.
@Suite(.serialized)
struct ExplainEndToEndTests {
    static let goldenFolder = InnoStatBinary.packageRoot + "/Tests/EndToEndTests/Golden"

    static func checkGolden(_ actual: String, _ name: String) throws {
        let golden = "\(goldenFolder)/\(name)"
        if ProcessInfo.processInfo.environment["INNOSTAT_RECORD_GOLDEN"] != nil {
            try actual.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(actual == (try String(contentsOfFile: golden, encoding: .utf8)), "\(name)")
    }

    @Test func explainTracesRealFiguresToTheirFileLines() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)

        let share = try innostat.run("explain", "grdp_capital_share", "--year", "1985")
        #expect(share.status == 0, "\(share.stderr)")
        #expect(
            share.stdout.contains(
                "capital_share = 100 · Σ_{capital} X_i / Σ X_i = 100 · 41473438 / 93917477 = "
                    + "44.1594464893898\n"))
        try Self.checkGolden(share.stdout, "explain-grdp_capital_share-1985.txt")

        // A per-capita Gini of a year with all 17 provinces: X_i and P_i of each, file:line.
        let gini = try innostat.run("explain", "grdp_per_capita_gini", "--year", "2017")
        #expect(gini.status == 0, "\(gini.stderr)")
        #expect(gini.stdout.contains("; n = 17 regions (table below)\n"))
        #expect(gini.stdout.contains("recomputed from 17 regions from the 34 inputs below: "))
        let lines = gini.stdout.split(separator: "\n")
        let grdp = lines.filter {
            $0.hasPrefix("  X_i of KR-") && $0.contains(" grdp_nominal KR-")
                && $0.contains("RawData/kosis/시도별 지역내총생산.csv:")
        }
        let population = lines.filter {
            $0.hasPrefix("  P_i of KR-") && $0.contains(" population KR-")
                && $0.contains(
                    "RawData/population/행정구역_시군구_별__성별_인구수_20250626192009.xlsx:데이터!")
        }
        #expect(grdp.count == 17)
        #expect(population.count == 17)
        #expect(
            lines.contains {
                $0.hasPrefix("  KR-50   Sejong ") && $0.split(separator: " ").count == 5
            })

        let funding = try innostat.run("explain", "rd_private_share", "--year", "1981")
        #expect(funding.status == 0)
        #expect(funding.stdout.hasPrefix("rd_private_share, KR, 1981 = 56 percent (status A)\n"))
        #expect(
            funding.stdout.contains(
                "rd_private_share = rd_funding_share (BUS) KR 1981, as published = 56\n"))
        #expect(funding.stdout.contains("https://newsway.co.kr/news/view?ud=2014051913213872614"))
        #expect(
            funding.stdout.contains(
                "other  park2001 (precedence 50): 56 A at RawData/seed/park2001_figures.csv:2:5; "
                    + "not chosen: precedence 50 > 40\n"))

        let sejong = try innostat.run("explain", "grdp_per_capita_gini", "--year", "2013")
        #expect(
            sejong.stdout.contains(
                "Status\n  status B (break)\n  break: regions differ from 2012: +KR-50\n"))
        let register = try innostat.run("explain", "grdp_per_capita_williamson", "--year", "2010")
        #expect(register.stdout.contains("  status B (break)\n  14 inputs (population 2010 of "))
        #expect(
            register.stdout.contains(
                ") are B (break): series break: from January 2010 residents of unknown address"))

        let latest = try innostat.run("explain", "grdp_per_capita_gini")
        #expect(latest.stdout.hasPrefix("grdp_per_capita_gini, KR, 2023 = "))
    }

    @Test func explainRefusesUnknownNamesAndYearsAndFlagsAMismatch() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let unknown = try innostat.run("explain", "gini")
        #expect(unknown.status == 64)
        #expect(
            unknown.stderr
                == "unknown indicator \"gini\" (closest: grdp_per_capita_gini, "
                + "grdp_per_capita_gini_w, rd_personnel_per_capita_gini, "
                + "rd_personnel_per_capita_gini_w)\n")
        let noYear = try innostat.run("explain", "grdp_per_capita_gini", "--year", "1984")
        #expect(noYear.status == 1)
        #expect(
            noYear.stderr
                == "grdp_per_capita_gini has no value for KR in 1984 (years with a value: "
                + "1985-2023)\n")
        #expect(noYear.stdout.isEmpty)

        try Database(path: innostat.path("Warehouse/warehouse.sqlite"), mode: .readWrite).run(
            """
            UPDATE indicator_value SET value = 45
            WHERE indicator_code = 'grdp_capital_share' AND year = 1985
            """)
        let tampered = try innostat.run("explain", "grdp_capital_share", "--year", "1985")
        #expect(tampered.status == 1)
        #expect(
            tampered.stdout.contains(
                "Check\n  MISMATCH: recomputed from 13 regions from the 13 inputs below: "
                    + "44.1594464893898, but the warehouse stores 45\n"))
        #expect(
            tampered.stderr
                == "grdp_capital_share KR 1985: the stored value does not follow from its inputs "
                + "(see Check)\n")
    }

    @Test func exportWritesSDMXCSVAndTheWideLayoutWithASidecarEach() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let sdmx = try innostat.run("export", "--format", "sdmx-csv", "--out", "sdmx")
        #expect(sdmx.status == 0, "\(sdmx.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: innostat.path("sdmx"))
        let files = names.filter { $0.hasSuffix(".sdmx.csv") }
        #expect(files.count == 39)
        #expect(Set(names) == Set(files + files.map { $0 + "-metadata.json" }))
        let capital = try String(
            contentsOfFile: innostat.path("sdmx/grdp_capital_share.sdmx.csv"), encoding: .utf8)
        #expect(
            capital.hasPrefix(
                "DATAFLOW,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,"
                    + "UNIT_MULT\nINNOSTAT:GRDP_CAPITAL_SHARE(1.0),A,KR,grdp_capital_share,1985,"
                    + "44.1594464893898,A,PT,0\n"))

        let wide = try innostat.run(
            "export", "--layout", "wide", "--out", "wide", "grdp_per_capita_gini")
        #expect(wide.status == 0)
        #expect(
            wide.stdout
                == "wide/grdp_per_capita_gini.wide.csv\t1 rows\n"
                + "wide/grdp_per_capita_gini.wide.status.csv\t1 rows\n")
        let statuses = try String(
            contentsOfFile: innostat.path("wide/grdp_per_capita_gini.wide.status.csv"),
            encoding: .utf8
        ).split(separator: "\n")
        #expect(statuses[0].hasPrefix("indicator,region,unit,1985,1986,1987,"))
        #expect(statuses[1].hasPrefix("grdp_per_capita_gini,KR,index,A,A,B,"))
        #expect(
            FileManager.default.fileExists(
                atPath: innostat.path("wide/grdp_per_capita_gini.wide.status.csv-metadata.json")))

        let both = try innostat.run("export", "--format", "sdmx-csv", "--layout", "wide")
        #expect(both.status == 64)
        #expect(
            both.stderr.hasPrefix(
                "Error: --layout wide: sdmx-csv has one observation per row; the wide layout is "
                    + "for --format csv\n"))
        // run still exports the contract CSV only.
        let exports = try FileManager.default.contentsOfDirectory(
            atPath: innostat.path("Warehouse/exports"))
        #expect(exports.allSatisfy { $0.hasSuffix(".csv") || $0.hasSuffix(".csv-metadata.json") })
        #expect(!exports.contains { $0.contains(".sdmx.") || $0.contains(".wide.") })
    }

    @Test func queryRefusesEverythingButReadingAndLeavesTheWarehouseAsItWas() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let warehouse = innostat.path("Warehouse/warehouse.sqlite")
        let before = try Data(contentsOf: URL(fileURLWithPath: warehouse))
        let refused = [
            ("PRAGMA query_only = 0", "SQLite error 23: not authorized"),
            ("PRAGMA journal_mode = DELETE", "SQLite error 23: not authorized"),
            ("ATTACH 'other.sqlite' AS other", "SQLite error 23: not authorized"),
            ("DETACH main", "SQLite error 23: not authorized"),
            ("PRAGMA user_version = 9", "SQLite error 23: not authorized"),
            ("SELECT 1; DELETE FROM observation", "SQLite error 21: more than one statement"),
        ]
        for (sql, message) in refused {
            let result = try innostat.run("query", sql)
            #expect(result.status == 1, "\(sql)")
            #expect(result.stderr == "\(message) - while executing `\(sql)`\n")
        }
        for sql in ["VACUUM INTO 'copy.sqlite'", "VACUUM", "DELETE FROM observation"] {
            let result = try innostat.run("query", sql)
            #expect(result.status == 1, "\(sql)")
            #expect(result.stderr == "the warehouse is read-only here: refused `\(sql)`\n")
        }
        #expect(!FileManager.default.fileExists(atPath: innostat.path("copy.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: innostat.path("other.sqlite")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: warehouse)) == before)
        #expect(try innostat.scalar("PRAGMA user_version") == "8")

        let schema = try innostat.run(
            "query", "--format", "csv", "PRAGMA table_info(indicator_input)")
        #expect(schema.status == 0)
        #expect(schema.stdout.hasPrefix("cid,name,type,notnull,dflt_value,pk\n0,indicator_code,"))
        let json = try innostat.run(
            "query", "--format", "json", "--param", "year=1985", "--param", "code=KR",
            """
            SELECT year, value, NULL AS absent, :code AS region FROM indicator_value
            WHERE indicator_code = 'grdp_capital_share' AND year = :year
            """)
        #expect(
            json.stdout == """
                [
                  {"year": 1985, "value": 44.15944648938983, "absent": null, "region": "KR"}
                ]

                """)
        let unused = try innostat.run("query", "--param", "nope=1", "SELECT 1")
        #expect(unused.status == 64)
        #expect(unused.stderr == "the SQL has no parameter :nope\n")
        let malformed = try innostat.run("query", "--param", "nope", "SELECT :nope")
        #expect(malformed.status == 64)
        #expect(malformed.stderr == "--param takes NAME=VALUE, got \"nope\"\n")
    }
}
