import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// Warehouse/README.md documents every table, view and column of the real schema, and nothing
/// that is not there.
struct WarehouseGuideTests {
    /// Section name → documented column names, from `### \`name\`` headings and
    /// `| \`column\` | …` rows.
    static func documented() throws -> [String: Set<String>] {
        let text = try String(
            contentsOfFile: TestPaths.packageRoot + "/Warehouse/README.md", encoding: .utf8)
        var sections: [String: Set<String>] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### `"), let end = line.dropFirst(5).firstIndex(of: "`") {
                current = String(line.dropFirst(5)[..<end])
                sections[current!] = []
            } else if line.hasPrefix("## ") {
                current = nil
            } else if let section = current, line.hasPrefix("| `"),
                let end = line.dropFirst(3).firstIndex(of: "`")
            {
                sections[section]!.insert(String(line.dropFirst(3)[..<end]))
            }
        }
        return sections
    }

    static func schema() throws -> [String: Set<String>] {
        let folder = try TemporaryFolder()
        let warehouse = try Warehouse(path: folder.file("w.sqlite"))
        let names = try warehouse.database.rows(
            "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
        )
        var result: [String: Set<String>] = [:]
        for row in names {
            guard case .text(let name) = row[0] else { continue }
            let columns = try warehouse.database.rows(
                "SELECT name FROM pragma_table_info(?)", [.text(name)])
            result[name] = Set(columns.compactMap { $0[0].textValue })
        }
        return result
    }

    @Test func everyTableAndViewIsDocumented() throws {
        let documented = try Self.documented()
        for (name, columns) in try Self.schema() {
            guard let described = documented[name] else {
                Issue.record("Warehouse/README.md has no section ### `\(name)`")
                continue
            }
            let missing = columns.subtracting(described).sorted()
            #expect(missing.isEmpty, "columns of \(name) not documented: \(missing)")
            let extra = described.subtracting(columns).sorted()
            #expect(extra.isEmpty, "documented columns that \(name) does not have: \(extra)")
        }
    }

    @Test func nothingIsDocumentedThatDoesNotExist() throws {
        let schema = try Self.schema()
        for name in try Self.documented().keys {
            #expect(
                schema[name] != nil, "Warehouse/README.md documents \(name), which does not exist")
        }
    }
}
