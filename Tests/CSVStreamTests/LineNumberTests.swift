import CSVStream
import Testing

/// An input and the records, with record and field lines, it must read as.
struct LineCase: Sendable, CustomTestStringConvertible {
    var id: String
    var input: String
    var records: [ReadRecord]
    var testDescription: String { id }
}

@Suite struct LineNumberTests {
    static let cases: [LineCase] = [
        LineCase(
            id: "lf", input: "a,b\nc,d\n",
            records: [
                ReadRecord(line: 1, fields: ["a", "b"]), ReadRecord(line: 2, fields: ["c", "d"]),
            ]),
        LineCase(
            id: "crlf", input: "a,b\r\nc,d\r\n",
            records: [
                ReadRecord(line: 1, fields: ["a", "b"]), ReadRecord(line: 2, fields: ["c", "d"]),
            ]),
        LineCase(
            id: "cr", input: "a,b\rc,d\r",
            records: [
                ReadRecord(line: 1, fields: ["a", "b"]), ReadRecord(line: 2, fields: ["c", "d"]),
            ]),
        LineCase(
            id: "mixed line ends", input: "a\nb\r\nc\rd\r\n\re",
            records: [
                ReadRecord(line: 1, fields: ["a"]), ReadRecord(line: 2, fields: ["b"]),
                ReadRecord(line: 3, fields: ["c"]), ReadRecord(line: 4, fields: ["d"]),
                ReadRecord(line: 6, fields: ["e"]),
            ]),
        LineCase(
            id: "last line without terminator", input: "a,b\nc,d",
            records: [
                ReadRecord(line: 1, fields: ["a", "b"]), ReadRecord(line: 2, fields: ["c", "d"]),
            ]),
        LineCase(
            id: "blank lines", input: "\n\na\n\n\r\n\rb\n\n",
            records: [
                ReadRecord(line: 3, fields: ["a"]), ReadRecord(line: 7, fields: ["b"]),
            ]),
        LineCase(
            id: "crlf blank lines", input: "\r\n\r\na\r\n\r\nb\r\n",
            records: [
                ReadRecord(line: 3, fields: ["a"]), ReadRecord(line: 5, fields: ["b"]),
            ]),
        LineCase(id: "only line ends", input: "\r\n\n\r\r", records: []),
        LineCase(id: "empty input", input: "", records: []),
        LineCase(
            id: "quoted lf", input: "x,\"1\n2\",y\nz\n",
            records: [
                ReadRecord(line: 1, fields: ["x", "1\n2", "y"], fieldLines: [1, 1, 2]),
                ReadRecord(line: 3, fields: ["z"]),
            ]),
        LineCase(
            id: "quoted crlf", input: "x,\"1\r\n2\",y\r\nz\r\n",
            records: [
                ReadRecord(line: 1, fields: ["x", "1\r\n2", "y"], fieldLines: [1, 1, 2]),
                ReadRecord(line: 3, fields: ["z"]),
            ]),
        LineCase(
            id: "quoted cr", input: "\"a\rb\"\rc",
            records: [
                ReadRecord(line: 1, fields: ["a\rb"]), ReadRecord(line: 3, fields: ["c"]),
            ]),
        LineCase(
            id: "fields after multi-line fields", input: "\"a\n\nb\",\"c\r\nd\",e\nf",
            records: [
                ReadRecord(line: 1, fields: ["a\n\nb", "c\r\nd", "e"], fieldLines: [1, 3, 4]),
                ReadRecord(line: 5, fields: ["f"]),
            ]),
        LineCase(
            id: "quoted field of line ends", input: "\n\"\n\r\n\r\"\n",
            records: [
                ReadRecord(line: 2, fields: ["\n\r\n\r"])
            ]),
        LineCase(
            id: "record of one empty quoted field", input: "\"\"\n\nx",
            records: [
                ReadRecord(line: 1, fields: [""]), ReadRecord(line: 3, fields: ["x"]),
            ]),
        LineCase(
            id: "line of spaces is a record", input: "a\n  \nb",
            records: [
                ReadRecord(line: 1, fields: ["a"]), ReadRecord(line: 2, fields: ["  "]),
                ReadRecord(line: 3, fields: ["b"]),
            ]),
        LineCase(
            id: "spaces kept", input: " a ,\" b \",c \n",
            records: [
                ReadRecord(line: 1, fields: [" a ", " b ", "c "])
            ]),
        LineCase(
            id: "empty fields", input: "a,\n,b\n,\n",
            records: [
                ReadRecord(line: 1, fields: ["a", ""]), ReadRecord(line: 2, fields: ["", "b"]),
                ReadRecord(line: 3, fields: ["", ""]),
            ]),
        LineCase(
            id: "ragged rows", input: "a,b,c\nd\ne,f",
            records: [
                ReadRecord(line: 1, fields: ["a", "b", "c"]), ReadRecord(line: 2, fields: ["d"]),
                ReadRecord(line: 3, fields: ["e", "f"]),
            ]),
        LineCase(
            id: "byte order mark", input: "\u{FEFF}a,b\nc",
            records: [
                ReadRecord(line: 1, fields: ["a", "b"]), ReadRecord(line: 2, fields: ["c"]),
            ]),
        LineCase(
            id: "nul bytes are data", input: "a\0b,\0\n",
            records: [
                ReadRecord(line: 1, fields: ["a\0b", "\0"])
            ]),
        LineCase(
            id: "utf-8 text", input: "서울,\"부산\n대구\"\r\n광주",
            records: [
                ReadRecord(line: 1, fields: ["서울", "부산\n대구"], fieldLines: [1, 1]),
                ReadRecord(line: 3, fields: ["광주"]),
            ]),
    ]

    /// Every chunk size from 1 to the input length, so each CRLF and each multi-byte character
    /// is also split between two reads.
    @Test(arguments: cases)
    func recordsAndLines(testCase: LineCase) {
        let bytes = Array(testCase.input.utf8)
        for chunkSize in 1...max(1, bytes.count) {
            let outcome = readOutcome(bytes, chunkSize: chunkSize)
            #expect(outcome.error == nil, "chunk size \(chunkSize)")
            #expect(outcome.records == testCase.records, "chunk size \(chunkSize)")
        }
    }
}
