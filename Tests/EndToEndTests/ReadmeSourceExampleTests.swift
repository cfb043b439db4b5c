import Foundation
import Testing

/// README.md's "Adding a source" works as shown: its CSV file and minimal pipeline, written where
/// it says, validate and load with the command lines it shows, every row becoming a figure.
struct ReadmeSourceExampleTests {
    struct SourceExample {
        let dataFile: String
        let data: String
        let pipelineFile: String
        let pipeline: String
        let commandLines: [[String]]
    }

    static func sourceExample(in text: String) throws -> SourceExample? {
        let data = try Regex(#"`(RawData/[^`]+\.csv)`[^`]*?```csv\n(.*?)```"#).dotMatchesNewlines()
        let pipeline = try Regex(
            #"`(Pipelines/[^`]+\.yaml)`[^`]*?```yaml\n(.*?)```(.*?)```sh\n(.*?)```"#
        )
        .dotMatchesNewlines()
        guard let dataMatch = text.firstMatch(of: data),
            let pipelineMatch = text.firstMatch(of: pipeline)
        else { return nil }
        let commandLines = String(pipelineMatch.output[4].substring ?? "")
            .split(separator: "\n")
            .compactMap { line in line.firstRange(of: "innostat ").map { line[$0.upperBound...] } }
            .map { $0.split(separator: " ").map(String.init) }
        return SourceExample(
            dataFile: String(dataMatch.output[1].substring ?? ""),
            data: String(dataMatch.output[2].substring ?? ""),
            pipelineFile: String(pipelineMatch.output[1].substring ?? ""),
            pipeline: String(pipelineMatch.output[2].substring ?? ""),
            commandLines: commandLines)
    }

    @Test func theMinimalPipelineValidatesAndLoadsAsShown() throws {
        let readme = try DocumentationFiles.text(of: DocumentationFiles.frontPage)
        let example = try #require(try Self.sourceExample(in: readme))
        #expect(example.commandLines.map(\.first) == ["validate", "run"])
        let innostat = try InnoStatBinary()
        let dataPath = innostat.path(example.dataFile)
        try FileManager.default.createDirectory(
            atPath: (dataPath as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        try example.data.write(toFile: dataPath, atomically: true, encoding: .utf8)
        try example.pipeline.write(
            toFile: innostat.path(example.pipelineFile), atomically: true, encoding: .utf8)
        for arguments in example.commandLines {
            let result = try innostat.run(arguments: arguments)
            #expect(
                result.status == 0, "innostat \(arguments.joined(separator: " "))\n\(result.stderr)"
            )
        }
        let rows = example.data.split(separator: "\n").count - 1
        let loaded = try innostat.run(
            "query", "--format", "csv", "--param",
            "file=" + example.dataFile,
            "SELECT count(*) AS figures FROM observation WHERE source_file = :file")
        #expect(loaded.stdout == "figures\n\(rows)\n", "\(loaded.stderr)")
    }
}
