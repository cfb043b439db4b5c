import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// The warehouse file itself: another application's database is refused untouched, and a run
/// whose warehouse file is deleted or replaced under it fails.
struct WarehouseFileTests {
    typealias Fixture = RunFixture

    static func fixture() throws -> Fixture {
        try Fixture(
            pipelines: ["notes": PipelineRunnerTests.longPipeline],
            files: ["notes.csv": "period,value,region,unit\n2020,5,KR,억원\n"])
    }

    struct Foreign: Sendable, CustomTestStringConvertible {
        let name: String
        let create: @Sendable (String) throws -> Void
        let message: String
        var testDescription: String { name }
    }

    static let foreign: [Foreign] = [
        Foreign(
            name: "another application's database",
            create: { path in
                let database = try Database(path: path)
                try database.execute(
                    "CREATE TABLE contact(name TEXT); INSERT INTO contact VALUES ('x')")
                try database.execute("PRAGMA journal_mode = DELETE")
            },
            message: "not an innostat warehouse (it holds tables contact); refusing to add "
                + "innostat's schema to it (left as it was)"),
        Foreign(
            name: "a database that only shares a table name",
            create: { path in
                let database = try Database(path: path)
                try database.execute(
                    "CREATE TABLE etl_run(x); CREATE TABLE a(x); CREATE TABLE b(x); CREATE TABLE c(x)"
                )
                try database.execute("PRAGMA journal_mode = DELETE")
            },
            message: "not an innostat warehouse (it holds tables a, b, c, …); refusing to add "
                + "innostat's schema to it (left as it was)"),
        Foreign(
            name: "a file shorter than a database header",
            create: { path in try "x".write(toFile: path, atomically: false, encoding: .utf8) },
            message: "not a SQLite database; refusing to use it as the warehouse (left as it was)"),
        Foreign(
            name: "a text file",
            create: { path in
                try "name,phone\n".write(toFile: path, atomically: false, encoding: .utf8)
            },
            message: "not a SQLite database; refusing to use it as the warehouse (left as it was)"),
    ]

    @Test(arguments: foreign)
    func refusesAFileThatIsNotAWarehouseAndLeavesItAsItWas(_ example: Foreign) throws {
        var fixture = try Self.fixture()
        let path = fixture.folder.file("other_app.sqlite")
        try example.create(path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        fixture.configuration.warehousePath = path
        let error = try #require(throws: SourceFileError.self) { try fixture.run() }
        #expect(error.description == "\(path): \(example.message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted()
        #expect(left == ["Pipelines", "RawData", "other_app.sqlite"])
    }

    @Test func takesAnEmptyFileAndAWarehouseAgain() throws {
        let fixture = try Self.fixture()
        try fixture.folder.write("Warehouse/warehouse.sqlite", "")
        #expect(try fixture.run().0.succeeded)
        #expect(try fixture.run().0.succeeded)
    }

    @Test(arguments: ["deleted", "replaced"])
    func failsARunWhoseWarehouseFileWentAway(how: String) throws {
        let fixture = try Self.fixture()
        let path = fixture.configuration.warehousePath
        _ = try fixture.run()
        var forced = fixture.configuration
        forced.force = true
        let error = try #require(throws: SourceFileError.self) {
            try PipelineRunner(configuration: forced).run { event in
                guard case .fileStarted = event else { return }
                if how == "deleted" {
                    for suffix in ["", "-wal", "-shm"] {
                        try? FileManager.default.removeItem(atPath: path + suffix)
                    }
                } else {
                    try? FileManager.default.moveItem(atPath: path, toPath: path + ".old")
                    try? FileManager.default.copyItem(atPath: path + ".old", toPath: path)
                }
            }
        }
        let message =
            how == "deleted"
            ? "the warehouse file was deleted during the run; what the run wrote is lost"
            : "the warehouse file was replaced by another file during the run; what the run "
                + "wrote is not in it"
        #expect(error.description == "\(path): \(message)")
    }
}
