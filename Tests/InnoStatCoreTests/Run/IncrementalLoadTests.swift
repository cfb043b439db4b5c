import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// Idempotent and incremental runs: unchanged files load nothing, changed ones revise,
/// vanished ones retire, and every earlier state stays queryable.
struct IncrementalLoadTests {
    static let pipeline = """
        source: {id: notes, publisher: Press, title: Notes}
        inputs: ["notes/*.csv"]
        layout: long
        columns: {period: period, value: value, region: region}
        defaults: {measure: rd_expenditure, unit: 100 million KRW}
        measures:
          rd_expenditure: {name: R&D expenditure, unit: 100 million KRW}
        """

    typealias Fixture = PipelineRunnerTests.Fixture

    func fixture() throws -> Fixture {
        try Fixture(
            pipelines: ["notes": Self.pipeline],
            files: [
                "notes/a.csv": "period,region,value\n2010,Seoul,10\n2011,Seoul,11\n",
                "notes/b.csv": "period,region,value\n2010,Busan,20\n",
            ])
    }

    let current = "SELECT region_code, period, value, load_id FROM observation ORDER BY 1, 2"

    @Test func anUnchangedRunLoadsNothingAndKeepsLoadIDs() throws {
        let fixture = try fixture()
        let (first, _) = try fixture.run()
        #expect(first.filesLoaded == 2)
        let before = try fixture.database().rows(current)
        let (second, _) = try fixture.run()
        #expect(second.filesLoaded == 0)
        #expect(second.filesUnchanged == 2)
        #expect(second.succeeded)
        let db = try fixture.database()
        #expect(try db.rows(current) == before)
        #expect(
            try db.rows("SELECT run_id, relative_path, status FROM etl_load ORDER BY load_id") == [
                [1, "notes/a.csv", "loaded"], [1, "notes/b.csv", "loaded"],
                [2, "notes/a.csv", "unchanged"], [2, "notes/b.csv", "unchanged"],
            ])
    }

    @Test func aChangeThatKeepsTheSizeIsStillSeen() throws {
        let fixture = try fixture()
        _ = try fixture.run()
        try fixture.folder.write(
            "RawData/notes/a.csv", "period,region,value\n2010,Seoul,12\n2011,Seoul,11\n")
        let (summary, _) = try fixture.run()
        #expect(summary.filesLoaded == 1)
        #expect(summary.filesUnchanged == 1)
        #expect(
            try fixture.database().scalar(
                "SELECT value FROM observation WHERE region_code = 'KR-11' AND period = '2010'")
                == .real(12))
    }

    @Test func theLedgerKeepsEachLoadsHash() throws {
        let fixture = try fixture()
        _ = try fixture.run()
        let hashes = try fixture.database().rows(
            "SELECT relative_path, sha256 FROM etl_load ORDER BY relative_path")
        #expect(
            hashes == [
                [
                    "notes/a.csv",
                    .text(
                        FileDigest.hexDigest(
                            of: Array("period,region,value\n2010,Seoul,10\n2011,Seoul,11\n".utf8))),
                ],
                [
                    "notes/b.csv",
                    .text(
                        FileDigest.hexDigest(of: Array("period,region,value\n2010,Busan,20\n".utf8))
                    ),
                ],
            ])
    }

    @Test func forceReloadsEverything() throws {
        var fixture = try fixture()
        _ = try fixture.run()
        fixture.configuration.force = true
        let (summary, _) = try fixture.run()
        #expect(summary.filesLoaded == 2)
        #expect(try fixture.database().scalar("SELECT count(*) FROM observation_history") == 0)
    }

    @Test func aChangedPipelineReloadsItsFiles() throws {
        let fixture = try fixture()
        _ = try fixture.run()
        try fixture.folder.write("Pipelines/notes.yaml", Self.pipeline + "\ndescription: revised\n")
        let (summary, _) = try fixture.run()
        #expect(summary.filesLoaded == 2)
    }

    @Test func aVanishedFileIsRetiredToHistoryNotDeleted() throws {
        let fixture = try fixture()
        _ = try fixture.run()
        try FileManager.default.removeItem(atPath: fixture.folder.file("RawData/notes/b.csv"))
        let (summary, events) = try fixture.run()
        #expect(summary.filesRetired == 1)
        #expect(summary.succeeded)
        #expect(
            events.contains {
                if case .fileRetired(_, "notes/b.csv", 1) = $0 { return true }
                return false
            })
        let db = try fixture.database()
        #expect(
            try db.rows("SELECT region_code FROM observation ORDER BY 1, period") == [
                ["KR-11"], ["KR-11"],
            ])
        #expect(
            try db.rows("SELECT region_code, value FROM observation_history") == [
                ["KR-26", .real(20)]
            ])
        let asOfRun1 = """
            SELECT region_code, period, value FROM v_observation_version
            WHERE valid_from_run <= 1 AND (valid_to_run IS NULL OR valid_to_run > 1) ORDER BY 1, 2
            """
        #expect(
            try db.rows(asOfRun1) == [
                ["KR-11", "2010", .real(10)], ["KR-11", "2011", .real(11)],
                ["KR-26", "2010", .real(20)],
            ])
        #expect(
            try db.scalar(
                "SELECT status FROM etl_load WHERE run_id = 2 AND relative_path = 'notes/b.csv'")
                == "retired")
    }

    @Test func aFigureDroppedFromARevisedFileIsRetiredAndARevisionKeepsItsVintage() throws {
        let fixture = try fixture()
        _ = try fixture.run()
        try fixture.folder.write("RawData/notes/a.csv", "period,region,value\n2010,Seoul,10.5\n")
        _ = try fixture.run()
        let db = try fixture.database()
        #expect(
            try db.rows("SELECT region_code, period, value FROM observation ORDER BY 1, 2") == [
                ["KR-11", "2010", .real(10.5)], ["KR-26", "2010", .real(20)],
            ])
        #expect(
            try db.rows("SELECT period, value FROM observation_history ORDER BY 1") == [
                ["2010", .real(10)], ["2011", .real(11)],
            ])
        let asOf = { (run: Int) in
            """
            SELECT value FROM v_observation_version WHERE region_code = 'KR-11' AND period = '2010'
            AND valid_from_run <= \(run) AND (valid_to_run IS NULL OR valid_to_run > \(run))
            """
        }
        #expect(try db.rows(asOf(1)) == [[.real(10)]])
        #expect(try db.rows(asOf(2)) == [[.real(10.5)]])
    }

    @Test func aProvisionalFigureBecomingFinalIsARevision() throws {
        let fixture = try fixture()
        try fixture.folder.write("RawData/notes/a.csv", "period,region,value\n2010,Seoul,10p\n")
        _ = try fixture.run()
        try fixture.folder.write("RawData/notes/a.csv", "period,region,value\n2010,Seoul,10\n")
        _ = try fixture.run()
        let db = try fixture.database()
        #expect(try db.scalar("SELECT status FROM observation WHERE region_code = 'KR-11'") == "A")
        #expect(try db.rows("SELECT value, status FROM observation_history") == [[.real(10), "P"]])
    }

    @Test func aFailedReloadKeepsThePreviousFiguresCurrent() throws {
        let fixture = try fixture()
        _ = try fixture.run()
        try fixture.folder.write("RawData/notes/a.csv", "period,region,value\n2010,Seoul,ten\n")
        let (summary, _) = try fixture.run()
        #expect(summary.filesFailed == 1)
        #expect(
            try fixture.database().rows(
                "SELECT value FROM observation WHERE region_code = 'KR-11' ORDER BY period") == [
                    [.real(10)], [.real(11)],
                ])
    }
}
