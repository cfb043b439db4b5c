import Foundation
import Testing
import XLSXStream

@testable import XLSStream

/// The `.xls` form of each KOSIS download (LibreOffice's BIFF8) reads to the same sheets and
/// cells as its `.xlsx`: texts equal, numbers equal in value.
struct XLSWorkbookTests {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path
    static let xlsxFixtures = TestPaths.packageRoot + "/Tests/XLSXStreamTests/Fixtures"

    static let files = [
        "행정구역_시군구_별__성별_인구수_20250626192009",
        "대학_개황_20250626194556",
        "시도별_공공의료기관_기능별_기관_수_20250626194928",
        "국가_온실가스_종류별_배출량_추이_20220901230419",
    ]

    /// A cell as both forms must agree on it.
    static func comparable(_ cell: XLSXCell) -> String {
        if case .number(let number, _) = cell.value { return "\(cell.column)=\(number)" }
        return "\(cell.column):\(cell.text)"
    }

    @Test(arguments: files)
    func theXLSFormReadsAsTheXLSX(name: String) throws {
        let xls = try XLSWorkbook(path: "\(Self.fixtures)/\(name).xls")
        let xlsx = try XLSXWorkbook(path: "\(Self.xlsxFixtures)/\(name).xlsx")
        #expect(xls.sheetNames == xlsx.sheetNames)
        for sheet in xlsx.sheetNames {
            let expected = try xlsx.rows(inSheet: sheet).filter { row in
                row.cells.contains { !$0.text.isEmpty }
            }
            let actual = try xls.rows(inSheet: sheet)
            #expect(actual.map(\.number) == expected.map(\.number), "\(sheet)")
            for (got, want) in zip(actual, expected) {
                #expect(
                    got.cells.map(Self.comparable)
                        == want.cells.filter { !$0.text.isEmpty }.map(Self.comparable),
                    "\(sheet) row \(want.number)")
            }
        }
    }

    @Test func aFileThatIsNotAnXLSSaysSo() throws {
        let error = #expect(throws: XLSXError.self) {
            _ = try XLSWorkbook(
                path: "\(Self.xlsxFixtures)/notzip.xlsx", displayPath: "notzip.xls")
        }
        #expect(error?.description.hasPrefix("notzip.xls: not a readable .xls workbook") == true)
        let missing = #expect(throws: XLSXError.self) {
            _ = try XLSWorkbook(path: "/nonexistent.xls", displayPath: "gone.xls")
        }
        #expect(missing?.description == "gone.xls: cannot open: no such file or directory")
    }
}
