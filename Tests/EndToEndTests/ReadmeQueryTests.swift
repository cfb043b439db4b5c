import Foundation
import Testing

/// The SQL examples of README.md and Warehouse/README.md run on the real warehouse, and what
/// they show does not mislead: no two rows alike (a dimension or the source left out), no
/// column they name that is empty in every row.
struct ReadmeQueryTests {
    /// Columns that are empty for the figures the examples happen to pick.
    static let mayBeEmpty: Set<String> = ["note", "valid_to_run"]

    static func examples() throws -> [String] {
        var examples: [String] = []
        for file in ["README.md", "Warehouse/README.md"] {
            let text = try String(
                contentsOfFile: InnoStatBinary.packageRoot + "/" + file, encoding: .utf8)
            let sql = try Regex(#"```sql\n(.*?)```"#).dotMatchesNewlines()
            let shell = try Regex(#"innostat query (?:--param \S+ )?"(.*?)""#).dotMatchesNewlines()
            for match in text.matches(of: sql) {
                examples.append(String(match.output[1].substring ?? ""))
            }
            for match in text.matches(of: shell) {
                examples.append(String(match.output[1].substring ?? ""))
            }
        }
        return examples.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    @Test func everyExampleRunsAndShowsDistinctRowsWithoutEmptyColumns() throws {
        let examples = try Self.examples()
        #expect(examples.count > 10)
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        for sql in examples {
            let parameters = sql.contains(":run") ? ["--param", "run=1"] : []
            let result = try innostat.run(
                arguments: ["query", "--format", "csv"] + parameters + [sql])
            #expect(result.status == 0, "\(sql)\n\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            guard let header = lines.first, lines.count > 1 else { continue }
            let rows = Array(lines.dropFirst())
            #expect(Set(rows).count == rows.count, "rows alike: \(sql)")
            if sql.hasPrefix("SELECT *") { continue }
            let names = header.split(separator: ",", omittingEmptySubsequences: false)
            let cells = rows.map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            for (index, name) in names.enumerated() where !Self.mayBeEmpty.contains(String(name)) {
                #expect(
                    cells.contains { $0.count == names.count && !$0[index].isEmpty }
                        || cells.contains { $0.count != names.count },
                    "\(name) is empty in every row: \(sql)")
            }
        }
    }
}
