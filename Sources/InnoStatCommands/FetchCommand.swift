import ArgumentParser
import Foundation
import InnoStatCore

struct FetchCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download the input of every enabled pipeline with a fetch key, each put in "
            + "place only when the answer is whole and reads as the pipeline's table.",
        discussion: """
            Sends the ETag and Last-Modified of the last fetch (a 304 keeps the file), retries \
            5xx answers, time-outs and refused or cut connections with exponential backoff \
            (\(FetchConfiguration.backoffVariable) sets its first wait for every pipeline), \
            and writes <input>.fetch.json beside each file fetched: its url as written, time, \
            SHA-256, bytes, status and validators. ${NAME} in a url is read from the \
            environment and never shown. Exits 1 when a fetch failed (its last good file \
            untouched), 64 on a usage mistake.
            """)

    @OptionGroup var sources: SourceOptions
    @Option(name: .customLong("log-format"), help: "text or json (one object per line).")
    var logFormat: LogFormat = .text

    func makeDiagnostics() -> FetchLog { FetchLog(format: logFormat) }

    func execute(_ log: FetchLog) throws {
        let environment = ProcessInfo.processInfo.environment
        var configuration = FetchConfiguration()
        configuration.pipelinesDirectory = sources.pipelines
        configuration.rawDataDirectory = sources.rawData
        configuration.only = sources.only
        configuration.environment = environment
        configuration.backoffSeconds = try Self.backoff(in: environment)
        let summary = try PipelineFetcher(configuration: configuration).fetch(onEvent: log.handle)
        log.finished(summary)
        if !summary.succeeded { throw CommandFailure() }
    }

    /// The backoff the environment sets for every pipeline; a value that is not a number of
    /// seconds is a mistake of the unit file or the shell (64).
    static func backoff(in environment: [String: String]) throws -> Double? {
        let variable = FetchConfiguration.backoffVariable
        guard let text = environment[variable] else { return nil }
        guard let seconds = Double(text), seconds.isFinite, seconds >= 0 else {
            throw CommandFailure(
                category: .usage,
                lines: ["\(variable): expected seconds (a number, 0 or more), got \"\(text)\""])
        }
        return seconds
    }
}
