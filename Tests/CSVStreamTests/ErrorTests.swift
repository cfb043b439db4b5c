import CSVStream
import Foundation
import Testing

/// An input that must fail with exactly `message`, after delivering `records`.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    var id: String
    var input: [UInt8]
    var encoding: TextEncoding = .auto
    var records: [[String]] = []
    var message: String
    var testDescription: String { id }
}

@Suite struct ErrorTests {
    static let cases: [ErrorCase] = [
        ErrorCase(
            id: "quote inside an unquoted field",
            input: Array("a,b\nc,d\ne,f\"g\n".utf8),
            records: [["a", "b"], ["c", "d"]],
            message: "x.csv:3:2: malformed quote"
        ),
        ErrorCase(
            id: "text after a closing quote",
            input: Array("a,\"b\"c\n".utf8),
            message: "x.csv:1:2: malformed quote"
        ),
        ErrorCase(
            id: "space after a closing quote",
            input: Array("\"a\" ,b\n".utf8),
            message: "x.csv:1:1: malformed quote"
        ),
        ErrorCase(
            id: "space before an opening quote",
            input: Array("a, \"b\"\n".utf8),
            message: "x.csv:1:2: malformed quote"
        ),
        ErrorCase(
            id: "malformed quote on the second line of a field",
            input: Array("h\r\na,\"b\r\nc\"d\r\n".utf8),
            records: [["h"]],
            message: "x.csv:3:2: malformed quote"
        ),
        ErrorCase(
            id: "file ends inside a quoted field",
            input: Array("a,b\nc,\"d\ne\n".utf8),
            records: [["a", "b"]],
            message: "x.csv:2:2: file ends inside a quoted field"
        ),
        ErrorCase(
            id: "file ends right after an opening quote",
            input: Array("a\n\n\"".utf8),
            records: [["a"]],
            message: "x.csv:3:1: file ends inside a quoted field"
        ),
        ErrorCase(
            id: "invalid utf-8",
            input: [0x61, 0x2C, 0x62, 0x0A, 0xC3, 0x28, 0x0A],
            encoding: .utf8,
            records: [["a", "b"]],
            message: "x.csv:2:1: not valid UTF-8 text (byte 4)"
        ),
        ErrorCase(
            id: "utf-8 surrogate",
            input: [0x61, 0x0A, 0xED, 0xA0, 0x80, 0x0A],
            encoding: .utf8,
            records: [["a"]],
            message: "x.csv:2:1: not valid UTF-8 text (byte 2)"
        ),
        ErrorCase(
            id: "utf-8 cut off at the end",
            input: [0x61, 0x0A, 0x62, 0xEA, 0xB0],
            encoding: .utf8,
            records: [["a"]],
            message: "x.csv:2:1: not valid UTF-8 text (byte 3)"
        ),
        ErrorCase(
            id: "auto: invalid byte after utf-8",
            input: Array("가,b\n".utf8) + [0xFF, 0x0A],
            records: [["가", "b"]],
            message: "x.csv:2:1: not valid UTF-8 or CP949 text (byte 6)"
        ),
        ErrorCase(
            id: "auto: cp949 byte after utf-8",
            input: Array("가\n".utf8) + [0xB0, 0xA1, 0x0A],
            records: [["가"]],
            message: "x.csv:2:1: not valid UTF-8 or CP949 text (byte 4)"
        ),
        ErrorCase(
            id: "auto: byte order mark counts in offsets",
            input: [0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0xB0, 0xA1, 0x0A],
            records: [["a"]],
            message: "x.csv:2:1: not valid UTF-8 or CP949 text (byte 5)"
        ),
        ErrorCase(
            id: "auto: invalid cp949",
            input: [0xB0, 0xA1, 0x0A, 0x61, 0xFF, 0x0A],
            records: [["가"]],
            message: "x.csv:2:1: not valid UTF-8 or CP949 text (byte 4)"
        ),
        ErrorCase(
            id: "auto: cp949 cut off at the end",
            input: [0x61, 0x0A, 0xB0],
            records: [["a"]],
            message: "x.csv:2:1: not valid UTF-8 or CP949 text (byte 2)"
        ),
        ErrorCase(
            id: "cp949: invalid byte",
            input: [0x61, 0x0A, 0xB0, 0xA1, 0x80, 0x41, 0x0A],
            encoding: .cp949,
            records: [["a"]],
            message: "x.csv:2:1: not valid CP949 text (byte 4)"
        ),
        ErrorCase(
            id: "euc-kr: cp949-only syllable",
            input: [0x61, 0x0A, 0xB0, 0xA1, 0x8C, 0x63, 0x0A],
            encoding: .eucKR,
            records: [["a"]],
            message: "x.csv:2:1: not valid EUC-KR text (byte 4)"
        ),
        ErrorCase(
            id: "utf-8: the line and field of the bad byte",
            input: Array("a,b\nc,\"d\ne,".utf8) + [0xFF] + Array("f\"\n".utf8),
            encoding: .utf8,
            records: [["a", "b"]],
            message: "x.csv:3:2: not valid UTF-8 text (byte 11)"
        ),
        ErrorCase(
            id: "auto cp949: the third field after a CR line end",
            input: [0xB0, 0xA1, 0x0D, 0x61, 0x2C, 0x62, 0x2C, 0x63, 0xFF, 0x0D],
            records: [["가"]],
            message: "x.csv:2:3: not valid UTF-8 or CP949 text (byte 8)"
        ),
        ErrorCase(
            id: "windows-1252: an undefined byte",
            input: Array("city,note\nSeoul,".utf8) + [0x81] + Array("\n".utf8),
            encoding: .windows1252,
            records: [["city", "note"]],
            message: "x.csv:2:2: not valid Windows-1252 text (byte 16)"
        ),
    ]

    /// Every chunk size gives the same records before the same error.
    @Test(arguments: cases)
    func failsWithExactMessage(testCase: ErrorCase) {
        for chunkSize in 1...testCase.input.count {
            let outcome = readOutcome(
                testCase.input, chunkSize: chunkSize, encoding: testCase.encoding)
            #expect(outcome.records.map(\.fields) == testCase.records, "chunk size \(chunkSize)")
            #expect(outcome.error?.description == testCase.message, "chunk size \(chunkSize)")
        }
    }

    @Test func errorFieldsAreSet() {
        let malformed = readOutcome(Array("a\n\"b\"x".utf8), chunkSize: 64).error
        #expect(
            malformed == CSVError(file: "x.csv", line: 2, column: 1, message: "malformed quote"))
        let invalid = readOutcome([0x61, 0xFF], chunkSize: 64, encoding: .utf8).error
        #expect(
            invalid
                == CSVError(
                    file: "x.csv", line: 1, column: 1, byteOffset: 1,
                    message: "not valid UTF-8 text"))
    }

    @Test func descriptionFormats() {
        #expect(CSVError(file: "f", line: 3, column: 2, message: "m").description == "f:3:2: m")
        #expect(CSVError(file: "f", line: 3, message: "m").description == "f:3: m")
        #expect(CSVError(file: "f", byteOffset: 12, message: "m").description == "f: byte 12: m")
        #expect(
            CSVError(file: "f", line: 3, column: 2, byteOffset: 12, message: "m").description
                == "f:3:2: m (byte 12)")
        #expect(CSVError(file: "f", message: "m").description == "f: m")
    }

    @Test func cannotOpenMissingFile() {
        #expect(
            throws: CSVError(
                file: "data/missing.csv", message: "cannot open: no such file or directory"
            )
        ) {
            try CSVReader(path: "/nonexistent/missing.csv", displayPath: "data/missing.csv")
        }
        #expect(
            throws: CSVError(
                file: "/nonexistent/missing.csv", message: "cannot open: no such file or directory"
            )
        ) {
            try CSVReader(path: "/nonexistent/missing.csv")
        }
    }

    @Test func cannotOpenDirectory() throws {
        let directory = FileManager.default.temporaryDirectory.path
        let error = #expect(throws: CSVError.self) {
            try CSVReader(path: directory, displayPath: "dir")
        }
        #expect(error?.description == "dir: cannot open: is a directory")
    }

    @Test func cannotCreateFile() {
        #expect(
            throws: CSVError(
                file: "/nonexistent/out.csv", message: "cannot create: no such file or directory"
            )
        ) {
            try CSVFileWriter(path: "/nonexistent/out.csv")
        }
    }

    @Test func rejectsDelimiterThatCannotWork() {
        for delimiter in ["\"", "\n", "\r"] {
            let options = CSVReaderOptions(delimiter: UInt8(ascii: Unicode.Scalar(delimiter)!))
            let reader = CSVReader(bytes: Array("a".utf8), displayPath: "x.csv", options: options)
            #expect(throws: CSVError.self) { try reader.readAll() }
        }
    }

    struct Stop: Error, Equatable {}

    @Test func rethrowsTheBodysError() {
        let reader = CSVReader(bytes: Array("a\nb\nc\n".utf8), displayPath: "x.csv")
        var seen: [String] = []
        #expect(throws: Stop()) {
            try reader.forEachRecord { record in
                seen.append(record[0])
                if record.line == 2 {
                    throw Stop()
                }
            }
        }
        #expect(seen == ["a", "b"])
    }
}
