import XLSXStream

extension KOSISMetadata {
    /// The name of the sheet KOSIS writes its metadata in.
    public static let sheetName = "메타정보"

    /// The metadata sheet of a KOSIS workbook; nil when it has none.
    public init?(workbook: XLSXWorkbook) throws {
        guard workbook.sheetNames.contains(Self.sheetName) else { return nil }
        self.init(sheetRows: try workbook.rows(inSheet: Self.sheetName))
    }

    /// Reads the metadata sheet's rows, each as wide as its last cell (at least two columns).
    init(sheetRows: [XLSXRow]) {
        let rows = sheetRows.map { row in
            var cells = Array(repeating: "", count: max(2, row.cells.last?.column ?? 2))
            for cell in row.cells { cells[cell.column - 1] = cell.text }
            return cells
        }
        self.init(rows: rows)
    }
}
