/// Options for ``CSVReader``.
public struct CSVReaderOptions: Sendable, Equatable {
    /// The field separator; an ASCII byte other than `"`, CR or LF.
    public var delimiter: UInt8 = UInt8(ascii: ",")
    /// The encoding of the source bytes.
    public var encoding: TextEncoding = .auto
    /// Bytes read from the source per read call; values below 1 count as 1.
    public var chunkSize: Int = 64 * 1024
    /// What a quote inside an unquoted field is: an error (RFC 4180, the default) or a literal
    /// character, for files known to write them (`a "quoted" word` in a free-text column).
    /// Either way text after a closing quote is a `malformed quote` and a quoted field left
    /// open at the end of the input is an error.
    public var strayQuotes: StrayQuotePolicy = .reject
    /// The longest field read, in bytes of UTF-8 text; values below 1 count as 1. A longer
    /// field is not kept: its record comes with it in ``CSVRecord/overlongFields``, and memory
    /// stays bounded by this limit rather than by the field.
    public var maxFieldBytes: Int = Self.defaultMaxFieldBytes

    /// 1 MiB.
    public static let defaultMaxFieldBytes = 1 << 20

    /// Creates options; the defaults read comma-separated text of detected encoding.
    public init(
        delimiter: UInt8 = UInt8(ascii: ","),
        encoding: TextEncoding = .auto,
        chunkSize: Int = 64 * 1024,
        strayQuotes: StrayQuotePolicy = .reject,
        maxFieldBytes: Int = Self.defaultMaxFieldBytes
    ) {
        self.strayQuotes = strayQuotes
        self.maxFieldBytes = maxFieldBytes
        self.delimiter = delimiter
        self.encoding = encoding
        self.chunkSize = chunkSize
    }
}
