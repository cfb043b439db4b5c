import Foundation
import Testing

/// The SQL examples of README.md, docs/*.md and Warehouse/README.md run on the real warehouse,
/// and what they show does not mislead: no two rows alike (a dimension or the source left out),
/// no column they name that is empty in every row.
struct ReadmeQueryTests {
    /// Columns that are empty for the figures the examples happen to pick.
    static let mayBeEmpty: Set<String> = ["note", "valid_to_run"]

    static let pages = DocumentationFiles.userPages + [DocumentationFiles.warehouseGuide]

    struct Example {
        let sql: String
        let parameters: [String]
    }

    /// The ```sql blocks (`:run` bound to run 1) and the SQL of every `innostat query … "SQL"`,
    /// with the `--param` values it shows.
    static func examples(in text: String) throws -> [Example] {
        var examples: [Example] = []
        let sql = try Regex(#"```sql\n(.*?)```"#).dotMatchesNewlines()
        let shell = try Regex(#"innostat query ((?:--[a-z-]+ [^\s"]+ )*)"(.*?)""#)
            .dotMatchesNewlines()
        for match in text.matches(of: sql) {
            let statement = String(match.output[1].substring ?? "")
            let parameters = statement.contains(":run") ? ["--param", "run=1"] : []
            examples.append(Example(sql: statement, parameters: parameters))
        }
        for match in text.matches(of: shell) {
            let flags = (match.output[1].substring ?? "").split(separator: " ").map(String.init)
            let parameters = stride(from: 0, to: flags.count - 1, by: 2)
                .filter { flags[$0] == "--param" }
                .flatMap { ["--param", flags[$0 + 1]] }
            examples.append(
                Example(sql: String(match.output[2].substring ?? ""), parameters: parameters))
        }
        return examples.map {
            Example(
                sql: $0.sql.trimmingCharacters(in: .whitespacesAndNewlines),
                parameters: $0.parameters)
        }
    }

    @Test func thePagesShowTheQueriesUsersAskFor() throws {
        let examples = try Self.pages.flatMap {
            try Self.examples(in: DocumentationFiles.text(of: $0))
        }
        #expect(examples.count > 10)
        #expect(examples.contains { $0.sql.contains("FROM v_run_reject") })
        #expect(examples.contains { $0.parameters == ["--param", "run=1"] })
    }

    @Test(arguments: pages)
    func everyExampleRunsAndShowsDistinctRowsWithoutEmptyColumns(page: String) throws {
        let examples = try Self.examples(in: DocumentationFiles.text(of: page))
        guard !examples.isEmpty else { return }
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        for example in examples {
            let sql = example.sql
            let result = try innostat.run(
                arguments: ["query", "--format", "csv"] + example.parameters + [sql])
            #expect(result.status == 0, "\(page): \(sql)\n\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            guard let header = lines.first, lines.count > 1 else { continue }
            let rows = Array(lines.dropFirst())
            #expect(Set(rows).count == rows.count, "\(page): rows alike: \(sql)")
            if sql.hasPrefix("SELECT *") { continue }
            let names = header.split(separator: ",", omittingEmptySubsequences: false)
            let cells = rows.map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            for (index, name) in names.enumerated() where !Self.mayBeEmpty.contains(String(name)) {
                #expect(
                    cells.contains { $0.count == names.count && !$0[index].isEmpty }
                        || cells.contains { $0.count != names.count },
                    "\(page): \(name) is empty in every row: \(sql)")
            }
        }
    }
}
