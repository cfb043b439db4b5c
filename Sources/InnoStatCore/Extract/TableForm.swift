import Foundation

/// The form of a table file: its extension says, else its first bytes (a zip archive is an
/// xlsx workbook, an OLE2 compound file a legacy xls one); anything else is read as CSV.
enum TableForm: Equatable {
    case csv, xlsx, xls

    private static let byExtension: [String: TableForm] = [
        "xlsx": .xlsx, "xls": .xls, "csv": .csv, "tsv": .csv, "txt": .csv,
    ]

    static func of(path: String) -> TableForm {
        if let form = byExtension[(path as NSString).pathExtension.lowercased()] { return form }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .csv }
        defer { try? handle.close() }
        let magic = [UInt8]((try? handle.read(upToCount: 4)) ?? Data())
        if magic == [0x50, 0x4B, 0x03, 0x04] { return .xlsx }
        if magic == [0xD0, 0xCF, 0x11, 0xE0] { return .xls }
        return .csv
    }
}
