/// Where in a file something is, as every diagnostic writes it: `file:line:column`,
/// `file:line` or `file` (a column counts only with its line); in a workbook's sheet
/// `file.xlsx:데이터!C14`, `file.xlsx:데이터!14` or `file.xlsx:데이터`.
enum SourcePlace {
    static func text(file: String, line: Int?, column: Int?, sheet: String? = nil) -> String {
        if let sheet {
            guard let line else { return "\(file):\(sheet)" }
            return "\(file):\(sheet)!\(column.map(columnLetters) ?? "")\(line)"
        }
        guard let line else { return file }
        return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }

    /// The spreadsheet letters of a 1-based column: 1 → A, 27 → AA.
    static func columnLetters(_ column: Int) -> String {
        var number = column
        var letters: [Character] = []
        while number > 0 {
            let digit = (number - 1) % 26
            letters.insert(Character(UnicodeScalar(UInt8(65 + digit))), at: 0)
            number = (number - 1) / 26
        }
        return String(letters)
    }
}
