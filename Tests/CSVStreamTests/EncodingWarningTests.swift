import CSVStream
import Testing

/// Windows-1252 text that `.auto` detects as CP949: read as CP949, reported once with the line
/// and field of the first character that reads as Windows-1252, and how many there are.
@Suite struct EncodingWarningTests {
    struct WarningCase: Sendable, CustomTestStringConvertible {
        let id: String
        let input: [UInt8]
        /// `line:column: decoded / windows-1252 ×count`, nil for no warning.
        let warning: String?
        var testDescription: String { id }
    }

    static func bytes(_ parts: [UInt8]...) -> [UInt8] { parts.flatMap { $0 } }

    static func text(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let cases: [WarningCase] = [
        WarningCase(
            id: "right single quote (’) after a letter",
            input: bytes(text("city,note\nSeoul,Seoul"), [0x92], text("s tower\n")),
            warning: "2:2: 뭩 / ’s ×1"),
        WarningCase(
            id: "en dash (–), em dash (—), ellipsis (…) and quotes: one warning, counted",
            input: bytes(
                text("a,b\n1,x\nR&D,Pre"), [0x96], text("war\nSeoul"), [0x97], text("Busan,etc"),
                [0x85], text("and\n"), text("say,Hello"), [0x94], text("s\n")),
            warning: "3:2: \(decoded([0x96, 0x77])) / –w ×4"),
        WarningCase(
            id: "after a digit (degree sign)",
            input: bytes(text("place,t\nSeoul,25"), [0xB0], text("C\n")),
            warning: "2:2: \(decoded([0xB0, 0x43])) / °C ×1"),
        WarningCase(
            id: "Korean text with common syllables after digits",
            input: bytes(text("year,v\n2020"), [0xB3, 0xE2], text(",1\n")), warning: nil),
        WarningCase(
            id: "a CP949-only syllable after a space or a Hangul syllable",
            input: bytes(
                text("name\n"), [0x8C, 0x63], text("\n"), [0xB0, 0xA1], [0x8C, 0x63], text("\n")),
            warning: nil),
        WarningCase(
            id: "a byte Windows-1252 does not define (0x81) after a letter",
            input: bytes(text("a\nb"), [0x81, 0x41], text("\n")), warning: nil),
    ]

    static func decoded(_ bytes: [UInt8]) -> String {
        (try? CSVReader(
            bytes: bytes + [0x0A], displayPath: "d", options: CSVReaderOptions(encoding: .cp949)
        ).readAll().first?.first) ?? "?"
    }

    @Test(arguments: cases)
    func autodetectedCP949ThatReadsAsWindows1252IsReportedOnce(_ example: WarningCase) throws {
        for chunkSize in 1...example.input.count {
            let reader = CSVReader(
                bytes: example.input, displayPath: "x.csv",
                options: CSVReaderOptions(encoding: .auto, chunkSize: chunkSize))
            _ = try reader.readAll()
            #expect(reader.detectedEncoding == .cp949)
            let warning = reader.encodingWarning.map {
                "\($0.line):\($0.column): \($0.decoded) / \($0.windows1252) ×\($0.count)"
            }
            #expect(warning == example.warning, "chunk size \(chunkSize)")
        }
    }

    @Test func theWarningSaysWhereAndWhat() throws {
        let input = Self.bytes(
            Self.text("city,note\nSeoul,Seoul"), [0x92], Self.text("s tower, Busan"), [0x92],
            Self.text("s\n"))
        let reader = CSVReader(bytes: input, displayPath: "x.csv")
        #expect(try reader.readAll()[1] == ["Seoul", "Seoul뭩 tower", " Busan뭩"])
        #expect(
            reader.encodingWarning?.description
                == "x.csv:2:2: warning: detected as CP949, \"뭩\" (byte 21) reads as "
                + "Windows-1252 \"’s\"; 2 such characters in the file, the first here")
    }

    @Test func aDeclaredEncodingIsNotSecondGuessed() throws {
        let input = Self.bytes(Self.text("city\nSeoul"), [0x92], Self.text("s\n"))
        let cp949 = CSVReader(
            bytes: input, displayPath: "x.csv", options: CSVReaderOptions(encoding: .cp949))
        #expect(try cp949.readAll() == [["city"], ["Seoul뭩"]])
        #expect(cp949.encodingWarning == nil)
        let windows = CSVReader(
            bytes: input, displayPath: "x.csv", options: CSVReaderOptions(encoding: .windows1252))
        #expect(try windows.readAll() == [["city"], ["Seoul’s"]])
        #expect(windows.detectedEncoding == .windows1252)
        #expect(windows.encodingWarning == nil)
    }

    @Test(arguments: [
        ("windows-1252", TextEncoding.windows1252), ("cp1252", .windows1252),
        ("Windows-1252", .windows1252), ("CP949", .cp949), ("utf-8", .utf8),
    ])
    func encodingNamesAndAliases(name: String, encoding: TextEncoding) {
        #expect(TextEncoding(name: name) == encoding)
    }

    @Test func windows1252ReadsEveryDefinedCharacter() throws {
        let input = Self.bytes(
            Self.text("t\n"), [0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xE9],
            Self.text("\n"))
        let reader = CSVReader(
            bytes: input, displayPath: "x.csv", options: CSVReaderOptions(encoding: .windows1252))
        #expect(try reader.readAll() == [["t"], ["€…‘’“”–—é"]])
    }
}
