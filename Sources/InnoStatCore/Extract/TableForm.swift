import Foundation

/// The form of a table file: its extension says, else its first bytes (a zip archive is an
/// xlsx workbook, an OLE2 compound file a legacy xls one, `{` or `[` a JSON reply); anything
/// else is read as CSV.
enum TableForm: Equatable {
    case csv, xlsx, xls, json

    private static let byExtension: [String: TableForm] = [
        "xlsx": .xlsx, "xls": .xls, "csv": .csv, "tsv": .csv, "txt": .csv, "json": .json,
    ]

    /// Whether the file starts as gzip does (`1F 8B`): a `.tsv.gz` bulk download.
    static func isGzip(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: 2)) ?? Data()) == [0x1F, 0x8B]
    }

    static func of(path: String) -> TableForm {
        if let form = byExtension[(path as NSString).pathExtension.lowercased()] { return form }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .csv }
        defer { try? handle.close() }
        let magic = [UInt8]((try? handle.read(upToCount: 64)) ?? Data())
        if magic.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        if magic.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .xls }
        let first = magic.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .json }
        return .csv
    }
}
