import ArgumentParser
import InnoStatCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Parse the pipelines and load every input as a run would, checks included, into "
            + "a throwaway warehouse; write nothing.",
        discussion: "Exits 1 when a run would fail: a pipeline error, or a file that cannot be "
            + "read or has more rejects than its tolerance.")

    @OptionGroup var sources: SourceOptions

    func run() throws {
        let validator = PipelineValidator(
            pipelinesDirectory: sources.pipelines, rawDataDirectory: sources.rawData)
        let outcome: (errors: [String], files: [PipelineValidator.FileReport])
        do {
            outcome = try validator.validate(only: sources.only)
        } catch let selection as PipelineSelectionError {
            for line in selection.lines { StandardError.write(line) }
            throw selection.isUsageError ? ExitCodes.usage : ExitCodes.failed
        } catch {
            StandardError.write("\(error)")
            throw ExitCodes.failed
        }
        for error in outcome.errors { StandardError.write(error) }
        var failed = !outcome.errors.isEmpty
        for file in outcome.files {
            for reject in file.rejects { StandardError.write(reject) }
            for warning in file.warnings { StandardError.write(warning) }
            if let failure = file.failure {
                StandardError.write(failure)
                failed = true
            }
            print(
                "\(file.pipeline)\t\(file.file)\t\(file.rowsRead) rows\t"
                    + "\(file.observations) observations\t"
                    + "\(file.rowsSkipped) skipped\t\(file.rejects.count) rejects\t"
                    + "\(file.warnings.count) check warnings")
        }
        if failed { throw ExitCodes.failed }
    }
}
