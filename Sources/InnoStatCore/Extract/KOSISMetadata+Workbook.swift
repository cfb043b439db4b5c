import XLSXStream

extension KOSISMetadata {
    /// The name of the sheet KOSIS writes its metadata in.
    public static let sheetName = "메타정보"

    /// The metadata sheet of a KOSIS workbook; nil when it has none.
    public init?(workbook: XLSXWorkbook) throws {
        guard workbook.sheetNames.contains(Self.sheetName) else { return nil }
        let rows = try workbook.rows(inSheet: Self.sheetName).map { row in
            (1...max(2, row.cells.last?.column ?? 2)).map { column in
                row.cells.first { $0.column == column }?.text ?? ""
            }
        }
        self.init(rows: rows)
    }
}
