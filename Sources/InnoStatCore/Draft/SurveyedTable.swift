import CSVStream

/// Every row of a table file as text, for drafting a pipeline: a workbook's data sheet (its
/// numbers as plain decimals) or a CSV file's records, rows with no text left out, each as wide
/// as the widest.
struct SurveyedTable {
    struct Row {
        /// The CSV line or the sheet's row number.
        let line: Int
        let cells: [String]
    }

    /// A draft reads the whole table; beyond this many cells it is refused.
    static let maxCells = 4_000_000

    let form: TableForm
    let rows: [Row]
    let sheet: String?
    let metadata: KOSISMetadata?
    let encoding: TextEncoding?

    init(path: String, displayPath: String) throws {
        form = TableForm.of(path: path)
        var rows: [Row] = []
        var cells = 0
        func take(_ line: Int, _ fields: [String]) throws {
            guard fields.contains(where: { !trimmed($0).isEmpty }) else { return }
            cells += fields.count
            if cells > Self.maxCells {
                throw SourceFileError(
                    file: displayPath,
                    message: "more than \(Self.maxCells) cells: too large to draft a pipeline from")
            }
            rows.append(Row(line: line, cells: fields))
        }
        switch form {
        case .csv:
            let reader = try CSVReader(
                path: path, displayPath: displayPath,
                options: CSVReaderOptions(delimiter: UInt8(ascii: ","), encoding: .auto))
            try reader.forEachRecord { try take($0.line, $0.fields) }
            (sheet, metadata, encoding) = (nil, nil, reader.detectedEncoding)
        case .json:
            let reply = try JSONTableExtractor(
                read: Self.read, path: path, displayPath: displayPath)
            try reply.forEachRow { try take($0.line, $0.fields) }
            (sheet, metadata, encoding) = (nil, nil, nil)
        case .xlsx, .xls:
            let read = Self.read
            let extractor = try SheetExtractor(
                read: read, form: form, path: path, displayPath: displayPath)
            try extractor.forEachRow { try take($0.line, $0.fields) }
            (sheet, metadata, encoding) = (extractor.sheet, extractor.metadata, nil)
        }
        let width = rows.map(\.cells.count).max() ?? 0
        self.rows = rows.map {
            Row(
                line: $0.line, cells: $0.cells + Array(repeating: "", count: width - $0.cells.count)
            )
        }
    }

    var width: Int { rows.first?.cells.count ?? 0 }

    private static let read = ReadSpec(
        encoding: .auto, delimiter: UInt8(ascii: ","), commentPrefix: nil, skipRecords: 0,
        strayQuotes: .reject)
}
