import Foundation
import Testing

@testable import CSVStream

/// Decodes `bytes` with the reader's decoder, fed `chunkSize` bytes at a time.
private func decode(_ bytes: [UInt8], encoding: TextEncoding, chunkSize: Int) throws
    -> (text: [UInt8], detected: TextEncoding?, warning: EncodingWarning?)
{
    let decoder = try InputDecoder(encoding: encoding, file: "k")
    var text: [UInt8] = []
    var start = 0
    try bytes.withUnsafeBufferPointer { all in
        while start < all.count {
            let end = min(start + chunkSize, all.count)
            try decoder.decode(UnsafeBufferPointer(rebasing: all[start..<end])) {
                text.append(contentsOf: $0)
            }
            start = end
        }
    }
    try decoder.finish { text.append(contentsOf: $0) }
    return (text, decoder.detected, decoder.warning)
}

/// The legacy-encoded files of Fixtures/korean-encoding (see its ORIGIN.md), decoded to the
/// UTF-8 stored in expected-utf8/ (made with `iconv -f cp949 -t utf-8`).
@Suite struct KoreanEncodingTests {
    static let eucKRFiles = [
        "chardet-tests/EUC-KR/_chromium_windows-949_with_no_encoding_specified.html",
        "chardet-tests/EUC-KR/_mozilla_bug9357_text.html",
        "chardet-tests/EUC-KR/_ude_euc1.txt",
        "chardet-tests/EUC-KR/_ude_euc2.txt",
        "jschardet/euc-kr-ko.csv",
    ]
    static let cp949OnlyFile = "chardet-tests/CP949/ricanet.com.xml"

    @Test(arguments: eucKRFiles + [cp949OnlyFile])
    func decodesAsCP949AndAuto(file: String) throws {
        let original = try Fixtures.bytes("korean-encoding/\(file)")
        let expected = try Fixtures.bytes("korean-encoding/expected-utf8/\(file)")
        for chunkSize in [1, 2, 3, 4096, 64 * 1024] {
            let cp949 = try decode(original, encoding: .cp949, chunkSize: chunkSize)
            #expect(cp949.text == expected, "chunk size \(chunkSize)")
            let auto = try decode(original, encoding: .auto, chunkSize: chunkSize)
            #expect(auto.text == expected, "chunk size \(chunkSize)")
            #expect(auto.detected == .cp949)
            #expect(auto.warning == nil, "real Korean text reads as nothing else")
        }
    }

    @Test(arguments: eucKRFiles)
    func decodesAsEUCKR(file: String) throws {
        let original = try Fixtures.bytes("korean-encoding/\(file)")
        let expected = try Fixtures.bytes("korean-encoding/expected-utf8/\(file)")
        for chunkSize in [1, 2, 3, 64 * 1024] {
            #expect(try decode(original, encoding: .eucKR, chunkSize: chunkSize).text == expected)
        }
    }

    /// ORIGIN.md: strict EUC-KR fails at byte 11404, the first CP949-only syllable.
    @Test func cp949OnlyTextIsNotEUCKR() throws {
        let original = try Fixtures.bytes("korean-encoding/\(Self.cp949OnlyFile)")
        for chunkSize in [1, 7, 64 * 1024] {
            #expect(
                throws: CSVError(
                    file: "k", line: 1, column: 1, byteOffset: 11404,
                    message: "not valid EUC-KR text")
            ) {
                try decode(original, encoding: .eucKR, chunkSize: chunkSize)
            }
        }
    }

    @Test func utf8TextIsNotTranscoded() throws {
        let text = Array("서울,ʤ,😀\n".utf8)
        for chunkSize in 1...text.count {
            let decoded = try decode(text, encoding: .auto, chunkSize: chunkSize)
            #expect(decoded.text == text)
            #expect(decoded.detected == .utf8)
        }
    }

    @Test(arguments: [TextEncoding.auto, .cp949, .eucKR])
    func koreanCSVReadsAsItsUTF8Version(encoding: TextEncoding) throws {
        let expected = try CSVReader(
            path: Fixtures.path("korean-encoding/expected-utf8/jschardet/euc-kr-ko.csv")
        ).readAll()
        #expect(expected.first == ["name", " description"])
        #expect(expected.last == ["class", " 종"])
        for chunkSize in [1, 2, 3, 64 * 1024] {
            let reader = try CSVReader(
                path: Fixtures.path("korean-encoding/jschardet/euc-kr-ko.csv"),
                options: CSVReaderOptions(encoding: encoding, chunkSize: chunkSize)
            )
            #expect(try reader.readAll() == expected)
            #expect(reader.detectedEncoding == (encoding == .auto ? .cp949 : encoding))
        }
    }

    static let variantEncodings: [(file: String, explicit: TextEncoding, detected: TextEncoding)] =
        [
            ("utf8", .utf8, .utf8), ("utf8bom", .utf8, .utf8), ("cp949", .cp949, .cp949),
            ("euckr", .eucKR, .cp949),
        ]
    static let variants = variantEncodings.flatMap { encoding in
        ["lf", "crlf", "cr"].map { "sample.\(encoding.file).\($0).csv" }
    }

    static let expectedVariantRecords = [
        ReadRecord(line: 1, fields: ["지역", "연도", "사업체수", "비고"]),
        ReadRecord(line: 2, fields: ["서울특별시", "2020", "1,234", "따옴표 \"인용\" 포함"]),
        ReadRecord(
            line: 3, fields: ["부산광역시", "여러 줄\n비고", "567", "메모"],
            fieldLines: [3, 3, 4, 4]),
        ReadRecord(line: 6, fields: ["대구광역시", "2022", "", " 공백 "]),
    ]

    /// Fixtures/korean-variants: one CSV in four encodings and three line-end styles gives the
    /// same records and lines; only the line end inside the quoted field differs, as data.
    @Test(arguments: variants)
    func variantReadsAsTheSameRecords(file: String) throws {
        let parts = file.split(separator: ".")
        let lineEnd = ["lf": "\n", "crlf": "\r\n", "cr": "\r"][String(parts[2])]!
        let encoding = try #require(Self.variantEncodings.first { $0.file == parts[1] })
        var expected = Self.expectedVariantRecords
        expected[2].fields[1] = "여러 줄\(lineEnd)비고"
        let bytes = try Fixtures.bytes("korean-variants/\(file)")
        for chunkSize in 1...bytes.count {
            for (choice, detected) in [
                (TextEncoding.auto, encoding.detected), (encoding.explicit, encoding.explicit),
            ] {
                let reader = try CSVReader(
                    path: Fixtures.path("korean-variants/\(file)"),
                    displayPath: file,
                    options: CSVReaderOptions(encoding: choice, chunkSize: chunkSize)
                )
                let outcome = reader.outcome()
                #expect(outcome.error == nil)
                #expect(outcome.records == expected, "chunk size \(chunkSize), \(choice)")
                #expect(reader.detectedEncoding == detected)
                #expect(reader.bytesRead == bytes.count)
            }
        }
    }
}
