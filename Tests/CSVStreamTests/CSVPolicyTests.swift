import CSVStream
import Testing

/// docs/values-and-checks.md "CSV policy", line by line, for the reader. Where a line is tested
/// elsewhere the comment points there; the tests here cover what nothing else did.
///
/// - Dialect, strict quotes: ErrorTests (malformed quote cases), LibcsvUpstreamTests,
///   CSVSpectrumTests, CPythonCSVTests, PapaParseTests, RustCSVTests (both policies).
/// - `read.stray_quotes: literal`: StrayQuoteTests, and every conformance case again under
///   `[literal]`.
/// - Truncation: ErrorTests "file ends inside a quoted field" and "file ends right after an
///   opening quote", StrayQuoteTests.anOpenQuotedFieldAtTheEndIsStillAnError, and in
///   InnoStatCoreTests EncodingFormTests.aCutOffFileFailsWithItsLine.
/// - Spaces are data: LineNumberTests "spaces kept" and "line of spaces is a record",
///   ErrorTests "space after a closing quote" and "space before an opening quote"; trimming
///   by the transform: InnoStatCoreTests CSVPolicyPipelineTests.raggedRowsAndSpaces.
/// - Blank lines: LineNumberTests "blank lines", "crlf blank lines", "only line ends";
///   RustCSVTests empty_lines_*.
/// - Line ends: LineNumberTests (lf, crlf, cr, mixed, quoted), KoreanEncodingTests variants.
/// - Ragged rows: LineNumberTests "ragged rows" (delivered as they are); what a pipeline
///   accepts: InnoStatCoreTests CSVPolicyPipelineTests.raggedRowsAndSpaces.
/// - Encodings and the byte order mark: ErrorTests (encoding cases), KoreanEncodingTests,
///   RustCSVTests.latin1IsNeitherUTF8NorCP949, LineNumberTests "byte order mark",
///   CSVReaderTests.byteOrderMarkMeansUTF8, and below.
/// - Empty cells: InnoStatCoreTests CSVPolicyPipelineTests.emptyCellsFallBack.
/// - Memory: CSVReaderTests.memoryStaysFlat.
@Suite struct CSVPolicyTests {
    /// Papa Parse's utf-8-bom-sample.csv: the mark is not part of the first header name.
    @Test func byteOrderMarkIsNotPartOfTheFirstName() throws {
        for chunkSize in [1, 2, 3, 4, 64 * 1024] {
            let reader = try CSVReader(
                path: Fixtures.path("papaparse/utf-8-bom-sample.csv"),
                options: CSVReaderOptions(chunkSize: chunkSize))
            #expect(try reader.readAll() == [["A", "B", "C"], ["X", "Y", "Z"]])
        }
    }

    /// Only the mark that starts the file is dropped: one later in the file is text.
    @Test func aLaterByteOrderMarkIsText() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0xEF, 0xBB, 0xBF, 0x62]
        for chunkSize in 1...bytes.count {
            let outcome = readOutcome(bytes, chunkSize: chunkSize)
            #expect(outcome.records.map(\.fields) == [["a"], ["\u{FEFF}b"]])
        }
    }

    /// Whether each record ended with a line end: only a last record can lack one, which is
    /// how a file cut off in its middle looks.
    @Test(arguments: [
        ("a\nb", [true, false]), ("a\nb\n", [true, true]), ("a\r\nb\r", [true, true]),
        ("a\n\"b\nc\"", [true, false]), ("a,", [false]), ("\n\n", []), ("a\n\n", [true]),
    ])
    func lastRecordWithoutALineEnd(input: String, endings: [Bool]) throws {
        let bytes = Array(input.utf8)
        for chunkSize in 1...bytes.count {
            let reader = CSVReader(
                bytes: bytes, displayPath: "x.csv", options: CSVReaderOptions(chunkSize: chunkSize))
            var seen: [Bool] = []
            try reader.forEachRecord { seen.append($0.endsWithLineEnd) }
            #expect(seen == endings, "chunk size \(chunkSize)")
        }
    }
}
