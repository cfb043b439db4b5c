import Foundation
import Testing

/// The command-line block of README.md stays true: every command it shows exists, and every
/// flag it shows for a command is one that command's `--help` lists.
struct ReadmeCommandLineTests {
    static func readmeCommands() throws -> [(command: String, flags: [String])] {
        let text = try String(
            contentsOfFile: InnoStatBinary.packageRoot + "/README.md", encoding: .utf8)
        var commands: [(String, [String])] = []
        var current: (String, [String])?
        var inCode = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inCode.toggle() }
            if inCode && line.hasPrefix("innostat ") {
                if let current { commands.append(current) }
                let words = line.split(separator: " ")
                current = (String(words[1]), [])
            } else if current != nil, !line.hasPrefix(" ") {
                commands.append(current!)
                current = nil
                continue
            }
            if current != nil {
                let flags = line.split(whereSeparator: { " []|.".contains($0) })
                    .filter { $0.hasPrefix("--") }.map(String.init)
                current!.1 += flags
            }
        }
        if let current { commands.append(current) }
        return commands
    }

    @Test func everyCommandAndFlagInTheReadmeExists() throws {
        let commands = try Self.readmeCommands()
        #expect(
            Set(commands.map(\.command))
                == ["run", "validate", "query", "export", "status", "explain", "report"])
        let innostat = try InnoStatBinary(copying: [])
        for (command, flags) in commands {
            let help = try innostat.run(command, "--help")
            #expect(help.status == 0, "\(command) --help")
            for flag in flags {
                #expect(help.stdout.contains(flag), "`innostat \(command)` has no \(flag)")
            }
        }
    }
}
