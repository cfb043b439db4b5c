import Testing

@testable import InnoStatCore

@Suite struct PrintableTextTests {
    @Test(arguments: [
        ("plain 서울 text", "plain 서울 text"),
        ("nul\0byte", "nul\\0byte"),
        ("tab\there, line\nend, cr\rhere", "tab\\there, line\\nend, cr\\rhere"),
        ("\u{1B}[31mred", "\\x1b[31mred"),
        ("bell\u{07} del\u{7F}", "bell\\x07 del\\x7f"),
        ("next line\u{85}, csi\u{9B}", "next line\\u{85}, csi\\u{9b}"),
        ("a backslash \\0 stays", "a backslash \\0 stays"),
    ])
    func controlCharactersAreEscaped(text: String, printed: String) {
        #expect(PrintableText.escaped(text) == printed)
        #expect(PrintableText.escaped(PrintableText.escaped(text)) == printed)
    }

    @Test func longTextIsCutToItsEndsAndLength() {
        let text = String(repeating: "a", count: 10) + String(repeating: "é", count: 10) + "z\0"
        #expect(PrintableText.bounded(text, limit: 8) == "aaaa…ééz\\0 (32 bytes)")
        #expect(PrintableText.bounded(text, limit: 22) == PrintableText.escaped(text))
    }

    @Test func aTwentyMegabyteTextPrintsShort() {
        let text = String(repeating: "x", count: 20 * 1024 * 1024)
        let printed = PrintableText.bounded(text, limit: 200)
        #expect(
            printed == String(repeating: "x", count: 100) + "…" + String(repeating: "x", count: 100)
                + " (20971520 bytes)")
    }
}
