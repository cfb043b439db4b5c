/// A record, or one cell of it, that could not be taken, and why.
public struct Reject: Sendable, Equatable {
    public enum Reason: String, Sendable, CaseIterable {
        case malformedRecord = "malformed_record"
        case raggedRow = "ragged_row"
        case notANumber = "not_a_number"
        case unknownRegion = "unknown_region"
        case unknownSector = "unknown_sector"
        case unknownSize = "unknown_size"
        case unknownMeasure = "unknown_measure"
        case unknownUnit = "unknown_unit"
        case unitMismatch = "unit_mismatch"
        case badPeriod = "bad_period"
        case badStatus = "bad_status"
        case badSourceURL = "bad_source_url"
        case unmatchedRow = "unmatched_row"
        case missingDimension = "missing_dimension"
        case unexpectedValue = "unexpected_value"
        case duplicateKey = "duplicate_key"
        case checkFailed = "check_failed"
        case fieldTooLong = "field_too_long"
    }

    public let line: Int
    /// 1-based field number; nil when the whole record is meant.
    public let column: Int?
    public let columnName: String?
    /// The text as read, escaped and cut to ``PrintableText/rawTextCharacters``.
    public let rawText: String
    public let reason: Reason
    /// Escaped and cut to ``PrintableText/messageCharacters``: it quotes raw text.
    public let message: String

    public init(
        line: Int, column: Int?, columnName: String?, rawText: String, reason: Reason,
        message: String
    ) {
        self.line = line
        self.column = column
        self.columnName = columnName
        self.rawText = PrintableText.bounded(rawText, limit: PrintableText.rawTextCharacters)
        self.reason = reason
        self.message = PrintableText.bounded(message, limit: PrintableText.messageCharacters)
    }

    /// `file:line:column: message`, the form every diagnostic takes; in a workbook's sheet
    /// `file.xlsx:데이터!C14: message`.
    public func diagnostic(file: String, sheet: String? = nil) -> String {
        let place = SourcePlace.text(file: file, line: line, column: column, sheet: sheet)
        return "\(place): \(message)"
    }
}
