/// Where in a file something is, as every diagnostic writes it: `file:line:column`,
/// `file:line` or `file` (a column counts only with its line).
enum SourcePlace {
    static func text(file: String, line: Int?, column: Int?) -> String {
        guard let line else { return file }
        return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }
}
