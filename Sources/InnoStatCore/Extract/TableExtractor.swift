import CSVStream
import Foundation

/// Streams a source file as header rows and data rows, whatever its form (CSV, xlsx, xls):
/// skips the declared preamble and comment rows, and hands each data row on with its line
/// (or sheet row).
struct TableExtractor {
    let read: ReadSpec
    /// How many header rows the table has (`wide.header_rows`; one otherwise).
    let headerRowCount: Int
    let path: String
    let displayPath: String

    /// Rows between two progress reports.
    static let progressInterval = 8192

    /// What reading the file found besides its rows.
    struct Outcome {
        var encoding: TextEncoding?
        var encodingWarning: EncodingWarning?
        /// The sheet read, for a workbook.
        var sheet: String?
    }

    /// Calls `onHeader` once, then `onRow` for each data row. A file with no header, or with a
    /// header and no data row, is an error naming the file: loading it would retire every
    /// figure it held.
    func extract(
        onHeader: (TableHeader) throws -> Void,
        onRow: (any TableRow) throws -> Void,
        onProgress: ((_ rows: Int, _ bytes: Int) -> Void)? = nil
    ) throws -> Outcome {
        var table = TableAssembler(read: read, headerRowCount: headerRowCount)
        let outcome: Outcome
        let form = TableForm.of(path: path)
        if TableForm.isGzip(path: path) {
            throw SourceFileError(
                file: displayPath,
                message: "is gzip-compressed (a .gz download): unpack it first, e.g. gunzip")
        }
        switch form {
        case .csv:
            outcome = try extractCSV(&table, onHeader, onRow, onProgress)
        case .xlsx, .xls:
            let sheets = try SheetExtractor(
                read: read, form: form, path: path, displayPath: displayPath)
            (table.metadata, table.sheet) = (sheets.metadata, sheets.sheet)
            try sheets.forEachRow { row in
                try table.take(row, onHeader: onHeader, onRow: onRow, file: displayPath)
            }
            outcome = Outcome(sheet: sheets.sheet)
        case .json:
            let reply = try JSONTableExtractor(read: read, path: path, displayPath: displayPath)
            try reply.forEachRow { row in
                try table.take(row, onHeader: onHeader, onRow: onRow, file: displayPath)
            }
            outcome = Outcome()
        }
        try table.finish(file: displayPath, sheet: outcome.sheet)
        return outcome
    }

    private func extractCSV(
        _ table: inout TableAssembler, _ onHeader: (TableHeader) throws -> Void,
        _ onRow: (any TableRow) throws -> Void, _ onProgress: ((Int, Int) -> Void)?
    ) throws -> Outcome {
        let delimiter = CSVReplyShape.delimiter(
            path: path, declared: read.delimiterIsDeclared ? read.delimiter : nil)
        let reader = try CSVReader(
            path: path, displayPath: displayPath,
            options: CSVReaderOptions(
                delimiter: delimiter, encoding: read.encoding, strayQuotes: read.strayQuotes,
                maxFieldBytes: read.maxFieldBytes))
        var shape = CSVReplyShape()
        try reader.forEachRecord { record in
            if table.isHeaderRow, let error = Reject.overlongHeaderError(record, file: displayPath)
            {
                throw error
            }
            try shape.rows(of: record, file: displayPath) { row in
                try table.take(row, onHeader: onHeader, onRow: onRow, file: displayPath)
            }
            if let onProgress, table.rows > 0, table.rows % Self.progressInterval == 0 {
                onProgress(table.rows, reader.bytesRead)
            }
        }
        return Outcome(encoding: reader.detectedEncoding, encodingWarning: reader.encodingWarning)
    }
}

/// Sorts a file's rows, in order, into comments, preamble, header rows and data rows.
struct TableAssembler {
    let read: ReadSpec
    let headerRowCount: Int
    private var preamble = 0
    private var headerRows: [[String]] = []
    private var headerLines: [Int] = []
    private var derivedColumns: DerivedColumns?
    private(set) var rows = 0
    /// Handed on with the header.
    var metadata: KOSISMetadata?
    var sheet: String?

    init(read: ReadSpec, headerRowCount: Int) {
        self.read = read
        self.headerRowCount = headerRowCount
    }

    /// Whether the next row that is not a comment or preamble is a header row.
    var isHeaderRow: Bool { headerRows.count < headerRowCount }

    mutating func take(
        _ row: any TableRow, onHeader: (TableHeader) throws -> Void,
        onRow: (any TableRow) throws -> Void, file: String
    ) throws {
        if let comment = read.commentPrefix, row.count > 0, row[0].hasPrefix(comment) { return }
        if preamble < read.skipRecords {
            preamble += 1
            return
        }
        if isHeaderRow {
            headerRows.append((0..<row.count).map { trimmed(row[$0]) })
            headerLines.append(row.line)
            if !isHeaderRow {
                if !read.derive.isEmpty, let names = headerRows.last {
                    let derived = try DerivedColumns(read.derive, header: names, file: file)
                    derivedColumns = derived
                    let width = headerRows.map(\.count).max() ?? 0
                    headerRows = headerRows.map {
                        $0 + Array(repeating: "", count: width - $0.count) + derived.names
                    }
                }
                var header = TableHeader(rows: headerRows, lines: headerLines)
                (header.metadata, header.sheet) = (metadata, sheet)
                try onHeader(header)
            }
            return
        }
        try onRow(derivedColumns?.row(row) ?? row)
        rows += 1
    }

    func finish(file: String, sheet: String?) throws {
        let place = sheet.map { "\(file):\($0)" } ?? file
        if headerRows.count < headerRowCount {
            let wanted =
                headerRowCount == 1 ? "no header row" : "fewer than \(headerRowCount) header rows"
            throw SourceFileError(file: place, message: wanted)
        }
        if rows == 0 {
            throw SourceFileError(
                file: place, line: headerLines.last,
                message: "no data rows after the header: a file with only its header is refused")
        }
    }
}
