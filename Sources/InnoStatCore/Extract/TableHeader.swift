/// The header rows of a table, top to bottom, each as wide as the widest: in every row but the
/// last, an empty cell right of a filled one takes its text, as a merged cell (`2000` over its
/// three items) means.
struct TableHeader: Equatable {
    let rows: [[String]]
    /// The line (CSV) or row number (sheet) of each header row.
    let lines: [Int]
    /// What a KOSIS workbook's metadata sheet says of the table (its notes on members).
    var metadata: KOSISMetadata?
    /// The sheet of a workbook the table is on.
    var sheet: String?

    init(rows: [[String]], lines: [Int]) {
        let width = rows.map(\.count).max() ?? 0
        var filled: [[String]] = []
        for (number, row) in rows.enumerated() {
            var cells = row + Array(repeating: "", count: width - row.count)
            if number < rows.count - 1 {
                for column in cells.indices.dropFirst() where cells[column].isEmpty {
                    cells[column] = cells[column - 1]
                }
            }
            filled.append(cells)
        }
        self.rows = filled
        self.lines = lines
    }

    /// One header row: its cells are the column names.
    init(names: [String], line: Int) {
        self.init(rows: [names], lines: [line])
    }

    var width: Int { rows.first?.count ?? 0 }

    /// The names of the columns, as the last header row gives them: a row dimension's name is
    /// repeated down every header row, and an upper row may leave it empty.
    var names: [String] { rows.last ?? [] }

    /// The column as a reader is shown it: its header texts top to bottom, a text repeated
    /// from the row above written once (`2000 / 총인구수 (명)`).
    func label(of column: Int) -> String {
        var texts: [String] = []
        for row in rows where !row[column].isEmpty && texts.last != row[column] {
            texts.append(row[column])
        }
        return texts.joined(separator: " / ")
    }
}
