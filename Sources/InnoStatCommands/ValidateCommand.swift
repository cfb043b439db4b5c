import ArgumentParser
import InnoStatCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Parse the pipelines and read every input as a run would; write nothing.")

    @Option(help: "Folder of pipeline files.") var pipelines = "Pipelines"
    @Option(name: .customLong("raw-data"), help: "Root folder of the raw input files.")
    var rawData = "RawData"
    @Option(help: "Validate only this pipeline (repeatable).") var only: [String] = []

    func run() throws {
        let validator = PipelineValidator(pipelinesDirectory: pipelines, rawDataDirectory: rawData)
        let outcome: (errors: [String], files: [PipelineValidator.FileReport])
        do {
            outcome = try validator.validate(only: only)
        } catch {
            StandardError.write("\(error)")
            throw ExitCodes.failed
        }
        for error in outcome.errors { StandardError.write(error) }
        var failed = !outcome.errors.isEmpty
        for file in outcome.files {
            for reject in file.rejects { StandardError.write(reject) }
            if let failure = file.failure {
                StandardError.write(failure)
                failed = true
            } else if !file.rejects.isEmpty {
                failed = true
            }
            print(
                "\(file.pipeline)\t\(file.file)\t\(file.rowsRead) rows\t\(file.observations) observations\t"
                    + "\(file.rowsSkipped) skipped\t\(file.rejects.count) rejects")
        }
        if failed { throw ExitCodes.failed }
    }
}
