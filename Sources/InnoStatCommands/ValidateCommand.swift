import ArgumentParser
import InnoStatCore

struct ValidateCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Parse the pipelines and load every input as a run would, checks included, into "
            + "a throwaway warehouse; write nothing.",
        discussion: "Exits 1 when a run would fail: a pipeline error, or a file that cannot be "
            + "read or has more rejects than its tolerance.")

    @OptionGroup var sources: SourceOptions

    func execute(_ diagnostics: StandardErrorSink) throws {
        let validator = PipelineValidator(
            pipelinesDirectory: sources.pipelines, rawDataDirectory: sources.rawData)
        let outcome = try validator.validate(only: sources.only)
        for error in outcome.errors { diagnostics.error(error) }
        var failed = !outcome.errors.isEmpty
        for file in outcome.files {
            for reject in file.rejects { diagnostics.error(reject) }
            for warning in file.warnings { diagnostics.error(warning) }
            if let failure = file.failure {
                diagnostics.error(failure)
                failed = true
            }
            print(
                "\(file.pipeline)\t\(file.file)\t\(file.rowsRead) rows\t"
                    + "\(file.observations) observations\t"
                    + "\(file.rowsSkipped) skipped\t\(file.rejects.count) rejects\t"
                    + "\(file.warnings.count) check warnings")
        }
        if failed { throw CommandFailure() }
    }
}
