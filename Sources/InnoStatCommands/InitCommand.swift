import ArgumentParser
import InnoStatCore

struct InitCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Draft a pipeline that loads a downloaded table (xlsx, xls or CSV) as it stands.",
        discussion: """
            Writes <pipelines>/<name>.yaml per FILE (the name from the file unless --name), \
            prints what it inferred and what to check, and loads the draft into a throwaway \
            warehouse to show that `innostat run --only <name>` will load it. FILE must be \
            under --raw-data. Never overwrites a pipeline without --force. Exits 1 when a file \
            cannot be drafted or its draft does not load, 64 on a usage mistake.
            """)

    @Option(name: .customLong("raw-data"), help: "Root folder of the raw input files.")
    var rawData = "RawData"
    @Option(help: "Folder of pipeline files.") var pipelines = "Pipelines"
    @Option(help: "The pipeline's name (only with one FILE).") var name: String?
    @Flag(help: "Overwrite an existing pipeline file.") var force = false
    @Argument(help: "Downloaded tables to draft pipelines for.") var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one FILE") }
        if name != nil && files.count > 1 {
            throw ValidationError("--name names one pipeline: give one FILE with it")
        }
    }

    func execute(_ diagnostics: StandardErrorSink) throws {
        let drafter = PipelineDrafter(rawDataDirectory: rawData, pipelinesDirectory: pipelines)
        var failed = false
        for file in files {
            do {
                let outcome = try drafter.draft(file: file, name: name, force: force)
                print("wrote \(outcome.path)")
                for line in outcome.account { print("  \(line)") }
                print("  trial load: \(outcome.trial)")
                if outcome.trialFailed {
                    diagnostics.error("\(outcome.path): the draft does not load: \(outcome.trial)")
                    failed = true
                } else {
                    print("  next: innostat run --only \(outcome.name)")
                }
            } catch let refusal as DraftRefusal {
                diagnostics.error(refusal.description)
                failed = true
            }
        }
        if failed { throw CommandFailure() }
    }
}
