import CSVStream
import Foundation
import Testing

/// Papa Parse's parse cases (Fixtures/papaparse, see its ORIGIN.md) that apply to a strict
/// RFC 4180 reader, under both stray-quote policies. Papa is lenient: it reports errors beside
/// the data it still returns, keeps blank lines as `[""]` and guesses the delimiter. Where the
/// reader differs, the verdict says what it does instead and why.
@Suite struct PapaParseTests {
    /// Papa options the reader has no counterpart for, and why; a case using one is not ported.
    static let unportedOptions: [(option: String, reason: String)] = [
        ("comments", "comments are the pipeline's read.comment_prefix, dropped above the reader"),
        ("skipFirstNLines", "preamble lines are the pipeline's read.skip_records"),
        ("preview", "the reader always streams the whole file"),
        ("fastMode", "a Papa speed switch for quote-free input"),
        ("dynamicTyping", "typing cells is the transform's work (ValueParser)"),
        ("transform", "a JavaScript callback"),
        ("transformHeader", "a JavaScript callback"),
        ("quoteChar", "the quote is always `\"`"),
        ("escapeChar", "RFC 4180 has no escape character: quotes are doubled"),
    ]

    /// Why a case is not ported, or nil when it is.
    static func exclusion(_ entry: [String: Any]) -> String? {
        if entry["has_function_config"] as? Bool == true {
            return "a JavaScript callback in the configuration"
        }
        let config = entry["config"] as? [String: Any] ?? [:]
        if let unported = unportedOptions.first(where: { config[$0.option] != nil }) {
            return "\(unported.option): \(unported.reason)"
        }
        if let delimiter = config["delimiter"] as? String, delimiter.utf8.count != 1 {
            return "multi-character delimiter; the delimiter is one byte"
        }
        return nil
    }

    static func id(_ entry: [String: Any], index: Int) -> String {
        "\(entry["group"] as? String ?? "")[\(index)] \(entry["description"] as? String ?? "")"
    }

    /// Papa's data as records. With `header: true` Papa gives objects keyed by the header row,
    /// a short row's missing keys left out and a long row's extra fields in `__parsed_extra`;
    /// they are turned back into the header row and the rows the reader must deliver.
    static func upstreamRecords(_ entry: [String: Any], input: String) -> [[String]]? {
        guard let expected = entry["expected"] as? [String: Any],
            let data = expected["data"] as? [Any],
            (expected["errors"] as? [Any])?.isEmpty ?? true
        else { return nil }
        let config = entry["config"] as? [String: Any] ?? [:]
        var records: [[String]] = []
        if config["header"] as? Bool == true, !(data.first is [Any]) {
            let firstLine = input.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).first
            let header = (firstLine ?? "").split(separator: ",", omittingEmptySubsequences: false)
                .map { name in
                    String(name).replacingOccurrences(of: "\u{FEFF}", with: "")
                        .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                }
            records.append(header)
            for case let row as [String: Any] in data {
                records.append(
                    header.compactMap { row[$0] as? String }
                        + (row["__parsed_extra"] as? [String] ?? []))
            }
            return records
        }
        for case let row as [String] in data {
            records.append(row)
        }
        return records
    }

    static let strayQuote =
        "a quote inside an unquoted field is refused unless the pipeline declares "
        + "read.stray_quotes: literal; Papa keeps it"
    static let textAfterClosingQuote =
        "text after a closing quote, spaces included, is refused under either stray-quote "
        + "policy; Papa drops the spaces"
    static let blankLines = "a blank line is no record; Papa keeps it as [\"\"]"
    static let declaredDelimiter =
        "the pipeline declares the delimiter; it is never guessed, so there is nothing to warn "
        + "about"
    static let ragged =
        "the reader delivers ragged records as they are; the pipeline rejects them as "
        + "ragged_row (CSVPolicyPipelineTests)"
    static let duplicateHeader =
        "the reader keeps header names as they are; a pipeline refuses a column it maps that "
        + "appears twice (RowMapper), Papa renames the copies"

    /// Where the reader does not give Papa's data; every other ported case must. Papa's errors
    /// come with data it still returns; the reader delivers no part of a record it refuses.
    static let verdicts: [String: Verdict] = [
        "CORE_PARSER_TESTS[12] Unquoted field with quotes at end of field": .differs(
            .error("x.csv:1:2: malformed quote"), because: strayQuote),
        "CORE_PARSER_TESTS[12] Unquoted field with quotes at end of field [literal]": .agrees,
        "CORE_PARSER_TESTS[17] Quoted field with whitespace around quotes": .differs(
            .error("x.csv:1:2: malformed quote"), because: strayQuote),
        "CORE_PARSER_TESTS[17] Quoted field with whitespace around quotes [literal]": .agrees,
        "CORE_PARSER_TESTS[18] Misplaced quotes in data, not as opening quotes": .differs(
            .error("x.csv:1:2: malformed quote"), because: strayQuote),
        "CORE_PARSER_TESTS[18] Misplaced quotes in data, not as opening quotes [literal]":
            .agrees,
        "PARSE_TESTS[8] Misplaced quotes in data twice, not as opening quotes": .differs(
            .error("x.csv:1:2: malformed quote"), because: strayQuote),
        "PARSE_TESTS[8] Misplaced quotes in data twice, not as opening quotes [literal]":
            .agrees,

        // Papa's MissingQuotes and InvalidQuotes errors.
        "CORE_PARSER_TESTS[19] Quoted field has no closing quote": .agreesOnError(
            .error("x.csv:1:2: file ends inside a quoted field")),
        "CORE_PARSER_TESTS[20] Quoted field has invalid trailing quote after delimiter with a "
            + "valid closer": .agreesOnError(.error("x.csv:1:1: malformed quote")),
        "CORE_PARSER_TESTS[21] Quoted field has invalid trailing quote after delimiter":
            .agreesOnError(.error("x.csv:1:2: malformed quote")),
        "CORE_PARSER_TESTS[22] Quoted field has invalid trailing quote before delimiter":
            .agreesOnError(.error("x.csv:1:2: malformed quote")),
        "CORE_PARSER_TESTS[23] Quoted field has invalid trailing quote after new line":
            .agreesOnError(.error("x.csv:2:2: malformed quote")),

        "PARSE_TESTS[5] Quoted fields with spaces between closing quote and next delimiter":
            .differs(.error("x.csv:1:2: malformed quote"), because: textAfterClosingQuote),
        "PARSE_TESTS[6] Quoted fields with spaces between closing quote and next new line":
            .differs(.error("x.csv:1:4: malformed quote"), because: textAfterClosingQuote),
        "PARSE_TESTS[7] Quoted fields with spaces after closing quote": .differs(
            .error("x.csv:1:2: malformed quote"), because: textAfterClosingQuote),
        "PARSE_TESTS[90] Quoted fields with spaces between closing quote and next delimiter and "
            + "contains delimiter": .differs(
                .error("x.csv:1:2: malformed quote"), because: textAfterClosingQuote),
        "PARSE_TESTS[91] Quoted fields with spaces between closing quote and newline and "
            + "contains newline": .differs(
                .error("x.csv:2:3: malformed quote"), because: textAfterClosingQuote),

        "CORE_PARSER_TESTS[54] One column input with empty fields": .differs(
            .records([["a"], ["b"], ["c"], ["d"], ["e"]]), because: blankLines),
        "PARSE_TESTS[42] Blank line at beginning": .differs(
            .records([["a", "b", "c"], ["d", "e", "f"]]), because: blankLines),
        "PARSE_TESTS[43] Blank line in middle": .differs(
            .records([["a", "b", "c"], ["d", "e", "f"]]), because: blankLines),
        "PARSE_TESTS[44] Blank lines at end": .differs(
            .records([["a", "b", "c"], ["d", "e", "f"]]), because: blankLines),
        "PARSE_TESTS[59] Empty lines": .differs(
            .records([["a", "b", "c"], ["d", "e", "f"]]), because: blankLines),
        "PARSE_TESTS[88] Parsing with skipEmptyLines set to 'greedy'": .differs(
            .records([
                ["a", "b"], ["", ""], ["c", "d"], [" ", " "], ["", " "], ["\t", "\t"],
                ["", "", "", "", ""],
            ]),
            because: "only an empty line is blank: a line of spaces or delimiters is a record"),
        "PARSE_TESTS[89] Parsing with skipEmptyLines set to 'greedy' with quotes and delimiters "
            + "as content": .differs(
                .records([
                    ["a", "b"], ["", ""], ["c", "d"], [" , ", ","], ["\" \"", "\"\""],
                ]),
                because: "only an empty line is blank: a line of delimiters is a record"),
        "PARSE_TESTS[9] Mixed slash n and slash r should choose first as precident": .differs(
            .records([["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]]),
            because: "LF, CRLF and a lone CR each end a line wherever they appear; Papa picks "
                + "one line end per file and keeps the others as data"),

        // Papa's TooFewFields and TooManyFields errors.
        "PARSE_TESTS[12] Row with too few fields": .differs(
            .records([["A", "B", "C"], ["a", "b"]]), because: ragged),
        "PARSE_TESTS[13] Row with too many fields": .differs(
            .records([["A", "B", "C"], ["a", "b", "c", "d", "e"], ["f", "g", "h"]]),
            because: ragged),
        "CORE_PARSER_TESTS[59] Simple duplicated header names": .differs(
            .records([["A", "A", "A", "A"], ["1", "2", "3", "4"]]), because: duplicateHeader),
        "CORE_PARSER_TESTS[61] Duplicated header names existing column": .differs(
            .records([["c", "c", "c", "c_1"], ["1", "2", "3", "4"]]), because: duplicateHeader),
        "CORE_PARSER_TESTS[62] Duplicate header names with __proto__ field": .differs(
            .records([["__proto__", "__proto__", "__proto__"], ["1", "2", "3"]]),
            because: duplicateHeader),

        // Papa's UndetectableDelimiter errors, and its delimiter guessing.
        "PARSE_TESTS[49] Empty input string": .differs(.records([]), because: declaredDelimiter),
        "PARSE_TESTS[51] Input is just a string (a single field)": .differs(
            .records([["Abc def"]]), because: declaredDelimiter),
        "PARSE_TESTS[62] Skip empty lines, with empty input": .differs(
            .records([]), because: declaredDelimiter),
        "PARSE_TESTS[67] Pipe delimiter is guessed correctly when mixed with comas": .differs(
            .records([["one|two", "two|three"], ["four|five", "five|six"]]),
            because: declaredDelimiter),
        "PARSE_TESTS[69] Pipe delimiter is guessed correctly when first field are enclosed in "
            + "quotes and contain delimiter characters": .differs(
                .error("x.csv:1:1: malformed quote"),
                because: "read with the declared comma, the quoted first field is followed by "
                    + "`;`: text after a closing quote"),
        "PARSE_TESTS[70] Pipe delimiter is guessed correctly when some fields are enclosed in "
            + "quotes and contain delimiter characters and escaoped quotes": .differs(
                .error("x.csv:1:1: malformed quote"),
                because: "read with the declared comma, the first field holds a stray quote"),
        "PARSE_TESTS[70] Pipe delimiter is guessed correctly when some fields are enclosed in "
            + "quotes and contain delimiter characters and escaoped quotes [literal]": .differs(
                .error("x.csv:1:3: malformed quote"),
                because: "read with the declared comma, the third field is `\"\"` followed by "
                    + "`3`: text after a closing quote"),
        "PARSE_TESTS[24] Bad delimiter (\\n)": .differs(
            .error(
                "x.csv: the delimiter must be an ascii character other than a quote or line end"),
            because: "a delimiter that cannot work is refused; Papa falls back to a comma"),
    ]

    /// Every case by id: its input, delimiter and records, or why it is not ported.
    static let all: [(id: String, exclusion: String?, errors: [String], ported: Ported?)] = {
        var indexInGroup: [String: Int] = [:]
        return ConformanceCase.suiteCases("papaparse/parse-cases.json").map { entry in
            let group = entry["group"] as? String ?? ""
            let index = indexInGroup[group, default: 0]
            indexInGroup[group] = index + 1
            let id = id(entry, index: index)
            let expected = entry["expected"] as? [String: Any]
            let errors = (expected?["errors"] as? [[String: Any]] ?? []).compactMap {
                $0["code"] as? String
            }
            let excluded = exclusion(entry)
            guard excluded == nil, let input = entry["input"] as? String else {
                return (id, excluded, errors, nil)
            }
            let config = entry["config"] as? [String: Any] ?? [:]
            let delimiter = (config["delimiter"] as? String)?.utf8.first ?? UInt8(ascii: ",")
            let ported = (id, Array(input.utf8), delimiter, upstreamRecords(entry, input: input))
            return (id, nil, errors, ported)
        }
    }()

    typealias Ported = (id: String, input: [UInt8], delimiter: UInt8, upstream: [[String]]?)

    static let suite: [Ported] = all.compactMap(\.ported)

    static let cases = ConformanceCase.expand(suite, verdicts: verdicts)

    @Test(arguments: cases)
    func readsAsPolicyExpects(testCase: ConformanceCase) {
        testCase.check()
    }

    /// Every verdict names a ported case, every case Papa expects an error for has one, and
    /// the tally of ported and excluded cases stays as documented.
    @Test func tablesMatchTheSuite() {
        #expect(Self.all.count == 160)
        #expect(Self.suite.count == 103)
        let ids = Set(Self.suite.map(\.id))
        let verdictIDs = Self.verdicts.keys.map(ConformanceCase.suiteID(ofVerdict:))
        #expect(Set(verdictIDs).isSubset(of: ids))
        for (id, exclusion, errors, _) in Self.all where !errors.isEmpty && exclusion == nil {
            #expect(Self.verdicts[id] != nil, "\(id): \(errors)")
        }
        let portedErrorCodes = Self.all.filter { $0.exclusion == nil }.flatMap(\.errors)
        #expect(portedErrorCodes.count == 13)
    }
}
