import CSVStream
import Foundation
import Testing

/// CPython's csv reader cases (Fixtures/cpython-test_csv, see its ORIGIN.md), under both
/// stray-quote policies: the file-semantics cases (`input_text`), and the line-list cases
/// whose one line reads the same from a file (no line end inside it but a trailing one).
/// Python's csv is lenient unless `strict` is set.
@Suite struct CPythonCSVTests {
    /// Options that change the dialect beyond what a pipeline can declare.
    static let unportedOptions: [String: String] = [
        "escapechar": "RFC 4180 has no escape character",
        "quotechar": "the quote is always `\"`",
        "quoting": "quoting cannot be switched off, and typing cells is the transform's work",
        "doublequote": "RFC 4180 always doubles quotes",
        "skipinitialspace": "spaces are data; the transform trims labels and numbers",
    ]

    /// Line-list cases not ported for another reason than their options, by id.
    static let unported: [String: String] = [
        "Test_Csv.test_read_oddinputs#4": "a bytes object where text is due: a Python type error",
        "Test_Csv.test_read_eol#9": "an unquoted line end inside one list element",
        "Test_Csv.test_read_eol#10": "an unquoted line end inside one list element",
        "Test_Csv.test_read_eol#11": "an unquoted line end inside one list element",
    ]

    static let truncation =
        "a quoted field still open at the end of the file is an error, never a short last "
        + "record; Python reads it unless strict"
    static let strayQuote =
        "a quote inside an unquoted field is refused unless the pipeline declares "
        + "read.stray_quotes: literal; Python keeps it"
    static let textAfterClosingQuote =
        "text after a closing quote is refused under either stray-quote policy; Python ends "
        + "the quoting there and keeps the rest"

    /// Where the reader does not give Python's records; every other ported case must.
    static let verdicts: [String: Verdict] = [
        "Test_Csv.test_read_oddinputs#1": .differs(
            .records([]), because: "a blank line is no record; Python gives an empty one"),
        "Test_Csv.test_read_oddinputs#2": .agreesOnError(.error("x.csv:1:1: malformed quote")),
        "Test_Csv.test_read_eof#12": .differs(
            .error("x.csv:1:2: file ends inside a quoted field"), because: truncation),
        "Test_Csv.test_read_eof#13": .differs(
            .error("x.csv:1:1: file ends inside a quoted field"), because: truncation),
        "Test_Csv.test_read_eof#15": .agreesOnError(
            .error("x.csv:1:2: file ends inside a quoted field")),
        "Test_Csv.test_read_eof#16": .agreesOnError(
            .error("x.csv:1:1: file ends inside a quoted field")),
        "TestDialectExcel.test_inline_quote#57": .differs(
            .error("x.csv:1:1: malformed quote"), because: strayQuote),
        "TestDialectExcel.test_inline_quote#57 [literal]": .agrees,
        "TestDialectExcel.test_inline_quotes#58": .differs(
            .error("x.csv:1:1: malformed quote"), because: strayQuote),
        "TestDialectExcel.test_inline_quotes#58 [literal]": .agrees,
        "TestDialectExcel.test_lone_quote#60": .differs(
            .error("x.csv:1:1: malformed quote"), because: strayQuote),
        "TestDialectExcel.test_lone_quote#60 [literal]": .agrees,
        "TestDialectExcel.test_space_and_quote#62": .differs(
            .error("x.csv:1:1: malformed quote"), because: strayQuote),
        "TestDialectExcel.test_space_and_quote#62 [literal]": .agrees,
        "TestDialectExcel.test_dubious_quote#66": .differs(
            .error("x.csv:1:3: malformed quote"), because: strayQuote),
        "TestDialectExcel.test_dubious_quote#66 [literal]": .agrees,
        "TestDialectExcel.test_quotes_and_more#59": .differs(
            .error("x.csv:1:1: malformed quote"), because: textAfterClosingQuote),
        "TestDialectExcel.test_quote_and_quote#61": .differs(
            .error("x.csv:1:1: malformed quote"), because: textAfterClosingQuote),
    ]

    /// Why a case is not ported, or nil when it is.
    static func exclusion(_ entry: [String: Any]) -> String? {
        let id = entry["id"] as? String ?? ""
        if let reason = unported[id] {
            return reason
        }
        let options = entry["options"] as? [String: Any] ?? [:]
        let set = options.filter { !($0.value is NSNull) }.keys.sorted()
        if let option = set.first(where: { unportedOptions[$0] != nil }) {
            return "\(option): \(unportedOptions[option]!)"
        }
        return nil
    }

    typealias Ported = (id: String, input: [UInt8], delimiter: UInt8, upstream: [[String]]?)

    static let all: [(id: String, exclusion: String?, ported: Ported?)] =
        ConformanceCase.suiteCases("cpython-test_csv/reader-cases.json").map { entry in
            let id = entry["id"] as? String ?? ""
            let text =
                entry["input_text"] as? String
                ?? (entry["input_lines"] as? [String]).map { $0.joined() }
            guard let text, exclusion(entry) == nil else { return (id, exclusion(entry), nil) }
            let options = entry["options"] as? [String: Any] ?? [:]
            let delimiter = (options["delimiter"] as? String)?.utf8.first ?? UInt8(ascii: ",")
            let upstream = entry["expected"] as? [[String]]
            return (id, nil, (id, Array(text.utf8), delimiter, upstream))
        }

    static let suite = all.compactMap(\.ported)
    static let cases = ConformanceCase.expand(suite, verdicts: verdicts)

    @Test(arguments: cases)
    func readsAsPolicyExpects(testCase: ConformanceCase) {
        testCase.check()
    }

    @Test func tablesMatchTheSuite() {
        let entries = ConformanceCase.suiteCases("cpython-test_csv/reader-cases.json")
        #expect(entries.count == 67)
        let fileCases = entries.filter { $0["input_text"] != nil }.compactMap {
            $0["id"] as? String
        }
        #expect(fileCases.count == 22)
        let portedIDs = Set(Self.suite.map(\.id))
        #expect(portedIDs.intersection(fileCases).count == 20)
        #expect(Self.suite.count == 42)
        let verdictIDs = Self.verdicts.keys.map(ConformanceCase.suiteID(ofVerdict:))
        #expect(Set(verdictIDs).isSubset(of: portedIDs))
        let allIDs = Set(entries.compactMap { $0["id"] as? String })
        #expect(Set(Self.unported.keys).isSubset(of: allIDs))
        for ported in Self.suite where ported.upstream == nil {
            #expect(Self.verdicts[ported.id] != nil, "\(ported.id) expects an error")
        }
    }
}
