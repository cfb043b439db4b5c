import Foundation
import Testing

/// A CSV with a 20 MB quoted field and a NUL byte in a value, run by the binary: the long field
/// is one short reject line, the NUL is printed escaped, and the process needs no more memory
/// than for the same file without the long field.
@Suite(.serialized)
struct BoundedFieldEndToEndTests {
    static let pipeline = """
        source: {id: test_notes, publisher: Test, title: notes}
        inputs: [test/notes.csv]
        tolerance: 2
        layout: long
        columns: {region: region, period: period, value: value, note: [note]}
        defaults: {measure: test_count, unit: count}
        measures:
          test_count: {name: A count, unit: count}
        """

    static func file(longField: Bool) -> Data {
        var file = Data("region,period,value,note\nKR-26,2020,1,plain\n".utf8)
        if longField {
            file +=
                Data("KR-11,2020,2,\"".utf8) + Data(repeating: UInt8(ascii: "x"), count: 20 << 20)
            file += Data("\"\n".utf8)
        }
        file += Data("KR-27,2020,3\0,nul\u{1B}[31m\nKR-28,2020,4,after\n".utf8)
        return file
    }

    /// Runs `innostat run --only test_notes` under `/usr/bin/time`; its peak RSS in KiB.
    static func run(longField: Bool) throws -> (InnoStatBinary.Result, peakKiB: Int) {
        let innostat = try InnoStatBinary()
        try FileManager.default.createDirectory(
            atPath: innostat.path("RawData/test"), withIntermediateDirectories: true)
        try file(longField: longField).write(
            to: URL(fileURLWithPath: innostat.path("RawData/test/notes.csv")))
        try pipeline.write(
            toFile: innostat.path("Pipelines/test_notes.yaml"), atomically: true, encoding: .utf8)
        let result = try innostat.run(
            executable: "/usr/bin/time",
            arguments: ["-f", "peak %M", InnoStatBinary.executable, "run", "--only", "test_notes"])
        let peak = result.stderr.split(separator: "\n").last { $0.hasPrefix("peak ") }
        return (result, Int(peak?.dropFirst(5) ?? "") ?? -1)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time")))
    func aTwentyMegabyteFieldIsOneShortRejectInBoundedMemory() throws {
        let (baseline, baselinePeak) = try Self.run(longField: false)
        let (run, peak) = try Self.run(longField: true)
        #expect(baseline.status == 0 && run.status == 0, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n")
        #expect(
            lines.contains(
                "RawData/test/notes.csv:3:4: field longer than 1048576 bytes (20971520 bytes); read.max_field_bytes raises the limit"
            ), "\(run.stderr.prefix(2000))")
        #expect(lines.contains("RawData/test/notes.csv:4:3: \"3\\0\" is not a number"))
        for line in lines {
            #expect(line.utf8.count < 300, "\(line.prefix(300))")
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        }
        // The field alone is 20 MiB; reading it whole took 211 MB. Bounded, the run needs less
        // than half the field more than the same file without it.
        #expect(baselinePeak > 0 && peak > 0)
        #expect(peak - baselinePeak < 10 * 1024, "peak \(peak) KiB, baseline \(baselinePeak) KiB")
    }
}
