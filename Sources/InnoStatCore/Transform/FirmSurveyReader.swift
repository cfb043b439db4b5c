import CSVStream

/// Streams a firm-survey file (CSV, or a workbook's data sheet, each row as a record view):
/// checks its header against the contract, then hands on each data record either as a parsed
/// ``FirmResponse`` or as the rejects that refuse it.
struct FirmSurveyReader {
    let read: ReadSpec
    let codeSystem: RegionCodeSystem
    let path: String
    let displayPath: String

    /// Calls `accepted` or `rejected` for each data record, in order; the values passed are
    /// valid only during the call. Returns the encoding the file turned out to be and, for
    /// CP949 detected that reads as Windows-1252, the reader's warning.
    ///
    /// Throws for a file that cannot be read through: no header row, no data row, a header that
    /// is not the contract's, malformed CSV or text.
    func forEachRecord(
        accepted: (CSVRecord, FirmSurveyColumns, FirmResponse) throws -> Void,
        rejected: (CSVRecord, [Reject]) throws -> Void,
        onSheet: (String) -> Void = { _ in }
    ) throws -> (encoding: TextEncoding?, encodingWarning: EncodingWarning?, sheet: String?) {
        var parser: FirmResponseParser?
        var columns: FirmSurveyColumns?
        var response = FirmResponse()
        var rejects: [Reject] = []
        var headerLine = 0
        var rows = 0
        func take(_ record: CSVRecord) throws {
            guard let columns else {
                if let error = Reject.overlongHeaderError(record, file: displayPath) { throw error }
                let header = (0..<record.count).map { trimmed(record[$0]) }
                let found = try FirmSurveyColumns(
                    header: header, file: displayPath, line: record.line)
                parser = FirmResponseParser(columns: found, codeSystem: codeSystem)
                columns = found
                headerLine = record.line
                return
            }
            rows += 1
            rejects.removeAll(keepingCapacity: true)
            if parser!.parse(record, into: &response, rejects: &rejects) {
                try accepted(record, columns, response)
            } else {
                try rejected(record, rejects)
            }
        }
        var outcome: (encoding: TextEncoding?, encodingWarning: EncodingWarning?, sheet: String?) =
            (nil, nil, nil)
        let form = TableForm.of(path: path)
        if form == .json {
            throw SourceFileError(
                file: displayPath,
                message: "a JSON reply is not firm-survey microdata (CSV, xlsx or xls)")
        }
        if form == .csv {
            let reader = try CSVReader(
                path: path, displayPath: displayPath,
                options: CSVReaderOptions(
                    delimiter: read.delimiter, encoding: read.encoding,
                    strayQuotes: read.strayQuotes, maxFieldBytes: read.maxFieldBytes))
            try reader.forEachRecord(take)
            outcome = (reader.detectedEncoding, reader.encodingWarning, nil)
        } else {
            let sheets = try SheetExtractor(
                read: read, form: form, path: path, displayPath: displayPath)
            onSheet(sheets.sheet)
            try sheets.forEachRow { row in
                try CSVRecord.withRecord(fields: row.fields, line: row.line, take)
            }
            outcome.sheet = sheets.sheet
        }
        if columns == nil {
            throw SourceFileError(file: displayPath, message: "no header row")
        }
        if rows == 0 {
            throw SourceFileError(
                file: displayPath, line: headerLine,
                message: "no data rows after the header: a file with only its header is refused")
        }
        return outcome
    }
}
