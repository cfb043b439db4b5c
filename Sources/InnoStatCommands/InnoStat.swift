import ArgumentParser
import InnoStatCore

/// The `innostat` command line.
public struct InnoStat: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "innostat",
        abstract:
            "Load R&D and regional statistics into a SQLite warehouse and compute indicators.",
        discussion: """
            Exit codes: 0 ok; 1 a load or check failed (what failed was rolled back, the rest \
            committed); 3 another run holds the warehouse lock; 64 usage error; 130 and 143 \
            a run stopped by SIGINT or SIGTERM.
            """,
        version: InnoStatVersion.current,
        subcommands: [
            RunCommand.self, ValidateCommand.self, QueryCommand.self, ExportCommand.self,
            StatusCommand.self, ExplainCommand.self, ReportCommand.self, InitCommand.self,
            FetchCommand.self,
        ]
    )

    public init() {}

    /// The command line as argument-parser can read it (see ``LockWait``).
    public static func normalizedArguments(_ arguments: [String]) -> [String] {
        LockWait.normalize(arguments)
    }
}
