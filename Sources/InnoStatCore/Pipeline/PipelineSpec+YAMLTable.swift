import CSVStream
import Foundation

/// Parsing how a pipeline reads its table: `read:` (encoding, delimiter, preamble, sheet,
/// carried-down columns), `layout:` with `wide:` (header rows, period pattern), and
/// `indented_rows:`.
extension PipelineSpec {
    static func parseRead(_ cursor: YAMLCursor) throws -> ReadSpec {
        guard cursor.exists else {
            return ReadSpec(
                encoding: .auto, delimiter: UInt8(ascii: ","), commentPrefix: nil, skipRecords: 0,
                strayQuotes: .reject)
        }
        _ = try cursor.requireMapping()
        let encodingCursor = cursor["encoding"]
        let encodingName = try encodingCursor.optionalString() ?? "auto"
        guard let encoding = TextEncoding(name: encodingName) else {
            let known = (TextEncoding.allCases.map(\.rawValue) + TextEncoding.aliases.keys.sorted())
                .joined(separator: ", ")
            throw encodingCursor.error("unknown encoding \"\(encodingName)\" (known: \(known))")
        }
        let delimiterCursor = cursor["delimiter"]
        let delimiterText = try delimiterCursor.optionalString() ?? ","
        guard delimiterText.utf8.count == 1, let delimiter = delimiterText.utf8.first,
            !"\"\r\n".utf8.contains(delimiter)
        else {
            throw delimiterCursor.error(
                "must be one ASCII character other than a quote or line end")
        }
        let quotesCursor = cursor["stray_quotes"]
        let quotesName = try quotesCursor.optionalString() ?? "reject"
        guard let strayQuotes = StrayQuotePolicy(rawValue: quotesName) else {
            throw quotesCursor.error("expected reject or literal, got \"\(quotesName)\"")
        }
        var spec = ReadSpec(
            encoding: encoding, delimiter: delimiter,
            commentPrefix: try cursor["comment_prefix"].optionalString(),
            skipRecords: try cursor["skip_records"].int(default: 0), strayQuotes: strayQuotes)
        let maxFieldCursor = cursor["max_field_bytes"]
        spec.maxFieldBytes = try maxFieldCursor.int(default: CSVReaderOptions.defaultMaxFieldBytes)
        if spec.maxFieldBytes < 1 { throw maxFieldCursor.error("must be greater than 0") }
        spec.sheet = try cursor["sheet"].optionalString()
        spec.carryDown = try cursor["carry_down"].stringList()
        spec.dataset = try cursor["dataset"].optionalString()
        spec.delimiterIsDeclared = delimiterCursor.exists
        try cursor.finish()
        return spec
    }

    static func parseLayout(_ cursor: YAMLCursor, wide: YAMLCursor) throws -> Layout {
        let kind = try cursor.optionalString() ?? Layout.Name.long.rawValue
        guard let name = Layout.Name(rawValue: kind) else {
            let known = Layout.Name.allCases.map(\.rawValue).joined(separator: ", ")
            throw cursor.error("unknown layout \"\(kind)\" (known: \(known))")
        }
        switch name {
        case .long:
            if wide.exists { throw wide.error("only allowed with layout: wide") }
            return .long
        case .wide:
            guard wide.exists else { throw wide.error("is required with layout: wide") }
            return .wide(try parseWide(wide))
        case .firmSurvey:
            if wide.exists { throw wide.error("only allowed with layout: wide") }
            return .firmSurvey
        }
    }

    private static func parseWide(_ wide: YAMLCursor) throws -> WideSpec {
        _ = try wide.requireMapping()
        let rowsCursor = wide["header_rows"]
        let headerRows = rowsCursor.exists ? try rowsCursor.stringList() : [WideSpec.periodRow]
        if headerRows.isEmpty { throw rowsCursor.error("name at least one header row") }
        if Set(headerRows).count != headerRows.count {
            throw rowsCursor.error("names a header row twice")
        }
        let periodCursor = wide["period_pattern"]
        let period = try periodCursor.optionalString()
        if let period { try checkPattern(period, cursor: periodCursor, needsGroup: true) }
        if period != nil && !headerRows.contains(WideSpec.periodRow) {
            throw periodCursor.error("needs a header row named period in wide.header_rows")
        }
        let ignoreCursor = wide["ignore_columns"]
        let ignore = try ignoreCursor.optionalString()
        if let ignore { try checkPattern(ignore, cursor: ignoreCursor, needsGroup: false) }
        try wide.finish()
        return WideSpec(headerRows: headerRows, periodPattern: period, ignorePattern: ignore)
    }

    private static func checkPattern(_ pattern: String, cursor: YAMLCursor, needsGroup: Bool)
        throws
    {
        guard let regex = try? NSRegularExpression(pattern: pattern) else {
            throw cursor.error("not a valid regular expression")
        }
        if needsGroup && regex.numberOfCaptureGroups < 1 {
            throw cursor.error("needs a capture group for the period, e.g. ^(\\d{4})")
        }
    }

    static func parseIndentedRows(_ cursor: YAMLCursor) throws -> IndentedRows? {
        guard cursor.exists else { return nil }
        _ = try cursor.requireMapping()
        let reason = try cursor["skip"].string()
        try cursor.finish()
        return IndentedRows(reason: reason)
    }
}
