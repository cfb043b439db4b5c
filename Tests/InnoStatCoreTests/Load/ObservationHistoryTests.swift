import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// Every path that takes figures out of force (a revised file, a figure dropped from a file, a
/// vanished file, an orphaned source retired, a firm-survey reload) keeps them in
/// `observation_history` the same way: the figure as it was, every column filled as in
/// `observation`, replaced by a load of the run that replaced it.
struct ObservationHistoryTests {
    typealias Fixture = PipelineRunnerTests.Fixture

    struct Path: Sendable, CustomTestStringConvertible {
        let name: String
        let setUp: @Sendable () throws -> Fixture
        let change: @Sendable (inout Fixture) throws -> Void
        var testDescription: String { name }
    }

    static func notes(id: String = "notes") -> String {
        IncrementalLoadTests.pipeline.replacingOccurrences(of: "notes", with: id)
    }

    static func notesFixture() throws -> Fixture {
        try Fixture(
            pipelines: ["notes": notes(), "other": notes(id: "other")],
            files: [
                "notes/a.csv": "period,region,value\n2010,Seoul,10\n2011,Seoul,11\n",
                "notes/b.csv": "period,region,value\n2010,Busan,20\n",
                "other/c.csv": "period,region,value\n2010,Daegu,30\n",
            ])
    }

    static let paths: [Path] = [
        Path(name: "a revised figure", setUp: notesFixture) { fixture in
            try fixture.folder.write(
                "RawData/notes/a.csv", "period,region,value\n2010,Seoul,12\n2011,Seoul,11\n")
        },
        Path(name: "a figure dropped from its file", setUp: notesFixture) { fixture in
            try fixture.folder.write("RawData/notes/a.csv", "period,region,value\n2010,Seoul,10\n")
        },
        Path(name: "a vanished file", setUp: notesFixture) { fixture in
            try FileManager.default.removeItem(atPath: fixture.folder.file("RawData/notes/b.csv"))
        },
        Path(name: "an orphaned source retired", setUp: notesFixture) { fixture in
            try FileManager.default.removeItem(atPath: fixture.folder.file("Pipelines/notes.yaml"))
            fixture.configuration.retireOrphans = true
        },
        Path(
            name: "a firm-survey reload",
            setUp: {
                let fixture = try FirmSurveyLoaderTests.fixture()
                try FirmSurveyScripts.generate(
                    rows: 300, to: FirmSurveyLoaderTests.file(fixture))
                return fixture
            },
            change: { fixture in
                try FirmSurveyScripts.generate(
                    rows: 200, seed: 7, to: FirmSurveyLoaderTests.file(fixture))
            }),
    ]

    static let observationColumns = """
        observation_id, measure_code, region_code, period, year, sector_code, size_code, value,
        status, note, source_id, load_id, source_file, source_line, source_column
        """

    @Test(arguments: paths)
    func keepsTheFigureAsItWasWithEveryColumn(_ path: Path) throws {
        var fixture = try path.setUp()
        #expect(try fixture.run().0.succeeded)
        let before = Set(
            try fixture.database().rows("SELECT \(Self.observationColumns) FROM observation")
                .map(\.values))
        try path.change(&fixture)
        #expect(try fixture.run().0.succeeded)
        let db = try fixture.database()

        let kept = try db.rows(
            "SELECT \(Self.observationColumns) FROM observation_history ORDER BY observation_id")
        #expect(!kept.isEmpty)
        #expect(kept.allSatisfy { before.contains($0.values) })
        let replacements = try db.rows(
            """
            SELECT h.replaced_by_load_id AS load_id, l.run_id AS run_id,
                   length(h.replaced_at) = length(l.started_at) AS has_timestamp,
                   h.load_id <> h.replaced_by_load_id AS replaces_an_earlier_load
            FROM observation_history h LEFT JOIN etl_load l ON l.load_id = h.replaced_by_load_id
            """)
        #expect(replacements.allSatisfy { $0.int("run_id") == 2 })
        #expect(replacements.allSatisfy { $0.int("has_timestamp") == 1 })
        #expect(replacements.allSatisfy { $0.int("replaces_an_earlier_load") == 1 })
        let stillCurrent = try db.scalar(
            """
            SELECT count(*) FROM observation_history h JOIN observation o
              ON o.observation_id = h.observation_id AND o.value IS h.value
             AND o.status IS h.status AND o.load_id = h.load_id
            """)
        #expect(stillCurrent == 0)
    }
}
