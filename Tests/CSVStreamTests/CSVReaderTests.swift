import Foundation
import Testing

@testable import CSVStream

@Suite struct CSVReaderTests {
    @Test func recordViewExposesBytesAndLines() throws {
        let reader = CSVReader(bytes: Array("a,,\"\",\"x\ny\"\n".utf8), displayPath: "x.csv")
        var count = 0
        try reader.forEachRecord { record in
            count += 1
            #expect(record.count == 4)
            #expect(record.line == 1)
            #expect(record.withFieldBytes(0) { Array($0) } == [UInt8(ascii: "a")])
            #expect(record.fieldIsEmpty(1))
            #expect(record.fieldIsEmpty(2))
            #expect(!record.fieldIsEmpty(3))
            #expect(record[3] == "x\ny")
            #expect(record.fields == ["a", "", "", "x\ny"])
            #expect((0..<4).map(record.lineOfField) == [1, 1, 1, 1])
        }
        #expect(count == 1)
    }

    @Test func otherDelimiters() throws {
        let tab = CSVReader(
            bytes: Array("a\tb,c\t\"d\te\"\n".utf8), displayPath: "x.tsv",
            options: CSVReaderOptions(delimiter: UInt8(ascii: "\t")))
        #expect(try tab.readAll() == [["a", "b,c", "d\te"]])
        let semicolon = CSVReader(
            bytes: Array("a;b,c\n".utf8), displayPath: "x.csv",
            options: CSVReaderOptions(delimiter: UInt8(ascii: ";")))
        #expect(try semicolon.readAll() == [["a", "b,c"]])
    }

    @Test func readsAgainFromTheStart() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("csvstream-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("a,b\n가,c\n".utf8).write(to: URL(fileURLWithPath: path))
        let reader = try CSVReader(path: path, options: CSVReaderOptions(chunkSize: 3))
        #expect(reader.detectedEncoding == nil)
        #expect(try reader.readAll() == [["a", "b"], ["가", "c"]])
        #expect(try reader.readAll() == [["a", "b"], ["가", "c"]])
        #expect(reader.detectedEncoding == .utf8)
        #expect(reader.bytesRead == 10)
    }

    @Test func asciiLeavesEncodingUndecided() throws {
        let reader = CSVReader(bytes: Array("a,b\n".utf8), displayPath: "x.csv")
        #expect(try reader.readAll() == [["a", "b"]])
        #expect(reader.detectedEncoding == nil)
    }

    @Test func byteOrderMarkMeansUTF8() throws {
        let reader = CSVReader(bytes: [0xEF, 0xBB, 0xBF, 0x61], displayPath: "x.csv")
        #expect(try reader.readAll() == [["a"]])
        #expect(reader.detectedEncoding == .utf8)
    }

    @Test func progressCountsOriginalBytes() throws {
        let bytes = Array(String(repeating: "1,2,3\n", count: 100).utf8)
        let reader = CSVReader(
            bytes: bytes, displayPath: "x.csv", options: CSVReaderOptions(chunkSize: 64))
        var progress: [Int] = []
        try reader.forEachRecord { _ in progress.append(reader.bytesRead) }
        #expect(progress.count == 100)
        #expect(progress == progress.sorted())
        #expect(progress.allSatisfy { $0 <= bytes.count })
        #expect(reader.bytesRead == bytes.count)
    }

    @Test func longFieldsGrowTheRecordBuffer() throws {
        let long = String(repeating: "가나다", count: 50_000)
        let text = "\"\(long)\",\(long)\nx\n"
        for chunkSize in [1000, 64 * 1024] {
            let reader = CSVReader(
                bytes: Array(text.utf8), displayPath: "x.csv",
                options: CSVReaderOptions(chunkSize: chunkSize))
            #expect(try reader.readAll() == [[long, long], ["x"]])
        }
    }

    /// Not timed: the buffers a 4 MB file needs stay the size of one record and one chunk.
    @Test func memoryStaysFlat() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("csvstream-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try CSVFileWriter(path: path)
        for index in 0..<50_000 {
            let fields = ["\(index)", "서울특별시", "F\(index * 7)", "1,234", "note \"q\""]
            try writer.write(fields)
        }
        try writer.close()
        let reader = try CSVReader(path: path)
        var rows = 0
        try reader.forEachRecord { record in
            rows += 1
            #expect(record.count == 5)
        }
        #expect(rows == 50_000)
        #expect(reader.bytesRead > 2_500_000)
        let peaks = reader.peakBufferCapacities
        #expect(peaks.record <= 4096)
        #expect(peaks.decoderScratch <= 128 * 1024)
    }
}
