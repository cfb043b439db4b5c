import CSVStream
import Foundation

/// Test fixtures: conformance cases copied from /work/shared/conformance, golden files, and our own.
enum Fixtures {
    static let root: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(relative))
    }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// A CSV fixture's rows after its header, each as column → text.
    static func csvRows(_ relative: String) throws -> [[String: String]] {
        let reader = try CSVReader(path: path(relative), displayPath: relative)
        var header: [String]?
        var rows: [[String: String]] = []
        try reader.forEachRecord { record in
            guard let columns = header else {
                header = record.fields
                return
            }
            rows.append(Dictionary(uniqueKeysWithValues: zip(columns, record.fields)))
        }
        return rows
    }
}
