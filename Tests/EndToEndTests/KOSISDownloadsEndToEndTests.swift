import Foundation
import Testing

/// The four real KOSIS downloads through `innostat init` and `run --only`, with no edit: every
/// figure is checked against the cells an independent reader (Python, XLSXStreamTests'
/// `make_fixtures.py`) took from the same workbook.
struct KOSISDownloadsEndToEndTests {
    static let xlsxFixtures = TestPaths.packageRoot + "/Tests/XLSXStreamTests/Fixtures"
    static let xlsFixtures = TestPaths.packageRoot + "/Tests/XLSStreamTests/Fixtures"
    static let csvFixtures = TestPaths.packageRoot + "/Tests/EndToEndTests/Fixtures/kosis"
    static let register = "행정구역_시군구_별__성별_인구수_20250626192009"

    struct Download: CustomTestStringConvertible, Sendable {
        let stem: String
        let headerRows: Int
        /// The first column holding figures (1-based).
        let firstValueColumn: Int
        /// Where a figure's period is: the header row of periods, or nil for column 1.
        let periodRow: Int?
        /// The header row naming each column's item, with its unit in brackets.
        let itemRow: Int
        let observations: Int
        var testDescription: String { stem }
    }

    static let downloads = [
        Download(
            stem: register, headerRows: 2, firstValueColumn: 2, periodRow: 1, itemRow: 2,
            observations: 1350),
        Download(
            stem: "대학_개황_20250626194556", headerRows: 2, firstValueColumn: 3, periodRow: 1,
            itemRow: 2, observations: 7488),
        Download(
            stem: "시도별_공공의료기관_기능별_기관_수_20250626194928", headerRows: 3, firstValueColumn: 2,
            periodRow: 1, itemRow: 3, observations: 1944),
        Download(
            stem: "국가_온실가스_종류별_배출량_추이_20220901230419", headerRows: 1, firstValueColumn: 2,
            periodRow: nil, itemRow: 1, observations: 270),
    ]

    /// The `데이터` sheet's cells as the independent reader wrote them: row → column → text.
    static func cells(_ stem: String) throws -> [Int: [Int: String]] {
        let text = try String(
            contentsOfFile: "\(xlsxFixtures)/\(stem).cells.tsv", encoding: .utf8)
        var cells: [Int: [Int: String]] = [:]
        var sheet = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# ") {
                sheet = String(line.dropFirst(2))
                continue
            }
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard sheet == "데이터", parts.count == 3, let row = Int(parts[0]),
                let column = Int(parts[1])
            else { continue }
            cells[row, default: [:]][column] = String(parts[2])
        }
        return cells
    }

    /// A project folder with one download under RawData/kosis and no pipeline.
    static func project(with files: [String]) throws -> InnoStatBinary {
        let innostat = try InnoStatBinary(copying: [])
        try FileManager.default.createDirectory(
            atPath: innostat.path("RawData/kosis"), withIntermediateDirectories: true)
        for file in files {
            try FileManager.default.copyItem(
                atPath: file,
                toPath: innostat.path("RawData/kosis/\((file as NSString).lastPathComponent)"))
        }
        return innostat
    }

    /// Every figure as `row:column|measure name|period|value|status`, in the warehouse's order.
    static func figures(_ innostat: InnoStatBinary) throws -> [String] {
        let result = try innostat.run(
            "query", "--format", "csv",
            """
            SELECT o.source_line || char(9) || o.source_column || char(9)
                   || replace(m.name, ',', ';') || char(9) || o.period || char(9)
                   || coalesce(o.value, '') || char(9) || o.status AS figure
            FROM observation o JOIN measure m USING (measure_code)
            ORDER BY o.source_line, o.source_column
            """)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").dropFirst().map(String.init)
    }

    @Test(arguments: downloads)
    func initDraftsAPipelineThatLoadsEveryFigure(_ download: Download) throws {
        let innostat = try Self.project(with: ["\(Self.xlsxFixtures)/\(download.stem).xlsx"])
        let drafted = try innostat.run("init", "RawData/kosis/\(download.stem).xlsx")
        #expect(drafted.status == 0, "\(drafted.stderr)")
        #expect(drafted.stdout.hasPrefix("wrote Pipelines/\(download.stem).yaml\n"))
        #expect(drafted.stdout.contains("  next: innostat run --only \(download.stem)\n"))
        let run = try innostat.run("run", "--only", download.stem)
        #expect(run.status == 0, "\(run.stderr)")
        let cells = try Self.cells(download.stem)
        var expected: [String: (period: String, value: String, item: String)] = [:]
        for (row, columns) in cells where row > download.headerRows {
            for (column, text) in columns where column >= download.firstValueColumn {
                let period = download.periodRow.map { cells[$0]?[column] ?? "" } ?? columns[1] ?? ""
                let value = text == "-" ? "" : String(Double(text)!)
                let item = cells[download.itemRow]?[column] ?? ""
                expected["\(row):\(column)"] = (period, value, item)
            }
        }
        let figures = try Self.figures(innostat)
        #expect(figures.count == download.observations)
        #expect(figures.count == expected.count)
        for figure in figures {
            let parts = figure.split(separator: "\t", omittingEmptySubsequences: false)
                .map(String.init)
            let place = "\(parts[0]):\(parts[1])"
            let cell = try #require(expected[place], "\(place) is no figure of the sheet")
            #expect(parts[3] == cell.period, "\(place)")
            #expect(parts[4] == cell.value, "\(place)")
            #expect(parts[5] == (cell.value.isEmpty ? "M" : "A"), "\(place)")
            let item = cell.item.replacing(/\s*\([^()]*\)$/, with: "")
            #expect(parts[2].contains(item), "\(place): \(parts[2]) is not \(item)")
        }
    }

    /// The register table as xlsx, xls (LibreOffice's conversion of the xlsx), the current
    /// UTF-8 CSV form and the older CP949 one: each drafted by `init` and loaded, to the same
    /// figures.
    @Test func everyFormOfTheRegisterTableLoadsTheSameFigures() throws {
        let files = [
            "\(Self.xlsxFixtures)/\(Self.register).xlsx",
            "\(Self.xlsFixtures)/\(Self.register).xls",
            "\(Self.csvFixtures)/\(Self.register)_utf8.csv",
            "\(Self.csvFixtures)/\(Self.register)_cp949.csv",
        ]
        var loaded: [[String]] = []
        for file in files {
            let innostat = try Self.project(with: [file])
            let name = "register"
            let input = "RawData/kosis/\((file as NSString).lastPathComponent)"
            let drafted = try innostat.run("init", "--name", name, input)
            #expect(drafted.status == 0, "\(file): \(drafted.stderr)")
            #expect(try innostat.run("run", "--only", name).status == 0)
            let result = try innostat.run(
                "query", "--format", "csv",
                """
                SELECT measure_code, region_code, period, coalesce(value, '') AS value, status
                FROM observation ORDER BY 1, 2, 3
                """)
            loaded.append(result.stdout.split(separator: "\n").map(String.init))
        }
        #expect(loaded[0].count == 1351)
        for (file, figures) in zip(files.dropFirst(), loaded.dropFirst()) {
            #expect(figures == loaded[0], "\(file)")
        }
    }

    /// The shipped register pipeline reads the real xlsx; the CSV once converted from it by
    /// hand loads exactly the same figures through the pipeline that read it then.
    @Test func theShippedRegisterXLSXLoadsTheFiguresOfTheCSVConvertedFromIt() throws {
        let shipped = try InnoStatBinary(copying: ["Pipelines", "RawData"])
        #expect(try shipped.run("run", "--only", "mois_population_register").status == 0)
        let converted = try InnoStatBinary(copying: ["Pipelines"])
        try FileManager.default.createDirectory(
            atPath: converted.path("RawData/population"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: "\(Self.csvFixtures)/주민등록인구_시도별_2000_2024.csv",
            toPath: converted.path("RawData/population/주민등록인구_시도별_2000_2024.csv"))
        let pipeline = converted.path("Pipelines/mois_population_register.yaml")
        let text = try String(contentsOfFile: pipeline, encoding: .utf8)
            .replacingOccurrences(
                of: "population/\(Self.register).xlsx", with: "population/주민등록인구_시도별_2000_2024.csv"
            )
            .replacingOccurrences(
                of: "  header_rows: [period, 항목]", with: "  period_pattern: '^(\\d{4})\\s*년$'")
        try text.write(toFile: pipeline, atomically: true, encoding: .utf8)
        #expect(try converted.run("run", "--only", "mois_population_register").status == 0)
        let sql = """
            SELECT measure_code, region_code, period, coalesce(value, '') AS value, status
            FROM observation ORDER BY 1, 2, 3
            """
        let fromXLSX = try shipped.run("query", "--format", "csv", sql).stdout
        let fromCSV = try converted.run("query", "--format", "csv", sql).stdout
        #expect(fromXLSX.split(separator: "\n").count == 1351)
        #expect(fromXLSX == fromCSV)
    }

    /// What the draft cannot know it says: an unknown label skipped with the closest known
    /// ones, indented lower levels skipped, a guessed unit; it never overwrites without --force.
    @Test func theDraftSaysWhatToCheckAndNeverOverwritesUnasked() throws {
        let innostat = try Self.project(with: [])
        try "행정구역별,2020\n전국,10\n서울특별시,5\n\u{3000}종로구,1\n경기도,4\n해외,0\n".write(
            toFile: innostat.path("RawData/kosis/table.csv"), atomically: true, encoding: .utf8)
        let drafted = try innostat.run("init", "RawData/kosis/table.csv")
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let lines = drafted.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "wrote Pipelines/table.yaml")
        for line in [
            "  check: no metadata sheet: source.publisher and source.title are guesses",
            "  layout: 1 header row (period); periods across, 2020–2020 (1)",
            "  regions: column 행정구역별, 3 labels known",
            "  skipped: 1 indented lower-level labels (종로구…)",
            "  check: no unit for the figures: guessed count",
            "  trial load: RawData/kosis/table.csv: 5 rows, 3 observations, 2 skipped, 0 rejects",
        ] {
            #expect(lines.contains(line), "\(line)")
        }
        #expect(
            lines.contains { $0.hasPrefix("  check: \"해외\" is no region the vocabulary knows") })
        let again = try innostat.run("init", "RawData/kosis/table.csv")
        #expect(again.status == 64)
        #expect(
            again.stderr
                == "Pipelines/table.yaml exists: give --force to overwrite it, or --name another\n")
        #expect(try innostat.run("init", "--force", "RawData/kosis/table.csv").status == 0)
        #expect(try innostat.run("run", "--only", "table").status == 0)
        let total = try innostat.scalar("SELECT sum(value) FROM observation")
        #expect(total == "19")
    }
}
