import Foundation
import Testing

/// One case of libcsv's own test suite (Fixtures/libcsv-upstream/test_csv-cases.json), its
/// expected event stream mapped to the records this reader must deliver.
struct LibcsvCase: Sendable, CustomTestStringConvertible {
    var name: String
    var options: String
    var input: [UInt8]
    /// The rows libcsv reports before the end of input or an error.
    var records: [[[UInt8]]]
    var fails: Bool

    var id: String { "\(name) [\(options)]" }
    var testDescription: String { id }

    /// Option sets that match the reader's strict parsing; the others switch on libcsv modes
    /// the reader does not expose (CSV_REPALL_NL reports blank lines as rows, CSV_EMPTY_IS_NULL
    /// tells empty from missing fields).
    static let testedOptionSets: Set = ["0", "CSV_STRICT", "CSV_STRICT | CSV_STRICT_FINI"]

    /// Cases whose expectation contradicts the project's policy, by case name.
    static let excluded: [String: String] = [
        "test01": "libcsv trims the spaces around ` 1,2 ,  3  ,4,5`; the policy keeps them",
        "test06": "libcsv trims the space before ` a b  c`; the policy keeps it",
        "test07": "options 0 accepts text after a closing quote; test07b is the strict twin",
        "test08": "options 0 only: a quote after spaces after a closing quote is kept as data; "
            + "strict parsing rejects it",
        "test11": "libcsv trims `2 ` to `2`; the policy keeps the space",
        "test14": "trims spaces; without trimming `  \"4\"` is a quote inside an unquoted field",
        "test15": "trims spaces; without trimming `  \"4\"` is a quote inside an unquoted field",
        "test16": "options 0 / CSV_STRICT accept an unterminated quote at the end; the reader "
            + "uses CSV_STRICT_FINI, tested by test16b",
        "test17": "libcsv trims the spaces around `a\\0b\\0c`; NUL bytes are tested separately",
        "custom01": "needs quote character `'`; the reader's quote is always `\"`",
    ]

    static let all: [LibcsvCase] = load()

    /// Every case of the suite, tested or not.
    static func load(filter: Bool = true) -> [LibcsvCase] {
        guard
            let data = try? Data(
                contentsOf: Fixtures.root.appendingPathComponent(
                    "libcsv-upstream/test_csv-cases.json")),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let cases = object["cases"] as? [[String: Any]]
        else { return [] }
        var seen: Set<String> = []
        var result: [LibcsvCase] = []
        for entry in cases {
            guard let parsed = LibcsvCase(entry), seen.insert(parsed.id).inserted else { continue }
            let tested =
                testedOptionSets.contains(parsed.options)
                && excluded[parsed.name] == nil
            if tested || !filter {
                result.append(parsed)
            }
        }
        return result
    }

    init?(_ entry: [String: Any]) {
        guard let name = entry["name"] as? String,
            let options = entry["options"] as? String,
            let input = entry["input_latin1"] as? String,
            let events = entry["expected_events"] as? [[String: Any]]
        else { return nil }
        self.name = name
        self.options = options
        self.input = Self.latin1(input)
        records = []
        fails = false
        var row: [[UInt8]] = []
        for event in events {
            switch event["event"] as? String {
            case "CSV_COL":
                row.append(Self.latin1(event["field"] as? String ?? ""))
            case "CSV_ROW":
                records.append(row)
                row = []
            case "CSV_ERR":
                fails = true
            default:
                break
            }
        }
    }

    private static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }
}
