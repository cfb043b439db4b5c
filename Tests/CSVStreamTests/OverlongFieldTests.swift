import Foundation
import Testing

@testable import CSVStream

/// An input whose fields include one longer than `limit`: what the records hold, and what the
/// reader says of the long field.
struct OverlongCase: Sendable, CustomTestStringConvertible {
    var id: String
    var input: String
    var chunkSize = 64 * 1024
    var limit = 10
    /// Every record's fields (a long field holds its first bytes only).
    var records: [[String]]
    /// Per record with a long field: record line, field index, field line, bytes, head, tail.
    var overlong: [OverlongSeen]
    var testDescription: String { id }
}

struct OverlongSeen: Equatable, Sendable {
    var recordLine: Int
    var index: Int
    var line: Int
    var byteCount: Int
    var head: String
    var tail: String
}

@Suite struct OverlongFieldTests {
    static let long = String(repeating: "0123456789", count: 30)  // 300 bytes
    static let head = String(long.prefix(96))
    static let tail = String(long.suffix(96))

    static let cases: [OverlongCase] = [
        OverlongCase(
            id: "unquoted, the limit crossed inside one chunk",
            input: "a,b\n1,\(long)\n2,x\n", records: [["a", "b"], ["1", head], ["2", "x"]],
            overlong: [
                OverlongSeen(
                    recordLine: 2, index: 1, line: 2, byteCount: 300, head: head, tail: tail)
            ]),
        OverlongCase(
            id: "unquoted, the limit crossed across chunks",
            input: "a,b\n1,\(long)\n2,x\n", chunkSize: 7,
            records: [["a", "b"], ["1", head], ["2", "x"]],
            overlong: [
                OverlongSeen(
                    recordLine: 2, index: 1, line: 2, byteCount: 300, head: head, tail: tail)
            ]),
        OverlongCase(
            id: "quoted, across chunks, the closing quote at a chunk's end",
            input: "a,b\n1,\"\(long)\"\n2,x\n", chunkSize: 3,
            records: [["a", "b"], ["1", head], ["2", "x"]],
            overlong: [
                OverlongSeen(
                    recordLine: 2, index: 1, line: 2, byteCount: 300, head: head, tail: tail)
            ]),
        OverlongCase(
            id: "quoted with doubled quotes split between chunks",
            input: "h\n\"\(String(repeating: "ab\"\"", count: 10))\"\nz\n", chunkSize: 4, limit: 5,
            records: [["h"], [String(repeating: "ab\"", count: 10)], ["z"]],
            overlong: [
                OverlongSeen(
                    recordLine: 2, index: 0, line: 2, byteCount: 30,
                    head: String(repeating: "ab\"", count: 10),
                    tail: String(repeating: "ab\"", count: 10))
            ]),
        OverlongCase(
            id: "quoted over several lines, the next field and record read",
            input: "a,b,c\n1,\"x\ny\n\(long)\",3\n4,5,6\n", chunkSize: 5,
            records: [
                ["a", "b", "c"], ["1", String("x\ny\n\(long)".prefix(96)), "3"], ["4", "5", "6"],
            ],
            overlong: [
                OverlongSeen(
                    recordLine: 2, index: 1, line: 2, byteCount: 304,
                    head: String("x\ny\n\(long)".prefix(96)), tail: tail)
            ]),
        OverlongCase(
            id: "the last record, without a line end",
            input: "a\n\(long)", chunkSize: 64,
            records: [["a"], [head]],
            overlong: [
                OverlongSeen(
                    recordLine: 2, index: 0, line: 2, byteCount: 300, head: head, tail: tail)
            ]),
        OverlongCase(
            id: "exactly the limit is read",
            input: "a,b\n1,0123456789\n", records: [["a", "b"], ["1", "0123456789"]], overlong: []),
        OverlongCase(
            id: "two long fields in one record",
            input: "1,\(long),\(long)\n2\n", chunkSize: 50,
            records: [["1", head, head], ["2"]],
            overlong: [
                OverlongSeen(
                    recordLine: 1, index: 1, line: 1, byteCount: 300, head: head, tail: tail),
                OverlongSeen(
                    recordLine: 1, index: 2, line: 1, byteCount: 300, head: head, tail: tail),
            ]),
    ]

    @Test(arguments: cases)
    func longFieldIsReportedAndReadingGoesOn(_ testCase: OverlongCase) throws {
        let reader = CSVReader(
            bytes: Array(testCase.input.utf8), displayPath: "x.csv",
            options: CSVReaderOptions(chunkSize: testCase.chunkSize, maxFieldBytes: testCase.limit))
        var records: [[String]] = []
        var seen: [OverlongSeen] = []
        try reader.forEachRecord { record in
            records.append(record.fields)
            for field in record.overlongFields {
                #expect(field.limit == testCase.limit)
                seen.append(
                    OverlongSeen(
                        recordLine: record.line, index: field.index, line: field.line,
                        byteCount: field.byteCount, head: field.head, tail: field.tail))
            }
        }
        #expect(records == testCase.records)
        #expect(seen == testCase.overlong)
    }

    /// A 20 MB field, quoted in UTF-8 and unquoted in CP949: libcsv's buffer and the record's
    /// stay near the limit, not the field's length.
    @Test(arguments: [("\"", TextEncoding.utf8), ("", TextEncoding.cp949)])
    func aTwentyMegabyteFieldIsReadInBoundedMemory(quote: String, encoding: TextEncoding) throws {
        let fieldBytes = 20 * 1024 * 1024
        var input = Array("a,b\n1,\(quote)".utf8)
        if encoding == .cp949 {
            // 가 (0xB0 0xA1) is three bytes in UTF-8.
            input.reserveCapacity(input.count + fieldBytes)
            for _ in 0..<(fieldBytes / 3) { input += [0xB0, 0xA1] }
        } else {
            input += [UInt8](repeating: UInt8(ascii: "x"), count: fieldBytes)
        }
        input += Array("\(quote)\n2,y\n".utf8)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.csv").path
        try Data(input).write(to: URL(fileURLWithPath: path))
        let reader = try CSVReader(
            path: path, displayPath: "big.csv", options: CSVReaderOptions(encoding: encoding))
        var lines: [Int] = []
        var sizes: [Int] = []
        try reader.forEachRecord { record in
            lines.append(record.line)
            sizes += record.overlongFields.map(\.byteCount)
        }
        #expect(lines == [1, 2, 3])
        #expect(sizes == [encoding == .cp949 ? fieldBytes / 3 * 3 : fieldBytes])
        let limit = CSVReaderOptions.defaultMaxFieldBytes
        #expect(reader.peakFieldBufferCapacity <= limit + 2 * RecordParser.parseSliceBytes)
        #expect(reader.peakBufferCapacities.record <= 4096)
        #expect(reader.peakBufferCapacities.decoderScratch <= 128 * 1024)
    }
}
