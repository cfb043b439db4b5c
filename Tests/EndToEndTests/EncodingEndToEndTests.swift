import Foundation
import Testing

/// Windows-1252 text among the real sources: auto-detected as CP949 it loads with one warning
/// in the log and the ledger; declared, it loads as itself; bytes valid in no encoding fail
/// their file at its line and field.
@Suite(.serialized)
struct EncodingEndToEndTests {
    static func pipeline(encoding: String) -> String {
        """
        source: {id: test_notes, publisher: Test, title: notes}
        inputs: [test/notes.csv]
        read: {encoding: \(encoding)}
        layout: long
        columns: {region: region, period: period, value: value, note: [note]}
        defaults: {measure: test_count, unit: count}
        measures:
          test_count: {name: A count, unit: count}
        """
    }

    /// `Seoul’s` in Windows-1252 (0x92) on line 3, field 4, byte 62, and `Busan’s` on line 4.
    static let windows1252 =
        Data("region,period,value,note\nKR-26,2020,1,plain\nKR-11,2020,2,Seoul".utf8) + [0x92]
        + Data("s tower\nKR-27,2020,3,Busan".utf8) + [0x92] + Data("s port\n".utf8)

    static func project(encoding: String, file: Data) throws -> InnoStatBinary {
        let innostat = try InnoStatBinary()
        try FileManager.default.createDirectory(
            atPath: innostat.path("RawData/test"), withIntermediateDirectories: true)
        try file.write(to: URL(fileURLWithPath: innostat.path("RawData/test/notes.csv")))
        try pipeline(encoding: encoding).write(
            toFile: innostat.path("Pipelines/test_notes.yaml"), atomically: true, encoding: .utf8)
        return innostat
    }

    static let warning =
        "RawData/test/notes.csv:3:4: warning: detected as CP949, \"뭩\" (byte 62) reads as "
        + "Windows-1252 \"’s\"; 2 such characters in the file, the first here; if the file is "
        + "Windows-1252, declare read.encoding: windows-1252"

    @Test func windows1252DetectedAsCP949IsAWarningInTheLogAndTheLedger() throws {
        let innostat = try Self.project(encoding: "auto", file: Self.windows1252)
        let run = try innostat.run("run", "--only", "test_notes")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.split(separator: "\n").filter { $0.contains(": warning: ") } == [
                Substring(Self.warning)
            ])
        let status = try innostat.run("status").stdout
        #expect(status.contains("RawData/test/notes.csv:3:4"), "\(status)")
        #expect(
            status.contains("detected as CP949, \"뭩\" (byte 62) reads as Windows-1252 \"’s\""),
            "\(status)")
        #expect(
            try innostat.scalar(
                "SELECT encoding || ' ' || check_warnings FROM etl_load WHERE pipeline = 'test_notes'"
            ) == "cp949 1")
        #expect(
            try innostat.scalar(
                "SELECT line || ':' || column_number || ' ' || raw_text FROM etl_check_failure"
            ) == "3:4 뭩")
    }

    @Test(arguments: ["windows-1252", "cp1252"])
    func declaredWindows1252LoadsTheTextAsWritten(encoding: String) throws {
        let innostat = try Self.project(encoding: encoding, file: Self.windows1252)
        let run = try innostat.run("run", "--only", "test_notes")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains(": warning: "), "\(run.stderr)")
        #expect(
            try innostat.scalar(
                "SELECT group_concat(note, '|') FROM observation WHERE source_id = 'test_notes'")
                == "plain|Seoul’s tower|Busan’s port")
        #expect(
            try innostat.scalar("SELECT encoding FROM etl_load WHERE pipeline = 'test_notes'")
                == "windows-1252")
    }

    @Test func anInvalidByteFailsItsFileAtItsLineAndField() throws {
        var file = Data("region,period,value,note\nKR-26,2020,1,plain\nKR-11,2020,2,caf".utf8)
        file += [0xE9] + Data("\n".utf8)
        let innostat = try Self.project(encoding: "utf-8", file: file)
        let run = try innostat.run("run", "--only", "test_notes")
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "RawData/test/notes.csv:3:4: not valid UTF-8 text (byte 60)\n"), "\(run.stderr)")
        #expect(
            try innostat.scalar("SELECT count(*) FROM observation WHERE source_id = 'test_notes'")
                == "0")
        #expect(
            try innostat.scalar(
                "SELECT line || ':' || column_number || ' ' || message FROM etl_reject")
                == "3:4 not valid UTF-8 text (byte 60)")
    }
}
