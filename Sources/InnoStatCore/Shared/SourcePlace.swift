import XLSXStream

/// Where in a file something is, as every diagnostic writes it: `file:line:column`,
/// `file:line` or `file` (a column counts only with its line); in a workbook's sheet
/// `file.xlsx:데이터!C14`, `file.xlsx:데이터!14` or `file.xlsx:데이터`.
enum SourcePlace {
    static func text(file: String, line: Int?, column: Int?, sheet: String? = nil) -> String {
        if let sheet {
            guard let line else { return "\(file):\(sheet)" }
            return "\(file):\(sheet)!\(column.map(CellReference.columnName) ?? "")\(line)"
        }
        guard let line else { return file }
        return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }
}
