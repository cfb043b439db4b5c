import Foundation
import Testing

@testable import XLSXStream

/// The xlsx reader against an independent reader (Python's zipfile and xml.etree, in
/// `Fixtures/*.cells.tsv`) on real KOSIS downloads and hand-made workbooks, and against
/// hostile ones.
struct XLSXWorkbookTests {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path

    static let kosisFiles = [
        "행정구역_시군구_별__성별_인구수_20250626192009",
        "대학_개황_20250626194556",
        "시도별_공공의료기관_기능별_기관_수_20250626194928",
        "국가_온실가스_종류별_배출량_추이_20220901230419",
    ]

    /// Every cell of every sheet as the `.cells.tsv` files write them.
    static func cells(of name: String) throws -> String {
        let book = try XLSXWorkbook(path: "\(fixtures)/\(name).xlsx", displayPath: "\(name).xlsx")
        var lines: [String] = []
        for sheet in book.sheetNames {
            lines.append("# \(sheet)")
            try book.forEachRow(inSheet: sheet) { row in
                for cell in row.cells {
                    let text = cell.text.replacingOccurrences(of: "\t", with: "\\t")
                        .replacingOccurrences(of: "\n", with: "\\n")
                    lines.append("\(row.number)\t\(cell.column)\t\(text)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: kosisFiles)
    func aKOSISDownloadReadsAsTheIndependentReaderReadsIt(name: String) throws {
        let expected = try String(
            contentsOfFile: "\(Self.fixtures)/\(name).cells.tsv", encoding: .utf8)
        #expect(try Self.cells(of: name) == expected)
    }

    @Test func sheetsAreFoundThroughTheRelationshipsInWorkbookOrder() throws {
        let book = try XLSXWorkbook(path: "\(Self.fixtures)/\(Self.kosisFiles[0]).xlsx")
        #expect(book.sheetNames == ["데이터", "메타정보"])
        let meta = try book.rows(inSheet: "메타정보").flatMap(\.cells).map(\.text)
        #expect(meta.contains { $0.hasPrefix("○ 통계표ID") })
        #expect(XLSXWorkbook.entryName("worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml")
        #expect(
            XLSXWorkbook.entryName("/xl/worksheets/../worksheets/data.xml")
                == "xl/worksheets/data.xml")
        #expect(XLSXWorkbook.entryName("../../../etc/passwd") == "etc/passwd")
    }

    /// The nation's register population 2000-2024, as the RawData CSV converted from this
    /// very workbook holds it (its second line; the numbers are ASCII in its CP949).
    @Test func theRegisterPopulationMatchesTheCSVConvertedFromIt() throws {
        let book = try XLSXWorkbook(path: "\(Self.fixtures)/\(Self.kosisFiles[0]).xlsx")
        let rows = try book.rows(inSheet: "데이터")
        let items = rows[1].cells
        let nation = try #require(rows.first { $0.cells.first?.text == "전국" })
        let totals = nation.cells.filter { cell in
            items.contains { $0.column == cell.column && $0.text == "총인구수 (명)" }
        }
        let bytes = try Data(
            contentsOf: URL(
                fileURLWithPath: TestPaths.packageRoot
                    + "/Tests/EndToEndTests/Fixtures/kosis/주민등록인구_시도별_2000_2024.csv"))
        let line = try #require(bytes.split(separator: UInt8(ascii: "\n")).dropFirst().first)
        let fields = line.split(separator: UInt8(ascii: ","))
            .map {
                String(decoding: $0.filter { $0 != UInt8(ascii: "\"") && $0 != 13 }, as: UTF8.self)
            }
        #expect(totals.count == 25)
        let numbers = totals.map { cell -> String in
            guard case .number(let number, _) = cell.value else { return cell.text }
            return String(Int(number))
        }
        #expect(numbers == Array(fields.suffix(25)))
    }

    @Test(arguments: [
        (1, "A"), (2, "B"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (74, "BV"),
        (702, "ZZ"), (703, "AAA"),
    ])
    func columnLetters(column: Int, letters: String) {
        #expect(CellReference.columnName(column) == letters)
    }

    /// The sheet is scanned for `<mergeCells` before its rows are read; the mark may fall
    /// across two of the chunks it is inflated in.
    @Test func mergedRangesAcrossAChunkBoundaryAreFound() throws {
        let book = try XLSXWorkbook(path: "\(Self.fixtures)/straddle.xlsx")
        let rows = try book.rows(inSheet: "표")
        #expect(rows.map { $0.cells.map(\.text) } == [["merged", "merged", "merged"]])
    }

    @Test func cellKindsAndMergedRanges() throws {
        let book = try XLSXWorkbook(path: "\(Self.fixtures)/kinds.xlsx")
        let rows = try book.rows(inSheet: "표")
        #expect(rows.map(\.number) == [1, 3, 4, 5])
        #expect(
            rows[0].cells == [
                XLSXCell(column: 1, value: .text("시점")),
                XLSXCell(column: 2, value: .text("inline")),
                XLSXCell(column: 4, value: .boolean(true)),
                XLSXCell(column: 5, value: .error("#DIV/0!")),
            ])
        #expect(
            rows[1].cells == [
                XLSXCell(column: 1, value: .text("총인구수 (명)")),
                XLSXCell(column: 2, value: .number(47_732_558, written: "4.7732558E7")),
                XLSXCell(column: 3, value: .number(-0.5, written: "-0.5")),
                XLSXCell(column: 6, value: .text("formula text")),
            ])
        #expect(rows[2].cells.map(\.text) == ["merged", "merged", "merged"])
        #expect(rows[2].cells.map(\.column) == [1, 2, 3])
        // A date cell is its ISO text; an empty value or a cell with only a style is no cell.
        #expect(rows[3].cells == [XLSXCell(column: 1, value: .text("2024-03-31"))])
    }

    /// Short integers are read from their bytes, every other form through `Double`: both give
    /// the same numbers, and the text stays as written (the independent reader's cells).
    @Test func numberFormsKeepTheirTextAndValue() throws {
        let expected = try String(
            contentsOfFile: "\(Self.fixtures)/numbers.cells.tsv", encoding: .utf8)
        #expect(try Self.cells(of: "numbers") == expected)
        let cells = try XLSXWorkbook(path: "\(Self.fixtures)/numbers.xlsx")
            .rows(inSheet: "표").flatMap(\.cells)
        let values = cells.map { cell -> Double? in
            guard case .number(let number, _) = cell.value else { return nil }
            return number
        }
        #expect(values == [-12, 1_234_567_890_123_456, 1, 5, 1500, 0, 999_999_999_999_999])
        let negativeZero = try #require(values.count == 7 ? values[5] : nil)
        #expect(negativeZero.sign == .minus)
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        let file: String
        let message: String
        var testDescription: String { file }
    }

    static let refusals = [
        Refusal(
            file: "bomb.xlsx",
            message: "bomb.xlsx: xl/worksheets/data.xml: inflates 1022 times (20512 to 20971653 "
                + "bytes), more than the limit of 200"),
        Refusal(
            file: "doctype.xlsx",
            message: "doctype.xlsx: xl/worksheets/data.xml: has a DTD (<!DOCTYPE>), which a "
                + "workbook never needs: refused"),
        Refusal(
            file: "laughs.xlsx",
            message: "laughs.xlsx: xl/worksheets/data.xml: has a DTD (<!DOCTYPE>), which a "
                + "workbook never needs: refused"),
        Refusal(
            file: "broken.xlsx",
            message: "broken.xlsx: xl/worksheets/data.xml:1: not well-formed XML (Extra content "
                + "at the end of the document)"),
        Refusal(
            file: "badshared.xlsx",
            message: "badshared.xlsx:표!C2: shared string 9 does not exist"),
        Refusal(file: "badnumber.xlsx", message: "badnumber.xlsx:표!A1: \"12abc\" is not a number"),
    ]

    @Test(arguments: refusals)
    func aHostileOrBrokenWorkbookIsRefusedInOneLine(_ refusal: Refusal) throws {
        let error = #expect(throws: XLSXError.self) {
            let book = try XLSXWorkbook(
                path: "\(Self.fixtures)/\(refusal.file)", displayPath: refusal.file)
            try book.forEachRow(inSheet: "표") { _ in }
        }
        #expect(error?.description == refusal.message)
    }

    @Test func aFileThatIsNotAZipSaysSo() throws {
        let error = #expect(throws: XLSXError.self) {
            _ = try XLSXWorkbook(path: "\(Self.fixtures)/notzip.xlsx", displayPath: "notzip.xlsx")
        }
        #expect(
            error?.description == "notzip.xlsx: not a readable xlsx workbook (not a zip archive)")
        let missing = #expect(throws: XLSXError.self) {
            try XLSXWorkbook(path: "\(Self.fixtures)/\(Self.kosisFiles[0]).xlsx")
                .forEachRow(inSheet: "Sheet1") { _ in }
        }
        #expect(
            missing?.description.hasSuffix("no sheet named \"Sheet1\" (sheets: 데이터, 메타정보)") == true)
    }
}
