/// Streams the records of a CSV file or byte array, never holding the whole input in memory.
///
/// CSV policy:
///
/// - **Dialect**: RFC 4180. Fields are separated by the delimiter (a comma unless set) and may
///   be enclosed in `"`; a quote inside a quoted field is written `""`. Parsing is strict
///   (libcsv `CSV_STRICT | CSV_STRICT_FINI`): a quote inside an unquoted field, or anything
///   but a delimiter or line end after a closing quote, is the error `malformed quote` at the
///   line and field where it occurs; a quoted field still open at the end of the input is the
///   error `file ends inside a quoted field` at the line where that field starts, so a
///   truncated file never yields a short last record. With ``StrayQuotePolicy/literal`` a
///   quote inside an unquoted field is a character instead; the rest holds.
/// - **Spaces** are data (RFC 4180): nothing is trimmed, inside or around fields, so
///   `a, b` has the fields `a` and ` b`, and a space before an opening quote or after a
///   closing quote is a malformed quote.
/// - **Blank lines** (empty physical lines) produce no record but count for line numbers. A
///   line of only spaces is a record with one field. A last line without a line terminator is
///   a normal record.
/// - **Line ends**: LF, CRLF and lone CR are accepted, may be mixed, and end one line each (a
///   CRLF split between two reads counts once). Line ends inside quoted fields are kept in the
///   field as they are and count as lines.
/// - **Line numbers** are 1-based physical lines: ``CSVRecord/line`` is where a record starts,
///   ``CSVRecord/lineOfField(_:)`` where a field starts. A `malformed quote` error gives the
///   line of the offending byte and the 1-based field number.
/// - **Ragged rows** are returned as they are; callers check field counts. NUL bytes are data.
/// - **Encodings**: a UTF-8 byte order mark at the start is dropped (`.auto`, `.utf8`).
///   `.auto` passes ASCII through; at the first non-ASCII byte the input is UTF-8 from then on
///   if that byte starts a well-formed UTF-8 character, CP949 otherwise. CP949 and EUC-KR are
///   transcoded to UTF-8 with iconv; `.eucKR` also rejects the bytes 0x80-0xA0 and 0xFF, which
///   glibc would pass through as control characters. Bytes that are not valid in the input's
///   encoding (including a character cut off by the end of the input) are an error at the line
///   and field where they occur, with the byte offset in the original input, e.g.
///   `data.csv:17:3: not valid UTF-8 or CP949 text (byte 1234)`. `.windows1252` is
///   transcoded with iconv too. CP949 detected by `.auto` that reads as Windows-1252
///   punctuation after ASCII letters (`Seoul’s` → `Seoul뭩`) is read as CP949 and reported
///   once in ``encodingWarning``.
/// - **Errors** are thrown as ``CSVError`` once every record that ended before the offending
///   byte has been delivered; the record containing it is never delivered.
/// - **Memory** stays flat in file size: input is read `chunkSize` bytes at a time and one
///   record buffer is reused, growing only to the longest record. A field longer than
///   `maxFieldBytes` is not kept: its bytes are dropped as they are read, the record comes
///   with ``CSVRecord/overlongFields`` naming it, and reading goes on with the next record.
public final class CSVReader {
    private let source: ByteSource
    private let displayPath: String
    private let options: CSVReaderOptions
    private var peakRecordBufferCapacity = 0
    private var peakDecoderScratchCapacity = 0
    /// The largest libcsv field buffer the last reads needed, for memory checks in tests.
    private(set) var peakFieldBufferCapacity = 0

    /// The encoding the stream turned out to be (.utf8 or .cp949), nil while undecided (all
    /// ASCII so far). An explicitly chosen encoding is reported as it is.
    public private(set) var detectedEncoding: TextEncoding?

    /// CP949 text detected by `.auto` that reads as Windows-1252: the first such character
    /// and how many there are; nil if none (set by each full read).
    public private(set) var encodingWarning: EncodingWarning?

    /// Original bytes consumed so far, for progress reporting.
    public private(set) var bytesRead = 0

    /// Opens `path`, naming it `displayPath` (default `path`) in errors.
    ///
    /// A missing, unreadable or directory path throws
    /// `CSVError(file: displayPath, message: "cannot open: <reason>")`.
    public init(path: String, displayPath: String? = nil, options: CSVReaderOptions = .init())
        throws
    {
        let name = displayPath ?? path
        source = try ByteSource(path: path, file: name)
        self.displayPath = name
        self.options = options
        detectedEncoding = Self.initialEncoding(options.encoding)
    }

    /// Reads CSV from memory (tests, small inputs), exactly as from a file.
    public init(bytes: [UInt8], displayPath: String, options: CSVReaderOptions = .init()) {
        source = ByteSource(bytes: bytes, file: displayPath)
        self.displayPath = displayPath
        self.options = options
        detectedEncoding = Self.initialEncoding(options.encoding)
    }

    /// Streams every record to `body` in order, from the start of the input each call.
    ///
    /// Throws ``CSVError`` for parse, encoding and I/O errors, or rethrows `body`'s error.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        let delimiter = options.delimiter
        guard delimiter < 0x80, delimiter != UInt8(ascii: "\""),
            delimiter != UInt8(ascii: "\r"), delimiter != UInt8(ascii: "\n")
        else {
            throw CSVError(
                file: displayPath,
                message: "the delimiter must be an ascii character other than a quote or line end"
            )
        }
        bytesRead = 0
        detectedEncoding = Self.initialEncoding(options.encoding)
        encodingWarning = nil
        let decoder = try InputDecoder(encoding: options.encoding, file: displayPath)
        let parser = try RecordParser(
            file: displayPath, delimiter: delimiter, strayQuotes: options.strayQuotes,
            maxFieldBytes: options.maxFieldBytes)
        decoder.outputPosition = { parser.position }
        defer {
            peakRecordBufferCapacity = max(peakRecordBufferCapacity, parser.recordBufferCapacity)
            peakDecoderScratchCapacity = max(peakDecoderScratchCapacity, decoder.scratchCapacity)
            peakFieldBufferCapacity = max(peakFieldBufferCapacity, parser.fieldBufferCapacity)
        }
        try source.forEachChunk(size: options.chunkSize) { chunk in
            bytesRead += chunk.count
            try decoder.decode(chunk) { try parser.feed($0, body) }
            detectedEncoding = decoder.detected
        }
        try decoder.finish { try parser.feed($0, body) }
        detectedEncoding = decoder.detected
        try parser.finish(body)
        encodingWarning = decoder.warning
    }

    /// Reads every record into memory; for tests and tiny files.
    public func readAll() throws -> [[String]] {
        var records: [[String]] = []
        try forEachRecord { records.append($0.fields) }
        return records
    }

    /// The largest buffers the last reads needed, for memory checks in tests.
    var peakBufferCapacities: (record: Int, decoderScratch: Int) {
        (peakRecordBufferCapacity, peakDecoderScratchCapacity)
    }

    private static func initialEncoding(_ encoding: TextEncoding) -> TextEncoding? {
        encoding == .auto ? nil : encoding
    }
}
