import Foundation
import Testing

/// The command lines of README.md and docs/*.md stay true: every `innostat <command> …` shown in
/// a code block or a code span names a command that exists, and every flag it shows is one that
/// command's `--help` lists.
struct ReadmeCommandLineTests {
    struct ShownCommandLine: Equatable, CustomStringConvertible {
        let command: String
        let flags: [String]
        var description: String { "innostat \(command) \(flags.joined(separator: " "))" }
    }

    static var commandPattern: Regex<(Substring, Substring)> {
        #/(?:^|[\s/=`])innostat ([a-z][a-z-]*)/#
    }

    /// The `innostat` command lines of one Markdown text: in ``` blocks (a line and the indented
    /// lines continuing it, a fence's own indentation removed) and in `code spans`. Flags are read
    /// outside quoted text and before a ` #` comment.
    static func commandLines(in text: String) -> [ShownCommandLine] {
        var statements: [String] = []
        var prose: [Substring] = []
        var fenceIndent: Int?
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") {
                if let statement = current { statements.append(statement) }
                current = nil
                fenceIndent = fenceIndent == nil ? line.count - trimmed.count : nil
                continue
            }
            guard let indent = fenceIndent else {
                prose.append(line)
                continue
            }
            let content = String(line.dropFirst(min(indent, line.count - trimmed.count)))
            if content.firstMatch(of: commandPattern) != nil {
                if let statement = current { statements.append(statement) }
                current = content
            } else if current != nil, content.first == " " {
                current! += "\n" + content
            } else {
                if let statement = current { statements.append(statement) }
                current = nil
            }
        }
        if let statement = current { statements.append(statement) }
        for span in prose.joined(separator: "\n").matches(of: #/`([^`\n]+)`/#) {
            let code = String(span.output.1)
            if code.firstMatch(of: #/^innostat [a-z]/#) != nil { statements.append(code) }
        }
        return statements.flatMap(commandLines(inStatement:))
    }

    /// The command lines of one shell statement: those its `&&`, `||`, `;` and `|` join.
    static func commandLines(inStatement statement: String) -> [ShownCommandLine] {
        var unquoted = statement.replacing(#/"[^"]*"|'[^']*'/#, with: "")
        if let comment = unquoted.firstRange(of: #/\s#/#) {
            unquoted = String(unquoted[..<comment.lowerBound])
        }
        return unquoted.split(separator: #/&&|\|\||[;|]/#).compactMap { part in
            guard let match = part.firstMatch(of: commandPattern) else { return nil }
            let rest = part[match.range.upperBound...]
            let flags = rest.matches(of: #/--[a-z][a-z0-9-]*/#).map { String($0.output) }
            return ShownCommandLine(command: String(match.output.1), flags: flags)
        }
    }

    static func help(_ help: String, lists flag: String) -> Bool {
        help.split { !($0.isLetter || $0.isNumber || $0 == "-") }.contains { $0 == flag }
    }

    @Test(arguments: [
        (
            "```\ninnostat run [--only NAME]... [--force]\n         [--wait [SECONDS]]\ninnostat query SQL\n```",
            [
                ShownCommandLine(command: "run", flags: ["--only", "--force", "--wait"]),
                ShownCommandLine(command: "query", flags: []),
            ]
        ),
        (
            "- item\n\n  ```sh\n  .build/release/innostat query --param run=1 \"SELECT a -- not a flag\n    FROM t\"\n  ```",
            [ShownCommandLine(command: "query", flags: ["--param"])]
        ),
        (
            "```cron\n30 2 * * * cd /srv/innostat && .build/release/innostat run --wait 600 >>log 2>&1\n```",
            [ShownCommandLine(command: "run", flags: ["--wait"])]
        ),
        (
            "```cron\n0 2 * * * cd /srv && { innostat fetch --log-format json && innostat run --wait 9; } >>log\n```",
            [
                ShownCommandLine(command: "fetch", flags: ["--log-format"]),
                ShownCommandLine(command: "run", flags: ["--wait"]),
            ]
        ),
        (
            "```ini\nExecStart=/srv/innostat/.build/release/innostat run --log-format json\n```",
            [ShownCommandLine(command: "run", flags: ["--log-format"])]
        ),
        (
            "```sh\ninnostat validate --only x   # then --force\nmake run\n```",
            [ShownCommandLine(command: "validate", flags: ["--only"])]
        ),
        (
            "Run `innostat run --retire-orphans` once; `innostat: run 7 interrupted` is a message.",
            [ShownCommandLine(command: "run", flags: ["--retire-orphans"])]
        ),
    ])
    func commandLinesAreFoundWhereverAPageShowsThem(
        markdown: String, expected: [ShownCommandLine]
    ) {
        #expect(Self.commandLines(in: markdown) == expected)
    }

    @Test func theFrontPageShowsEveryCommand() throws {
        let commands = Self.commandLines(in: try DocumentationFiles.text(of: "README.md"))
        #expect(
            Set(commands.map(\.command))
                == [
                    "run", "validate", "query", "export", "status", "explain", "report", "init",
                    "fetch",
                ])
    }

    @Test(arguments: DocumentationFiles.userPages)
    func everyCommandAndFlagShownExists(page: String) throws {
        let commands = Self.commandLines(in: try DocumentationFiles.text(of: page))
        let innostat = try InnoStatBinary(copying: [])
        var helps: [String: InnoStatBinary.Result] = [:]
        for shown in commands {
            let help = try helps[shown.command] ?? innostat.run(shown.command, "--help")
            helps[shown.command] = help
            #expect(help.status == 0, "\(page): `innostat \(shown.command)` is no command")
            for flag in shown.flags {
                #expect(
                    Self.help(help.stdout, lists: flag),
                    "\(page): `innostat \(shown.command)` has no \(flag) (shown as `\(shown)`)")
            }
        }
    }
}
