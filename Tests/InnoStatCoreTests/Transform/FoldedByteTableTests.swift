import Testing

@testable import InnoStatCore

@Suite struct FoldedByteTableTests {
    let table = FoldedByteTable([
        (key: "kyonggido", value: 1), (key: "서울특별시", value: 2), (key: "seoul", value: 3),
        (key: "11", value: 4), (key: "sŏul", value: 5), (key: "Seoul", value: 6),
    ])

    func lookup(_ label: String) -> Int? {
        var copy = label
        return copy.withUTF8 { bytes in
            table.value(for: bytes, summary: FoldedByteTable.summarize(bytes))
        }
    }

    @Test(arguments: [
        ("Kyonggi-do", 1), ("KYONGGI DO", 1), ("kyonggido", 1), ("서울특별시", 2), ("서울 특별시", 2),
        ("Seoul", 3), (" s-e'o.u,l_ ", 3), ("11", 4), ("1 1", 4),
    ])
    func findsBytesFoldingToAKey(label: String, value: Int) {
        #expect(lookup(label) == value)
    }

    /// Keys with scalars other than folded ASCII and Hangul syllables are not stored, and
    /// bytes that only fold to a key through the `String` path miss.
    @Test(arguments: ["sŏul", "Sŏul", "서울", "kyonggi", "", "\u{00A0}seoul", "ｓｅｏｕｌ", "111"])
    func missesOtherBytes(label: String) {
        #expect(lookup(label) == nil)
    }

    @Test func summarizesDigitsAndASCII() {
        let digits = FoldedByteTable.summarize(Array(" 2-6 ".utf8))
        #expect(digits.isAllDigits && digits.isASCII && digits.count == 2)
        let korean = FoldedByteTable.summarize(Array("서울".utf8))
        #expect(!korean.isASCII && !korean.isAllDigits && korean.count == 6)
    }

    @Test func handlesManyKeys() {
        let keys = (0..<1000).map { (key: "k\($0)", value: $0) }
        let large = FoldedByteTable(keys)
        for (key, value) in keys {
            var copy = key.uppercased()
            #expect(
                copy.withUTF8 { large.value(for: $0, summary: FoldedByteTable.summarize($0)) }
                    == value)
        }
    }
}
