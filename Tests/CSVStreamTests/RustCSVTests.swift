import CSVStream
import Foundation
import Testing

/// rust-csv's csv-core `parses_to!` cases (Fixtures/rust-csv, see its ORIGIN.md), read with
/// the default dialect under both stray-quote policies.
@Suite struct RustCSVTests {
    /// Cases that need a parser option this reader does not have, by name.
    static let excluded: [String: String] = [
        "term_weird": "custom record terminator `z`; records end only at CR, LF or CRLF",
        "ascii_delimited": "ASCII unit and record separators; the record terminator is fixed",
        "quote_change": "quote character `z`; the quote is always `\"`",
        "quote_delimiter": "quote character `,`; the quote is always `\"`",
        "quote_escapes_no_double": "doubled quotes switched off; RFC 4180 always doubles them",
        "quote_escapes": "escape character `\\`; RFC 4180 has none",
        "quote_escapes_change": "escape character `z`; RFC 4180 has none",
        "quote_escapes_with_comma": "escape character `\\` without doubled quotes",
        "quoting_disabled": "quoting switched off; quotes always quote",
        "comment_1": "comment character `#`: comments are the pipeline's read.comment_prefix, "
            + "dropped above the reader (TableExtractor)",
        "comment_2": "comment character `#`, handled above the reader",
        "comment_3": "comment character `\\n`, handled above the reader",
        "comment_4": "comment character `#`, handled above the reader",
        "comment_5": "comment character `#`, handled above the reader",
    ]

    /// Non-default cases that only change the delimiter, which a pipeline can declare
    /// (`read.delimiter`): ported with that delimiter.
    static let delimiters: [String: UInt8] = [
        "delimiter_tabs": UInt8(ascii: "\t"), "delimiter_weird": UInt8(ascii: "z"),
    ]

    /// Where the reader does not give rust-csv's records; every other case must.
    static let verdicts: [String: Verdict] = [
        "quote_outer_space": .differs(
            .error("x.csv:1:1: malformed quote"),
            because: "a quote inside an unquoted field is refused unless the pipeline declares "
                + "read.stray_quotes: literal; rust-csv keeps it"),
        "quote_outer_space [literal]": .agrees,
        "quote_no_escapes": .differs(
            .error("x.csv:1:1: malformed quote"),
            because: "text after a closing quote is refused under either stray-quote policy; "
                + "rust-csv ends the quoting there and keeps the rest as text"),
    ]

    static let suite: [(id: String, input: [UInt8], delimiter: UInt8, upstream: [[String]]?)] =
        ConformanceCase.suiteCases("rust-csv/csv-core-parses_to-cases.json").compactMap {
            entry in
            guard let name = entry["name"] as? String, let input = entry["input"] as? String,
                let expected = entry["expected"] as? [[String]]
            else { return nil }
            let isDefault = entry["config"] is NSNull
            guard isDefault || delimiters[name] != nil else { return nil }
            return (name, Array(input.utf8), delimiters[name] ?? UInt8(ascii: ","), expected)
        }

    static let cases = ConformanceCase.expand(suite, verdicts: verdicts)

    @Test(arguments: cases)
    func readsAsPolicyExpects(testCase: ConformanceCase) {
        testCase.check()
    }

    /// The tables name real cases, and every non-default case is either ported or excluded.
    @Test func tablesMatchTheSuite() {
        let all = ConformanceCase.suiteCases("rust-csv/csv-core-parses_to-cases.json")
        let nonDefault = Set(
            all.filter { !($0["config"] is NSNull) }.compactMap { $0["name"] as? String })
        #expect(all.count == 63)
        #expect(nonDefault == Set(Self.excluded.keys).union(Self.delimiters.keys))
        #expect(Self.suite.count == 49)
        let names = Set(Self.suite.map(\.id))
        let verdictIDs = Self.verdicts.keys.map(ConformanceCase.suiteID(ofVerdict:))
        #expect(Set(verdictIDs).isSubset(of: names))
    }

    /// examples-data/uspop-latin1.csv is uspop.csv with one ISO-8859-1 byte (0xD5 before
    /// `akman`), which is neither UTF-8 nor CP949: the rows before it are read, then the
    /// error names the byte.
    @Test(arguments: [
        (TextEncoding.auto, "not valid UTF-8 or CP949 text"), (.utf8, "not valid UTF-8 text"),
        (.cp949, "not valid CP949 text"),
    ])
    func latin1IsNeitherUTF8NorCP949(encoding: TextEncoding, message: String) throws {
        let clean = try CSVReader(path: Fixtures.path("rust-csv/examples-data/uspop.csv"))
            .readAll()
        #expect(clean.count == 101)
        #expect(clean[3] == ["Oakman", "AL", "", "33.7133333", "-87.3886111"])
        for chunkSize in [1, 7, 64 * 1024] {
            let reader = try CSVReader(
                path: Fixtures.path("rust-csv/examples-data/uspop-latin1.csv"),
                displayPath: "uspop-latin1.csv",
                options: CSVReaderOptions(encoding: encoding, chunkSize: chunkSize))
            let outcome = reader.outcome()
            #expect(outcome.records.map(\.fields) == Array(clean[0..<3]))
            #expect(outcome.error?.description == "uspop-latin1.csv:4:1: \(message) (byte 125)")
        }
    }
}
