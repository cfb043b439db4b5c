import Foundation
import Testing

/// README.md's "A new download" works as shown: the download copied where it says, `init`
/// prints exactly the account shown, and the `run --only` it names loads the draft.
struct ReadmeDownloadExampleTests {
    static let fixtures = TestPaths.packageRoot + "/Tests/XLSXStreamTests/Fixtures"

    @Test func initPrintsWhatTheReadmeShowsAndTheDraftLoads() throws {
        let readme = try DocumentationFiles.text(of: DocumentationFiles.frontPage)
        let section = try #require(
            readme.firstRange(of: "## A new download").map { readme[$0.upperBound...] })
        let blocks = try Regex(#"```(sh|text)\n(.*?)```"#).dotMatchesNewlines()
        let found = section.matches(of: blocks).prefix(3).map {
            (String($0.output[1].substring ?? ""), String($0.output[2].substring ?? ""))
        }
        #expect(found.map(\.0) == ["sh", "text", "sh"])
        let setup = found[0].1.split(separator: "\n").map(String.init)
        let copied = try #require(setup.first { $0.hasPrefix("cp ") })
        let target = String(try #require(copied.split(separator: " ").last))
        let download = try #require(
            copied.split(separator: " ").dropFirst().first.map {
                ($0 as Substring).split(separator: "/").last.map(String.init)
            } ?? nil)

        let innostat = try InnoStatBinary(copying: [])
        try FileManager.default.createDirectory(
            atPath: innostat.path(target), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: "\(Self.fixtures)/\(download)", toPath: innostat.path(target + download))
        for line in setup + found[2].1.split(separator: "\n").map(String.init) {
            guard let start = line.firstRange(of: "innostat ") else { continue }
            let arguments = line[start.upperBound...].split(separator: " ").map(String.init)
            let result = try innostat.run(arguments: arguments)
            #expect(result.status == 0, "\(line)\n\(result.stderr)")
            if arguments.first == "init" { #expect(result.stdout == found[1].1) }
        }
        #expect(try innostat.scalar("SELECT count(*) FROM observation") == "270")
    }
}
