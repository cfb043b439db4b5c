import CSVStream
import Foundation
import Testing

@testable import InnoStatCore

/// One table model for every form: the KOSIS register download as xlsx and xls gives the same
/// header rows and data rows; numbers as plain decimals; places as `sheet!cell`.
struct TableExtractorTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/kosis").path
    static let register = "행정구역_시군구_별__성별_인구수_20250626192009"

    static func read() -> ReadSpec {
        ReadSpec(
            encoding: .auto, delimiter: UInt8(ascii: ","), commentPrefix: nil, skipRecords: 0,
            strayQuotes: .reject)
    }

    static func extract(_ path: String, headerRows: Int, read: ReadSpec = read()) throws
        -> (header: TableHeader, rows: [[String]], lines: [Int], outcome: TableExtractor.Outcome)
    {
        var header: TableHeader?
        var rows: [[String]] = []
        var lines: [Int] = []
        let outcome = try TableExtractor(
            read: read, headerRowCount: headerRows, path: path, displayPath: "d.xlsx"
        ).extract(
            onHeader: { header = $0 },
            onRow: {
                rows.append($0.fields)
                lines.append($0.line)
            })
        return (try #require(header), rows, lines, outcome)
    }

    @Test(arguments: ["xlsx", "xls"])
    func readsTheRegisterDownload(_ form: String) throws {
        let table = try Self.extract("\(Self.folder)/\(Self.register).\(form)", headerRows: 2)
        #expect(table.header.width == 76)
        #expect(table.header.names.prefix(3) == ["행정구역(시군구)별", "총인구수 (명)", "남자인구수 (명)"])
        #expect(table.header.rows[0].suffix(3) == ["2024", "2024", "2024"])
        #expect(table.header.label(of: 1) == "2000 / 총인구수 (명)")
        #expect(table.header.sheet == "데이터")
        #expect(table.header.metadata?.tableID == "DT_1B040A3")
        #expect(table.rows.count == 18)
        #expect(table.lines == Array(3...20))
        #expect(table.rows[0].prefix(3) == ["전국", "47732558", "23962088"])
        #expect(table.rows.allSatisfy { $0.count == 76 })
        #expect(table.outcome.sheet == "데이터")
    }

    @Test func bothFormsGiveTheSameRows() throws {
        let xlsx = try Self.extract("\(Self.folder)/\(Self.register).xlsx", headerRows: 2)
        let xls = try Self.extract("\(Self.folder)/\(Self.register).xls", headerRows: 2)
        #expect(xlsx.header.rows == xls.header.rows)
        #expect(xlsx.rows == xls.rows)
    }

    @Test func aDeclaredSheetThatIsNotThereIsNamedWithTheSheetsThereAre() throws {
        var read = Self.read()
        read.sheet = "표"
        #expect {
            _ = try Self.extract("\(Self.folder)/\(Self.register).xlsx", headerRows: 2, read: read)
        } throws: { "\($0)" == "d.xlsx: no sheet \"표\" (sheets: 데이터, 메타정보)" }
    }

    @Test func fewerHeaderRowsThanDeclaredIsAnError() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/a.csv"
        try "시도별,2020\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try TableExtractor(
                read: Self.read(), headerRowCount: 3, path: path, displayPath: "a.csv"
            ).extract(onHeader: { _ in }, onRow: { _ in })
        } throws: { "\($0)" == "a.csv: fewer than 3 header rows" }
    }

    @Test(arguments: [
        ("4.7732558E7", "47732558"), ("5166605.0", "5166605"), ("-1.5E-3", "-0.0015"),
        ("0.0020", "0.002"), ("1E3", "1000"), ("-0.0", "0"), ("12.50", "12.5"), ("7", "7"),
        ("2.5e+2", "250"), ("INF", "INF"), ("NaN", "NaN"), ("1.2.3", "1.2.3"), ("1E", "1E"),
        ("1E999", "1E999"), ("-0", "0"), ("007", "7"), ("-12.5", "-12.5"), ("0", "0"),
        ("0.5", "0.5"), ("+3", "3"), (".5", "0.5"), ("5.", "5"), ("-", "-"), ("-00.10", "-0.1"),
    ])
    func numbersAsPlainDecimals(written: String, plain: String) {
        #expect(PlainDecimal.text(written) == plain)
    }

    @Test func placesInASheetAreSheetAndCell() {
        #expect(
            SourcePlace.text(file: "a.xlsx", line: 14, column: 3, sheet: "데이터") == "a.xlsx:데이터!C14")
        #expect(
            SourcePlace.text(file: "a.xlsx", line: 14, column: nil, sheet: "데이터") == "a.xlsx:데이터!14"
        )
        #expect(SourcePlace.text(file: "a.csv", line: 14, column: 3) == "a.csv:14:3")
    }

    @Test func mergedHeaderCellsLeftEmptyTakeTheTextOnTheirLeft() {
        let header = TableHeader(
            rows: [["시도별", "2020", "", "2021"], ["시도별", "a (명)", "b (명)", "a (명)"]],
            lines: [1, 2])
        #expect(header.rows[0] == ["시도별", "2020", "2020", "2021"])
        #expect(header.names == ["시도별", "a (명)", "b (명)", "a (명)"])
        #expect(header.label(of: 0) == "시도별")
        #expect(header.label(of: 2) == "2020 / b (명)")
    }

    @Test func aWorkbookIsKnownByItsFirstBytesWhateverItsName() throws {
        let folder = try TemporaryFolder()
        for (name, form) in [("xlsx", TableForm.xlsx), ("xls", .xls)] {
            let copy = "\(folder.path)/download.\(name).bin"
            try FileManager.default.copyItem(
                atPath: "\(Self.folder)/\(Self.register).\(name)", toPath: copy)
            #expect(TableForm.of(path: copy) == form)
        }
        let csv = "\(folder.path)/table.dat"
        try "a,b\n".write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(TableForm.of(path: csv) == .csv)
    }
}
