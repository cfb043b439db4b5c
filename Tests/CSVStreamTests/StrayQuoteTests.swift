import CSVStream
import Testing

struct StrayQuoteTests {
    static let text = "a,b\n1,the \"breaking point\" year\n2,\"ok\"\n"

    @Test func rejectedByDefault() throws {
        let reader = CSVReader(bytes: Array(Self.text.utf8), displayPath: "x.csv")
        let error = try #require(throws: CSVError.self) { try reader.readAll() }
        #expect(error.description == "x.csv:2:2: malformed quote")
    }

    @Test(arguments: [1, 2, 3, 7, 64 * 1024])
    func keptAsCharactersWhenDeclared(chunkSize: Int) throws {
        let reader = CSVReader(
            bytes: Array(Self.text.utf8), displayPath: "x.csv",
            options: CSVReaderOptions(chunkSize: chunkSize, strayQuotes: .literal))
        #expect(
            try reader.readAll() == [
                ["a", "b"], ["1", "the \"breaking point\" year"], ["2", "ok"],
            ])
    }

    /// Without CSV_STRICT libcsv kept the field after `"x"` open, so the delimiters and line
    /// ends up to the next quote fell into it: the rows of lines 2 and 3 became one field.
    /// Found by CPython's test_quotes_and_more and rust-csv's quote_no_escapes.
    @Test(arguments: [1, 2, 3, 7, 64 * 1024])
    func textAfterAClosingQuoteIsStillAnError(chunkSize: Int) throws {
        let reader = CSVReader(
            bytes: Array("a,b\n\"x\" y,1\n2,\"3\"\n4,5\n".utf8), displayPath: "x.csv",
            options: CSVReaderOptions(chunkSize: chunkSize, strayQuotes: .literal))
        let outcome = reader.outcome()
        #expect(outcome.records.map(\.fields) == [["a", "b"]])
        #expect(outcome.error?.description == "x.csv:2:1: malformed quote")
    }

    @Test func anOpenQuotedFieldAtTheEndIsStillAnError() throws {
        let reader = CSVReader(
            bytes: Array("a,b\n1,\"cut off\n".utf8), displayPath: "x.csv",
            options: CSVReaderOptions(strayQuotes: .literal))
        let error = try #require(throws: CSVError.self) { try reader.readAll() }
        #expect(error.description == "x.csv:2:2: file ends inside a quoted field")
    }
}
