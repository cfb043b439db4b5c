import CSVStream

extension Reject {
    /// The reject of a record for one of its fields that was longer than `read.max_field_bytes`:
    /// at the record's first line and the field's number, with the field's two ends as raw text.
    init(overlong field: OverlongField, recordLine: Int, header: [String]) {
        self.init(
            line: recordLine, column: field.index + 1,
            columnName: header.indices.contains(field.index) ? header[field.index] : nil,
            rawText: PrintableText.excerpt(
                head: field.head, tail: field.tail, byteCount: field.byteCount),
            reason: .fieldTooLong, message: Self.message(overlong: field))
    }

    /// One reject for each field of `record` longer than the limit; nil for almost every
    /// record, which has none.
    static func overlong(_ record: any TableRow, header: [String]) -> [Reject]? {
        guard !record.overlongFields.isEmpty else { return nil }
        return record.overlongFields.map {
            Reject(overlong: $0, recordLine: record.line, header: header)
        }
    }

    /// `field longer than 1048576 bytes (20971520 bytes); read.max_field_bytes raises the limit`.
    static func message(overlong field: OverlongField) -> String {
        "field longer than \(field.limit) bytes (\(field.byteCount) bytes); "
            + "read.max_field_bytes raises the limit"
    }

    /// The error for a header row with a field longer than the limit: without its whole name
    /// no column can be found.
    static func overlongHeaderError(_ record: CSVRecord, file: String) -> SourceFileError? {
        guard let field = record.overlongFields.first else { return nil }
        return SourceFileError(
            file: file, line: record.line, column: field.index + 1,
            message: "header " + message(overlong: field))
    }
}
