import ArgumentParser
import InnoStatCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Parse the pipelines and read every input as a run would; write nothing.")

    @OptionGroup var sources: SourceOptions

    func run() throws {
        let validator = PipelineValidator(
            pipelinesDirectory: sources.pipelines, rawDataDirectory: sources.rawData)
        let outcome: (errors: [String], files: [PipelineValidator.FileReport])
        do {
            outcome = try validator.validate(only: sources.only)
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
