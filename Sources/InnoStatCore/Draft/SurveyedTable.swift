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
    /// A JSON-stat collection's dataset drafted from (the first), when it holds several.
    private(set) var dataset: String?
    private(set) var datasetCount = 1

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
            encoding = try Self.readCSV(path: path, displayPath: displayPath, take)
            (sheet, metadata) = (nil, nil)
        case .json:
            let reply = try JSONTableExtractor(
                read: Self.read, path: path, displayPath: displayPath, firstOfSeveral: true)
            datasetCount = reply.datasetCount
            if datasetCount > 1 { dataset = "1" }
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

    /// A CSV file's records (a `.tsv` with tabs), a Eurostat TSV as its long rows, labelled
    /// SDMX-CSV as codes; returns the encoding found.
    private static func readCSV(
        path: String, displayPath: String, _ take: (Int, [String]) throws -> Void
    ) throws -> TextEncoding? {
        let reader = try CSVReader(
            path: path, displayPath: displayPath,
            options: CSVReaderOptions(
                delimiter: CSVReplyShape.delimiter(path: path, declared: nil), encoding: .auto))
        var shape = CSVReplyShape()
        try reader.forEachRecord { record in
            try shape.rows(of: record, file: displayPath) { try take($0.line, $0.fields) }
        }
        return reader.detectedEncoding
    }

    private static let read = ReadSpec(
        encoding: .auto, delimiter: UInt8(ascii: ","), commentPrefix: nil, skipRecords: 0,
        strayQuotes: .reject)
}
