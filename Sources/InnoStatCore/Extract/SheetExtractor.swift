import XLSStream
import XLSXStream

/// The rows of the data sheet of a workbook (xlsx streamed, xls through libfreexl), each
/// padded to the widest row seen, and the workbook's KOSIS metadata sheet.
struct SheetExtractor {
    let sheet: String
    let metadata: KOSISMetadata?
    private let source: Source

    private enum Source {
        case xlsx(XLSXWorkbook)
        case xls(XLSWorkbook)
    }

    /// The sheet KOSIS writes its table in.
    static let kosisDataSheet = "데이터"

    init(read: ReadSpec, form: TableForm, path: String, displayPath: String) throws {
        let names: [String]
        if form == .xls {
            let workbook = try XLSWorkbook(path: path, displayPath: displayPath)
            (source, names) = (.xls(workbook), workbook.sheetNames)
        } else {
            let workbook = try XLSXWorkbook(path: path, displayPath: displayPath)
            (source, names) = (.xlsx(workbook), workbook.sheetNames)
        }
        sheet = try Self.dataSheet(read.sheet, among: names, file: displayPath)
        metadata =
            names.contains(KOSISMetadata.sheetName) && sheet != KOSISMetadata.sheetName
            ? KOSISMetadata(sheetRows: try Self.rows(of: source, sheet: KOSISMetadata.sheetName))
            : nil
    }

    /// The declared sheet, else KOSIS's `데이터`, else the first.
    static func dataSheet(_ declared: String?, among names: [String], file: String) throws
        -> String
    {
        if let declared {
            guard names.contains(declared) else {
                throw SourceFileError(
                    file: file,
                    message: "no sheet \"\(declared)\" (sheets: \(names.joined(separator: ", ")))")
            }
            return declared
        }
        if names.contains(kosisDataSheet) { return kosisDataSheet }
        guard let first = names.first else {
            throw SourceFileError(file: file, message: "the workbook has no sheet")
        }
        return first
    }

    /// Calls `body` with each row that has a cell with text, as wide as the widest so far.
    func forEachRow(_ body: (SheetRow) throws -> Void) throws {
        var width = 0
        func take(_ row: XLSXRow) throws {
            guard row.cells.contains(where: { !$0.isBlank }) else { return }
            width = max(width, row.cells.last?.column ?? 0)
            var fields = Array(repeating: "", count: width)
            for cell in row.cells { fields[cell.column - 1] = Self.text(of: cell) }
            try body(SheetRow(line: row.number, fields: fields))
        }
        switch source {
        case .xlsx(let workbook): try workbook.forEachRow(inSheet: sheet, take)
        case .xls(let workbook): for row in try workbook.rows(inSheet: sheet) { try take(row) }
        }
    }

    /// A cell's text, a number as plain decimal digits.
    static func text(of cell: XLSXCell) -> String {
        if case .number(_, let written) = cell.value { return PlainDecimal.text(written) }
        return cell.text
    }

    private static func rows(of source: Source, sheet: String) throws -> [XLSXRow] {
        switch source {
        case .xlsx(let workbook): try workbook.rows(inSheet: sheet)
        case .xls(let workbook): try workbook.rows(inSheet: sheet)
        }
    }
}
