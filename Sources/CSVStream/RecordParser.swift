import CLibCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

private let carriageReturn = UInt8(ascii: "\r")
private let lineFeed = UInt8(ascii: "\n")
private let quote = UInt8(ascii: "\"")

/// Turns decoded UTF-8 text into records with libcsv, tracking physical line numbers.
///
/// Text is fed to libcsv one segment at a time, each segment ending at a line terminator
/// (or at the end of the text given), so every libcsv callback happens on a known line and a
/// record can end only at the end of a segment. Callbacks only copy bytes into buffers this
/// parser owns; records are handed to the caller after `csv_parse` returns.
final class RecordParser {
    /// Where the text fed so far stands, for `.literal` stray quotes only.
    private enum QuoteState {
        case fieldStart
        case unquoted
        case quoted
        /// A quote inside a quoted field: it closes the field or starts a `""`.
        case quoteInQuoted
    }

    private let file: String
    private let delimiter: UInt8
    private let strayQuotes: StrayQuotePolicy
    private var quoteState = QuoteState.fieldStart
    private let parser: UnsafeMutablePointer<csv_parser>
    private var overlongFields: OverlongFieldTracker

    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCount = 0
    private var byteCapacity = 4096
    private var fieldEnds: UnsafeMutablePointer<Int>
    private var fieldLines: UnsafeMutablePointer<Int>
    private var fieldCount = 0
    private var fieldCapacity = 64

    /// The physical line of the text about to be parsed.
    private var line = 1
    private var recordLine = 1
    private var fieldLine = 1
    private var betweenRecords = true
    private var recordEnded = false
    /// The last text fed ended with CR, so a LF starting the next text ends no line.
    private var pendingCarriageReturn = false

    /// The most text one `csv_parse` call gets, so a field is checked against its limit at
    /// least this often.
    static let parseSliceBytes = 64 * 1024

    init(
        file: String, delimiter: UInt8, strayQuotes: StrayQuotePolicy = .reject,
        maxFieldBytes: Int = CSVReaderOptions.defaultMaxFieldBytes
    ) throws {
        self.file = file
        self.delimiter = delimiter
        self.strayQuotes = strayQuotes
        overlongFields = OverlongFieldTracker(limit: max(1, maxFieldBytes))
        parser = .allocate(capacity: 1)
        bytes = .allocate(capacity: byteCapacity)
        fieldEnds = .allocate(capacity: fieldCapacity)
        fieldLines = .allocate(capacity: fieldCapacity)
        let strictness = strayQuotes == .reject ? CSV_STRICT | CSV_STRICT_FINI : CSV_STRICT_FINI
        guard csv_init(parser, UInt8(strictness)) == 0 else {
            parser.deallocate()
            bytes.deallocate()
            fieldEnds.deallocate()
            fieldLines.deallocate()
            throw CSVError(file: file, message: "out of memory")
        }
        csv_set_delim(parser, delimiter)
        csv_set_space_func(parser, keepSpaces)
    }

    deinit {
        csv_free(parser)
        parser.deallocate()
        bytes.deallocate()
        fieldEnds.deallocate()
        fieldLines.deallocate()
    }

    /// The capacity of the reusable record buffer, for memory checks in tests.
    var recordBufferCapacity: Int { byteCapacity }

    /// The size of libcsv's field buffer, for memory checks in tests.
    var fieldBufferCapacity: Int { csv_get_buffer_size(parser) }

    /// The physical line and 1-based field number of the next text to be fed.
    var position: (line: Int, column: Int) { (line, fieldCount + 1) }

    /// Parses `text`, calling `body` for each record completed in it.
    func feed(_ text: UnsafeBufferPointer<UInt8>, _ body: (CSVRecord) throws -> Void) throws {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        let count = text.count
        var start = 0
        if pendingCarriageReturn {
            pendingCarriageReturn = false
            if base[0] == lineFeed {
                try parse(base, 1)
                start = 1
            }
        }
        var nextLineFeed = -1
        var nextCarriageReturn = -1
        while start < count {
            if nextLineFeed < start {
                nextLineFeed = Self.find(lineFeed, in: base, from: start, to: count)
            }
            if nextCarriageReturn < start {
                nextCarriageReturn = Self.find(carriageReturn, in: base, from: start, to: count)
            }
            let terminator = min(nextLineFeed, nextCarriageReturn)
            var end = count
            if terminator < count {
                end = terminator + 1
                if base[terminator] == carriageReturn {
                    if end == count {
                        pendingCarriageReturn = true
                    } else if base[end] == lineFeed {
                        end += 1
                    }
                }
            }
            if betweenRecords && base[start] != lineFeed && base[start] != carriageReturn {
                betweenRecords = false
                recordLine = line
                fieldLine = line
            }
            try parse(base + start, end - start)
            if terminator < count {
                line += 1
            }
            if recordEnded {
                try deliverRecord(endsWithLineEnd: true, body)
            }
            start = end
        }
    }

    /// Ends the text, delivering a last record that has no line terminator.
    func finish(_ body: (CSVRecord) throws -> Void) throws {
        // Without CSV_STRICT, csv_fini accepts an open quoted field; libcsv's FIELD_BEGUN is 2.
        let insideQuotedField = parser.pointee.pstate == 2 && parser.pointee.quoted != 0
        if insideQuotedField || csv_fini(parser, fieldCallback, recordCallback, context) != 0 {
            if insideQuotedField || csv_error(parser) == CSV_EPARSE {
                throw CSVError(
                    file: file,
                    line: fieldLine,
                    column: fieldCount + 1,
                    message: "file ends inside a quoted field"
                )
            }
            throw libcsvError()
        }
        if recordEnded {
            try deliverRecord(endsWithLineEnd: false, body)
        }
    }

    private var context: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    private func parse(_ start: UnsafePointer<UInt8>, _ length: Int) throws {
        let textAfterClosingQuote = strayQuotes == .literal ? scanQuotes(start, length) : nil
        let length = textAfterClosingQuote ?? length
        var sliceStart = 0
        while sliceStart < length {
            let sliceLength = min(length - sliceStart, Self.parseSliceBytes)
            let parsed = csv_parse(
                parser, start + sliceStart, sliceLength, fieldCallback, recordCallback, context)
            guard parsed == sliceLength else {
                throw csv_error(parser) == CSV_EPARSE ? malformedQuote() : libcsvError()
            }
            overlongFields.trim(parser)
            sliceStart += sliceLength
        }
        if textAfterClosingQuote != nil {
            throw malformedQuote()
        }
    }

    private func malformedQuote() -> CSVError {
        CSVError(file: file, line: line, column: fieldCount + 1, message: "malformed quote")
    }

    /// Follows the quoting of `length` bytes and returns the offset of the first byte that
    /// follows a closing quote without being a delimiter or line end, if any. Without
    /// `CSV_STRICT`, libcsv would keep such a field open and swallow the delimiters and line
    /// ends that follow into it; `.literal` only frees quotes inside unquoted fields.
    private func scanQuotes(_ start: UnsafePointer<UInt8>, _ length: Int) -> Int? {
        for offset in 0..<length {
            let byte = start[offset]
            let endsField = byte == delimiter || byte == carriageReturn || byte == lineFeed
            switch quoteState {
            case .fieldStart:
                if byte == quote {
                    quoteState = .quoted
                } else if !endsField {
                    quoteState = .unquoted
                }
            case .unquoted:
                if endsField {
                    quoteState = .fieldStart
                }
            case .quoted:
                if byte == quote {
                    quoteState = .quoteInQuoted
                }
            case .quoteInQuoted:
                if byte == quote {
                    quoteState = .quoted
                } else if endsField {
                    quoteState = .fieldStart
                } else {
                    return offset
                }
            }
        }
        return nil
    }

    private func libcsvError() -> CSVError {
        let reason = String(cString: csv_strerror(csv_error(parser))).lowercased()
        return CSVError(file: file, line: line, message: reason)
    }

    private func deliverRecord(
        endsWithLineEnd: Bool, _ body: (CSVRecord) throws -> Void
    ) throws {
        let record = CSVRecord(
            line: recordLine,
            endsWithLineEnd: endsWithLineEnd,
            bytes: bytes,
            fieldEnds: fieldEnds,
            fieldLines: fieldLines,
            fieldCount: fieldCount,
            overlongFields: overlongFields.fields
        )
        overlongFields.recordDelivered()
        recordEnded = false
        betweenRecords = true
        fieldCount = 0
        byteCount = 0
        try body(record)
    }

    fileprivate func appendField(_ field: UnsafeRawPointer?, _ size: Int) {
        let text = UnsafeBufferPointer(
            start: field?.assumingMemoryBound(to: UInt8.self), count: field == nil ? 0 : size)
        if let kept = overlongFields.fieldEnded(text, index: fieldCount, line: fieldLine) {
            kept.withUnsafeBufferPointer { storeField(UnsafeRawPointer($0.baseAddress), $0.count) }
        } else {
            storeField(field, size)
        }
    }

    private func storeField(_ field: UnsafeRawPointer?, _ size: Int) {
        if fieldCount == fieldCapacity {
            growFields()
        }
        if byteCount + size > byteCapacity {
            growBytes(toFit: byteCount + size)
        }
        if size > 0, let field {
            (bytes + byteCount).update(from: field.assumingMemoryBound(to: UInt8.self), count: size)
            byteCount += size
        }
        fieldEnds[fieldCount] = byteCount
        fieldLines[fieldCount] = fieldLine
        fieldCount += 1
        fieldLine = line
    }

    fileprivate func endRecord() {
        recordEnded = true
    }

    private func growBytes(toFit needed: Int) {
        var capacity = byteCapacity * 2
        while capacity < needed {
            capacity *= 2
        }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }

    private func growFields() {
        let capacity = fieldCapacity * 2
        let grownEnds = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        grownEnds.update(from: fieldEnds, count: fieldCount)
        fieldEnds.deallocate()
        fieldEnds = grownEnds
        let grownLines = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        grownLines.update(from: fieldLines, count: fieldCount)
        fieldLines.deallocate()
        fieldLines = grownLines
        fieldCapacity = capacity
    }

    /// The index of the first `byte` in `base[from..<to]`, or `to`.
    private static func find(
        _ byte: UInt8,
        in base: UnsafePointer<UInt8>,
        from: Int,
        to: Int
    ) -> Int {
        guard let found = memchr(base + from, Int32(byte), to - from) else { return to }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}

/// libcsv's space test: nothing is a space, so no field is trimmed.
private func keepSpaces(_ byte: UInt8) -> Int32 {
    0
}

private func fieldCallback(
    _ field: UnsafeMutableRawPointer?,
    _ size: Int,
    _ context: UnsafeMutableRawPointer?
) {
    Unmanaged<RecordParser>.fromOpaque(context!)._withUnsafeGuaranteedRef {
        $0.appendField(field, size)
    }
}

private func recordCallback(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    Unmanaged<RecordParser>.fromOpaque(context!)._withUnsafeGuaranteedRef {
        $0.endRecord()
    }
}
