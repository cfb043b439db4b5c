import CSVStream
import Foundation
import Testing

/// What reading an input gives: the records delivered, then the error that ended the read.
struct Outcome: Equatable, Sendable, CustomStringConvertible {
    var records: [[String]]
    var error: String?

    static func records(_ records: [[String]]) -> Outcome {
        Outcome(records: records, error: nil)
    }

    static func error(_ message: String, after records: [[String]] = []) -> Outcome {
        Outcome(records: records, error: message)
    }

    var description: String { "\(records)" + (error.map { " then \($0)" } ?? "") }
}

/// How the reader's result for one case relates to what an external suite expects.
enum Verdict: Sendable {
    /// The reader gives the suite's records (said only where another verdict would apply).
    case agrees
    /// The suite expects an error as well; this is the reader's, exactly.
    case agreesOnError(Outcome)
    /// The project's policy differs on purpose: what the reader does instead, and why.
    case differs(Outcome, because: String)

    /// What the reader must give, `upstream` being the suite's records (nil for an error).
    func outcome(upstream: [[String]]?) -> Outcome {
        switch self {
        case .agrees:
            upstream.map(Outcome.records) ?? .error("the suite expects an error here")
        case .agreesOnError(let outcome), .differs(let outcome, _):
            outcome
        }
    }
}

/// One case of an external CSV suite, read with one stray-quote policy.
struct ConformanceCase: Sendable, CustomTestStringConvertible {
    /// The suite's name for the case, with ` [literal]` for the `.literal` stray-quote run.
    var id: String
    var input: [UInt8]
    var delimiter = UInt8(ascii: ",")
    var strayQuotes = StrayQuotePolicy.reject
    var expected: Outcome
    var testDescription: String { id }

    /// Every case of `suite` under both stray-quote policies. A case without a verdict must
    /// read as the suite's records; a verdict for `id [literal]` overrides the one for `id`.
    static func expand(
        _ suite: [(id: String, input: [UInt8], delimiter: UInt8, upstream: [[String]]?)],
        verdicts: [String: Verdict]
    ) -> [ConformanceCase] {
        suite.flatMap { entry in
            StrayQuotePolicy.allCases.map { policy in
                let id = policy == .reject ? entry.id : "\(entry.id) [literal]"
                let verdict = verdicts[id] ?? verdicts[entry.id]
                let expected = (verdict ?? .agrees).outcome(upstream: entry.upstream)
                return ConformanceCase(
                    id: id, input: entry.input, delimiter: entry.delimiter, strayQuotes: policy,
                    expected: expected)
            }
        }
    }

    /// The suite's case id a verdict key is for (`id` or `id [literal]`).
    static func suiteID(ofVerdict key: String) -> String {
        key.hasSuffix(" [literal]") ? String(key.dropLast(" [literal]".count)) : key
    }

    /// Reads the input at every chunk size from 1 to its length and checks each outcome.
    func check() {
        for chunkSize in 1...max(1, input.count) {
            let options = CSVReaderOptions(
                delimiter: delimiter, chunkSize: chunkSize, strayQuotes: strayQuotes)
            let read = CSVReader(bytes: input, displayPath: "x.csv", options: options).outcome()
            let outcome = Outcome(
                records: read.records.map(\.fields), error: read.error?.description)
            #expect(outcome == expected, "chunk size \(chunkSize)")
        }
    }

    /// The `cases` array of a suite's JSON file in Fixtures.
    ///
    /// JSONSerialization drops a U+FEFF that starts a string value (`"\u{FEFF}a"` reads as
    /// `"a"`), which would quietly turn the byte-order-mark cases into plain ones; the raw
    /// character is escaped first, which it keeps.
    static func suiteCases(_ path: String) -> [[String: Any]] {
        guard let raw = try? Data(contentsOf: Fixtures.root.appendingPathComponent(path)),
            let text = String(data: raw, encoding: .utf8),
            case let data = Data(text.replacingOccurrences(of: "\u{FEFF}", with: "\\ufeff").utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let cases = object["cases"] as? [[String: Any]]
        else { return [] }
        return cases
    }
}
