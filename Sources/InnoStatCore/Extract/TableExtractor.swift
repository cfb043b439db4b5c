import CSVStream

/// Streams a source file as header + data rows: skips the declared preamble and comment
/// records, and hands each data row on with its physical line.
struct TableExtractor {
    let read: ReadSpec
    let path: String
    let displayPath: String

    /// Rows between two progress reports.
    static let progressInterval = 8192

    struct Counts {
        var comments = 0
        var preamble = 0
    }

    /// Calls `onHeader` once, then `onRow` for each data record. A file with no header row, or
    /// with a header and no data row, is an error naming the file: loading it would retire
    /// every figure it held.
    func extract(
        onHeader: ([String], Int) throws -> Void,
        onRow: (CSVRecord) throws -> Void,
        onProgress: ((_ rows: Int, _ bytes: Int) -> Void)? = nil
    ) throws -> (counts: Counts, encoding: TextEncoding?, encodingWarning: EncodingWarning?) {
        let reader = try CSVReader(
            path: path, displayPath: displayPath,
            options: CSVReaderOptions(
                delimiter: read.delimiter, encoding: read.encoding, strayQuotes: read.strayQuotes,
                maxFieldBytes: read.maxFieldBytes))
        var counts = Counts()
        var sawHeader = false
        var headerLine = 0
        var rows = 0
        let comment = read.commentPrefix
        try reader.forEachRecord { record in
            if let comment, record.count > 0, record[0].hasPrefix(comment) {
                counts.comments += 1
                return
            }
            if counts.preamble < read.skipRecords {
                counts.preamble += 1
                return
            }
            if !sawHeader {
                sawHeader = true
                headerLine = record.line
                if let error = Reject.overlongHeaderError(record, file: displayPath) { throw error }
                let names = (0..<record.count).map { trimmed(record[$0]) }
                try onHeader(names, record.line)
                return
            }
            try onRow(record)
            rows += 1
            if let onProgress, rows % Self.progressInterval == 0 {
                onProgress(rows, reader.bytesRead)
            }
        }
        if !sawHeader {
            throw SourceFileError(file: displayPath, message: "no header row")
        }
        if rows == 0 {
            throw SourceFileError(
                file: displayPath, line: headerLine,
                message: "no data rows after the header: a file with only its header is refused")
        }
        return (counts, reader.detectedEncoding, reader.encodingWarning)
    }
}
