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

    /// Creates options; the defaults read comma-separated text of detected encoding.
    public init(
        delimiter: UInt8 = UInt8(ascii: ","),
        encoding: TextEncoding = .auto,
        chunkSize: Int = 64 * 1024,
        strayQuotes: StrayQuotePolicy = .reject
    ) {
        self.strayQuotes = strayQuotes
        self.delimiter = delimiter
        self.encoding = encoding
        self.chunkSize = chunkSize
    }
}
