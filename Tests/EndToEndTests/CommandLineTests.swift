import Foundation
import SQLiteStore
import Testing

/// The command line says what is wrong, in one line, with the exit code a scheduler can act on:
/// 64 for a mistake on the command line, 1 for a bad input, and the warehouse as it was.
@Suite(.serialized)
struct CommandLineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let status: Int32
        /// The whole of stderr, one line; or its first line when the argument parser adds
        /// the usage after it.
        let stderr: String
        var firstLineOnly = false
        var testDescription: String { arguments.joined(separator: " ") }
    }

    /// Files the cases refer to: a pipeline with a tab, one badly indented, one with a
    /// misspelt key, another application's database, a plain file and a folder.
    static func prepare(_ innostat: InnoStatBinary) throws {
        let source = "source: {id: my, publisher: P, title: T}\n"
        try (source + "inputs: [a.csv]\ncolumns:\n\tregion: r\n").write(
            toFile: innostat.path("Pipelines/tabbed.yaml"), atomically: true, encoding: .utf8)
        try (source + " inputs: [a.csv]\n").write(
            toFile: innostat.path("Pipelines/indented.yaml"), atomically: true, encoding: .utf8)
        try (source + "inputs: [a.csv]\ncolums: {region: r}\n").write(
            toFile: innostat.path("Pipelines/misspelt.yaml"), atomically: true, encoding: .utf8)
        let other = try Database(path: innostat.path("other_app.sqlite"))
        try other.execute("CREATE TABLE contact(name TEXT); INSERT INTO contact VALUES ('x')")
        try other.execute("PRAGMA journal_mode = DELETE")
        try "x".write(toFile: innostat.path("file"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            atPath: innostat.path("folder"), withIntermediateDirectories: true)
        try "시도,상대시도,2020\n서울특별시,부산광역시,1\n대구광역시,인천광역시,2\n".write(
            toFile: innostat.path("RawData/two_regions.csv"), atomically: true, encoding: .utf8)
    }

    static let tabbed =
        "Pipelines/tabbed.yaml:4:1: not valid YAML: found character that cannot start any token "
        + "(while scanning for the next token at line 4, column 1)"

    static let register = "RawData/population/행정구역_시군구_별__성별_인구수_20250626192009.xlsx"

    /// Cases with no warehouse yet: none of them may create one.
    static let beforeAnyRun: [Case] = [
        Case(
            arguments: ["init", "file"], status: 64,
            stderr:
                "file is not under the raw-data folder RawData: copy it there or give --raw-data"),
        Case(
            arguments: ["init", "RawData/none.xlsx"], status: 64,
            stderr: "RawData/none.xlsx: no such file"),
        Case(
            arguments: ["init", "--name", "x", register, "RawData/two_regions.csv"], status: 64,
            stderr: "Error: --name names one pipeline: give one FILE with it",
            firstLineOnly: true),
        Case(
            arguments: ["init", "--name", "mois_population_register", register], status: 64,
            stderr: "Pipelines/mois_population_register.yaml exists: give --force to overwrite "
                + "it, or --name another"),
        Case(
            arguments: ["init", "RawData/two_regions.csv"], status: 1,
            stderr: "RawData/two_regions.csv: cannot draft a pipeline: two region dimensions "
                + "(\"시도\" and \"상대시도\"): a pipeline reads one region column"),
        Case(
            arguments: ["validate", "--only", "kosis_grpd"], status: 64,
            stderr: "--only: no pipeline named \"kosis_grpd\" (closest: kosis_grdp)"),
        Case(
            arguments: ["run", "--only", "kosis_grpd"], status: 64,
            stderr: "--only: no pipeline named \"kosis_grpd\" (closest: kosis_grdp)"),
        Case(
            arguments: ["run", "--only", "koita"], status: 64,
            stderr: "--only: no pipeline named \"koita\" (closest: koita_rd_centers, "
                + "koita_rd_centers_sme_share, koita_rd_centers_researchers)"),
        Case(
            arguments: ["validate", "--only", "kosis_grdp", "--only", "kosis_grdp"], status: 64,
            stderr: "--only: \"kosis_grdp\" is given more than once"),
        Case(
            arguments: ["run", "--only", "kosis_grdp", "--only", "kosis_grdp"], status: 64,
            stderr: "--only: \"kosis_grdp\" is given more than once"),
        Case(
            arguments: ["fetch", "--only", "kosis_grpd"], status: 64,
            stderr: "--only: no pipeline named \"kosis_grpd\" (closest: kosis_grdp)"),
        Case(
            arguments: ["fetch", "--only", "kosis_grdp"], status: 64,
            stderr: "--only: pipeline \"kosis_grdp\" has no fetch key, so nothing to fetch "
                + "(none has one)"),
        Case(
            arguments: ["fetch", "--log-format", "yaml"], status: 64,
            stderr: "Error: The value 'yaml' is invalid for '--log-format <log-format>'. Please "
                + "provide one of 'text' and 'json'.", firstLineOnly: true),
        Case(arguments: ["validate", "--only", "tabbed"], status: 1, stderr: tabbed),
        Case(arguments: ["run", "--only", "tabbed"], status: 1, stderr: tabbed),
        Case(
            arguments: ["validate", "--only", "indented"], status: 1,
            stderr: "Pipelines/indented.yaml:2:2: not valid YAML: did not find expected key "
                + "(while parsing a block mapping at line 1, column 1)"),
        Case(
            arguments: ["validate", "--only", "misspelt"], status: 1,
            stderr: "Pipelines/misspelt.yaml: colums: unknown key (known here: checks, columns, "
                + "defaults, description, enabled, fetch, indented_rows, inputs, layout, may_shrink, measures, name, precedence, "
                + "read, region_code_system, rules, series_breaks, source, status_codes, tolerance, "
                + "unit_from_label, unmatched, wide)"),
        Case(
            arguments: ["run", "--warehouse", "other_app.sqlite", "--only", "kosis_grdp"],
            status: 1,
            stderr: "other_app.sqlite: not an innostat warehouse (it holds tables contact); "
                + "refusing to add innostat's schema to it (left as it was)"),
        Case(
            arguments: ["run", "--warehouse", "file", "--only", "kosis_grdp"], status: 1,
            stderr: "file: not a SQLite database; refusing to use it as the warehouse (left as "
                + "it was)"),
        Case(
            arguments: ["run", "--warehouse", "folder", "--only", "kosis_grdp"], status: 1,
            stderr: "folder: this is a folder; name the warehouse file in it"),
        Case(
            arguments: ["run", "--warehouse", "file/w.sqlite", "--only", "kosis_grdp"], status: 1,
            stderr: "file: cannot create the warehouse folder: file is a file, not a folder"),
    ]

    /// Cases against the warehouse of one run: a wrong name on the command line is 64 in every
    /// command; what the warehouse lacks or refuses is 1.
    static let afterARun: [Case] = [
        Case(
            arguments: ["explain", "gini"], status: 64,
            stderr: "unknown indicator \"gini\" (closest: grdp_per_capita_gini, "
                + "grdp_per_capita_gini_w, rd_personnel_per_capita_gini, "
                + "rd_personnel_per_capita_gini_w)"),
        Case(
            arguments: ["explain", "--region", "ZZ", "grdp_per_capita_gini"], status: 64,
            stderr: "grdp_per_capita_gini has no value for ZZ (its values are for KR)"),
        Case(
            arguments: ["explain", "--year", "1984", "grdp_per_capita_gini"], status: 1,
            stderr: "grdp_per_capita_gini has no value for KR in 1984 (years with a value: "
                + "1985-2023)"),
        Case(
            arguments: ["status", "--run", "9"], status: 64,
            stderr: "no run 9 in the warehouse (runs 1 to 1)"),
        Case(
            arguments: ["query", "DELETE FROM region"], status: 1,
            stderr: "the warehouse is read-only here: refused `DELETE FROM region`"),
        Case(
            arguments: ["query", "--format", "yaml", "SELECT 1"], status: 64,
            stderr: "Error: The value 'yaml' is invalid for '--format <format>'. Please provide "
                + "one of 'table', 'csv', 'json' or 'markdown'.", firstLineOnly: true),
        Case(
            arguments: ["export", "--format", "xlsx"], status: 64,
            stderr: "Error: The value 'xlsx' is invalid for '--format <format>'. Please provide "
                + "one of 'csv' and 'sdmx-csv'.", firstLineOnly: true),
        Case(
            arguments: ["frobnicate"], status: 64,
            stderr: "Error: Unexpected argument 'frobnicate'", firstLineOnly: true),
        Case(
            arguments: ["query", "SELECT :code"], status: 64,
            stderr: "the SQL's parameter :code has no value (--param code=VALUE)"),
        Case(
            arguments: ["query", "SELECT ?"], status: 64,
            stderr: "the SQL has a positional parameter (?) that --param cannot bind; name it "
                + "(:name)"),
        Case(
            arguments: ["query", "--param", "y=1", "--param", "y=2", "SELECT :y"], status: 64,
            stderr: "--param y is given more than once"),
        Case(
            arguments: ["query", "--param", "y=1", "--param", "z=2", "SELECT :y"], status: 64,
            stderr: "the SQL has no parameter :z"),
        Case(
            arguments: ["query", "--param", "y", "SELECT :y"], status: 64,
            stderr: "--param takes NAME=VALUE, got \"y\""),
        Case(
            arguments: ["report", "--out", "folder"], status: 1,
            stderr: "folder: cannot write the report: this is a folder; name a file"),
        Case(
            arguments: ["report", "--out", "file/report.html"], status: 1,
            stderr: "file: cannot create the folder of the report: file is a file, not a folder"),
        Case(
            arguments: ["export", "--out", "file/sub"], status: 1,
            stderr: "file/sub: cannot create the exports folder: file is a file, not a folder"),
        Case(
            arguments: ["export", "--out", "file"], status: 1,
            stderr: "file: cannot create the exports folder: file is a file, not a folder"),
    ]

    func check(_ cases: [Case], in innostat: InnoStatBinary) throws {
        for example in cases {
            let result = try innostat.run(arguments: example.arguments)
            #expect(result.status == example.status, "\(example.testDescription)")
            let stderr =
                example.firstLineOnly
                ? String(result.stderr.prefix { $0 != "\n" }) + "\n" : result.stderr
            #expect(stderr == example.stderr + "\n", "\(example.testDescription)")
        }
    }

    @Test func mistakesSayWhatIsWrongInOneLine() throws {
        let innostat = try InnoStatBinary()
        try Self.prepare(innostat)
        let other = try Data(contentsOf: URL(fileURLWithPath: innostat.path("other_app.sqlite")))
        try check(Self.beforeAnyRun, in: innostat)
        #expect(!FileManager.default.fileExists(atPath: innostat.path("Warehouse")))
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: innostat.path("other_app.sqlite"))) == other)
        #expect(!FileManager.default.fileExists(atPath: innostat.path("other_app.sqlite.lock")))

        for file in ["tabbed", "indented", "misspelt"] {
            try FileManager.default.removeItem(atPath: innostat.path("Pipelines/\(file).yaml"))
        }
        #expect(try innostat.run("run").status == 0)
        try check(Self.afterARun, in: innostat)
    }

    @Test(arguments: [
        ("7", "7,integer"), ("007", "007,text"), ("-0.5", "-0.5,real"), ("1e3", "1000,real"),
        ("KR-11", "KR-11,text"), ("99999999999999999999", "99999999999999999999,text"),
    ])
    func aParameterIsANumberOnlyWhenWrittenAsOne(value: String, row: String) throws {
        let innostat = try InnoStatBinary(copying: [])
        _ = try Database(path: innostat.path("w.sqlite"))
        let result = try innostat.run(
            "query", "--warehouse", "w.sqlite", "--format", "csv", "--param", "y=\(value)",
            "SELECT :y AS y, typeof(:y) AS type")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "y,type\n\(row)\n")
    }

    @Test func waitSaysWhomItWaitsFor() throws {
        let innostat = try InnoStatBinary()
        try FileManager.default.createDirectory(
            atPath: innostat.path("Warehouse"), withIntermediateDirectories: true)
        let lock = innostat.path("Warehouse/warehouse.sqlite.lock")
        try "pid 4242, started 2026-01-01T00:00:00.000Z\n".write(
            toFile: lock, atomically: true, encoding: .utf8)
        let fd = open(lock, O_RDWR)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let result = try innostat.run("run", "--wait", "0.3")
        #expect(result.status == 3)
        #expect(
            result.stderr
                == "waiting for the warehouse lock Warehouse/warehouse.sqlite.lock, held by "
                + "another run (pid 4242, started 2026-01-01T00:00:00.000Z), up to 0.3 s\n"
                + "another run holds the warehouse lock Warehouse/warehouse.sqlite.lock (pid "
                + "4242, started 2026-01-01T00:00:00.000Z)\n")
        let json = try innostat.run("run", "--wait", "0.2", "--log-format", "json")
        #expect(json.status == 3)
        #expect(json.stderr.contains("\"event\":\"lock_waiting\""), "\(json.stderr)")
        #expect(json.stderr.contains("\"holder\":\"pid 4242, started 2026-01-01T00:00:00.000Z\""))
    }
}
