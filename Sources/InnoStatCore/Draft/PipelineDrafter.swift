import Foundation

/// `init`: drafts a pipeline that loads a downloaded table as it stands, writes it into the
/// pipelines folder, and loads it into a throwaway warehouse to show that it runs.
public struct PipelineDrafter {
    public struct Outcome: Sendable {
        /// The pipeline file written.
        public let path: String
        public let name: String
        /// What was inferred and what to check.
        public let account: [String]
        /// The trial load's rows, figures and rejects, or why it failed.
        public let trial: String
        public let trialFailed: Bool
    }

    public let rawDataDirectory: String
    public let pipelinesDirectory: String

    public init(rawDataDirectory: String, pipelinesDirectory: String) {
        self.rawDataDirectory = rawDataDirectory
        self.pipelinesDirectory = pipelinesDirectory
    }

    public func draft(file: String, name: String?, force: Bool, today: Date = Date()) throws
        -> Outcome
    {
        let input = try relativeInput(file)
        let name = name ?? Self.defaultName(of: file)
        let path = (pipelinesDirectory as NSString).appendingPathComponent("\(name).yaml")
        if FileManager.default.fileExists(atPath: path) && !force {
            throw DraftUsageError(
                description: "\(path) exists: give --force to overwrite it, or --name another")
        }
        let table = try SurveyedTable(path: file, displayPath: file)
        let day = ISO8601DateFormatter.string(
            from: today, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        let yaml: String
        let account: [String]
        if let form = ExchangeForm(table: table) {
            let draft = try ExchangeDraft(
                table: table, form: form, name: name, input: input, file: file)
            (yaml, account) = (draft.yaml(drafted: day), draft.account)
        } else {
            let draft = try PipelineDraft(table: table, name: name, input: input, file: file)
            (yaml, account) = (draft.yaml(drafted: day), draft.account)
        }
        try FileManager.default.createDirectory(
            atPath: pipelinesDirectory, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: Data(yaml.utf8)) else {
            throw SourceFileError(file: path, message: "cannot write the pipeline file")
        }
        let (trial, failed) = try trialLoad(name)
        return Outcome(
            path: path, name: name, account: account, trial: trial, trialFailed: failed)
    }

    /// The file's path under the raw-data folder; a file outside it is a usage error.
    private func relativeInput(_ file: String) throws -> String {
        let root = URL(fileURLWithPath: rawDataDirectory).standardizedFileURL.path
        let full = URL(fileURLWithPath: file).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: full) else {
            throw DraftUsageError(description: "\(file): no such file")
        }
        guard full.hasPrefix(root + "/") else {
            throw DraftUsageError(
                description:
                    "\(file) is not under the raw-data folder \(rawDataDirectory): copy it there "
                    + "or give --raw-data")
        }
        return String(full.dropFirst(root.count + 1))
    }

    /// The file's name without its extension, spaces as `_`.
    static func defaultName(of file: String) -> String {
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return stem.replacingOccurrences(of: " ", with: "_")
    }

    /// Loads the draft as `run --only` would, into a warehouse that disappears afterwards.
    private func trialLoad(_ name: String) throws -> (String, Bool) {
        let validator = PipelineValidator(
            pipelinesDirectory: pipelinesDirectory, rawDataDirectory: rawDataDirectory)
        let outcome = try validator.validate(only: [name])
        if let error = outcome.errors.first(where: { $0.contains(name) }) {
            return ("the draft does not parse: \(error)", true)
        }
        var lines: [String] = []
        var failed = false
        for file in outcome.files {
            if let failure = file.failure {
                lines.append(failure)
                failed = true
            } else {
                lines.append(
                    "\(file.file): \(file.rowsRead) rows, \(file.observations) observations, "
                        + "\(file.rowsSkipped) skipped, \(file.rejects.count) rejects")
            }
        }
        return (lines.joined(separator: "; "), failed)
    }
}
