import CSVStream
import Foundation
import Testing

/// A record and the exact text the writer must make of it.
struct WriterCase: Sendable, CustomTestStringConvertible {
    var id: String
    var fields: [String]
    var text: String
    var lineEnding = "\n"
    var delimiter: Character = ","
    var testDescription: String { id }
}

/// SplitMix64, so the round trip is random but the same on every run.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

@Suite struct CSVWriterTests {
    static let cases: [WriterCase] = [
        WriterCase(id: "plain", fields: ["a", "b", "1.5"], text: "a,b,1.5\n"),
        WriterCase(id: "delimiter", fields: ["a,b", "c"], text: "\"a,b\",c\n"),
        WriterCase(
            id: "quotes", fields: ["say \"hi\"", "\""], text: "\"say \"\"hi\"\"\",\"\"\"\"\n"),
        WriterCase(
            id: "line ends", fields: ["1\n2", "3\r4", "5\r\n6"],
            text: "\"1\n2\",\"3\r4\",\"5\r\n6\"\n"),
        WriterCase(
            id: "surrounding spaces", fields: [" lead", "trail ", "mid dle", " "],
            text: "\" lead\",\"trail \",mid dle,\" \"\n"),
        WriterCase(id: "one empty field", fields: [""], text: "\"\"\n"),
        WriterCase(id: "empty fields", fields: ["", "", ""], text: ",,\n"),
        WriterCase(id: "no fields", fields: [], text: "\n"),
        WriterCase(
            id: "korean", fields: ["서울특별시", "1,234", "ʤ"], text: "서울특별시,\"1,234\",ʤ\n"),
        WriterCase(
            id: "crlf and semicolon", fields: ["a;b", "c,d", "e"], text: "\"a;b\";c,d;e\r\n",
            lineEnding: "\r\n", delimiter: ";"),
        WriterCase(
            id: "tab", fields: ["a\tb", "c d"], text: "\"a\tb\"\tc d\n", delimiter: "\t"),
    ]

    @Test(arguments: cases)
    func formatsExactly(testCase: WriterCase) {
        let writer = CSVWriter(lineEnding: testCase.lineEnding, delimiter: testCase.delimiter)
        #expect(writer.formatRecord(testCase.fields) == testCase.text)
    }

    static func randomRecords(count: Int, seed: UInt64) -> [[String]] {
        var generator = SeededGenerator(state: seed)
        let pieces = [
            "a", "Z", "0", ",", ";", "\"", "\"\"", "\r", "\n", "\r\n", " ", "\t", "서울", "ʤ",
            "😀", "",
        ]
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                (0..<Int.random(in: 0...6, using: &generator))
                    .map { _ in pieces.randomElement(using: &generator)! }
                    .joined()
            }
        }
    }

    @Test(arguments: [("\n", Character(",")), ("\r\n", ","), ("\r", ";"), ("\n", "\t")])
    func roundTripsRandomRecords(lineEnding: String, delimiter: Character) throws {
        let records = Self.randomRecords(count: 400, seed: 20_240_601)
        let writer = CSVWriter(lineEnding: lineEnding, delimiter: delimiter)
        let text = records.map(writer.formatRecord).joined()
        for chunkSize in [1, 3, 64 * 1024] {
            let reader = CSVReader(
                bytes: Array(text.utf8),
                displayPath: "round-trip.csv",
                options: CSVReaderOptions(
                    delimiter: delimiter.asciiValue!, encoding: .utf8, chunkSize: chunkSize)
            )
            #expect(try reader.readAll() == records, "chunk size \(chunkSize)")
        }
    }

    @Test func fileWriterRoundTrips() throws {
        let records = Self.randomRecords(count: 3000, seed: 7)
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("csvstream-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try CSVFileWriter(path: path)
        for record in records {
            try writer.write(record)
        }
        try writer.close()
        try writer.close()
        #expect(throws: CSVError.self) { try writer.write(["late"]) }

        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(!written.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(written == Data(records.map(CSVWriter().formatRecord).joined().utf8))
        let reader = try CSVReader(path: path, options: CSVReaderOptions(encoding: .utf8))
        #expect(try reader.readAll() == records)
    }
}
