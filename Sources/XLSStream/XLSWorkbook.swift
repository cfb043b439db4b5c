import CFreeXL
import XLSXStream

#if canImport(Glibc)
    import Glibc
#endif

/// A legacy Excel workbook (`.xls`, BIFF; KOSIS's default download) read through libfreexl
/// into the same rows and cells as ``XLSXWorkbook`` gives. libfreexl reads the whole file, so
/// a file past `maxBytes` is refused before it is opened (a BIFF sheet holds at most 65,536
/// rows).
public final class XLSWorkbook {
    public static let maxBytes = 64 * 1024 * 1024

    public let sheetNames: [String]
    private let handle: UnsafeRawPointer
    private let file: String

    public init(path: String, displayPath: String? = nil) throws {
        let file = displayPath ?? path
        self.file = file
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            throw XLSXError(
                file: file,
                message: "cannot open: " + reason.prefix(1).lowercased() + reason.dropFirst())
        }
        if Int(status.st_size) > Self.maxBytes {
            throw XLSXError(
                file: file,
                message:
                    "\(status.st_size) bytes, more than the \(Self.maxBytes) an .xls may have here")
        }
        var opened: UnsafeRawPointer?
        let code = freexl_open(path, &opened)
        guard code == FREEXL_OK, let opened else {
            if let opened { freexl_close(opened) }
            throw XLSXError(
                file: file, message: "not a readable .xls workbook (freexl error \(code))")
        }
        handle = opened
        var count: UInt32 = 0
        freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &count)
        var names: [String] = []
        for index in 0..<UInt16(clamping: count) {
            var name: UnsafePointer<CChar>?
            freexl_get_worksheet_name(handle, index, &name)
            names.append(name.map { String(cString: $0) } ?? "Sheet\(index + 1)")
        }
        sheetNames = names
    }

    deinit { freexl_close(handle) }

    /// The rows of sheet `name` that have cells, in order.
    public func rows(inSheet name: String) throws -> [XLSXRow] {
        guard let index = sheetNames.firstIndex(of: name) else {
            throw XLSXError(
                file: file,
                message:
                    "no sheet named \"\(name)\" (sheets: \(sheetNames.joined(separator: ", ")))")
        }
        guard freexl_select_active_worksheet(handle, UInt16(index)) == FREEXL_OK else {
            throw XLSXError(file: file, place: name, message: "cannot select the sheet")
        }
        var rowCount: UInt32 = 0
        var columnCount: UInt16 = 0
        freexl_worksheet_dimensions(handle, &rowCount, &columnCount)
        var rows: [XLSXRow] = []
        for row in 0..<rowCount {
            var cells: [XLSXCell] = []
            for column in 0..<columnCount {
                var value = FreeXL_CellValue()
                guard freexl_get_cell_value(handle, row, column, &value) == FREEXL_OK,
                    let cell = Self.value(value)
                else { continue }
                cells.append(XLSXCell(column: Int(column) + 1, value: cell))
            }
            if !cells.isEmpty { rows.append(XLSXRow(number: Int(row) + 1, cells: cells)) }
        }
        return rows
    }

    private static func value(_ cell: FreeXL_CellValue) -> XLSXCell.Value? {
        switch Int32(cell.type) {
        case FREEXL_CELL_INT:
            let number = cell.value.int_value
            return .number(Double(number), written: String(number))
        case FREEXL_CELL_DOUBLE:
            let number = cell.value.double_value
            return .number(number, written: "\(number)")
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT, FREEXL_CELL_DATE, FREEXL_CELL_DATETIME,
            FREEXL_CELL_TIME:
            guard let text = cell.value.text_value else { return nil }
            let string = String(cString: text)
            return string.isEmpty ? nil : .text(string)
        default:
            return nil
        }
    }
}
