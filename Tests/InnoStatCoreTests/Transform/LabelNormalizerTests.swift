import Testing

@testable import InnoStatCore

@Suite struct LabelNormalizerTests {
    @Test(arguments: [
        ("  Seoul ", "seoul"), ("\u{00A0}Seoul\u{3000}", "seoul"), ("\u{FEFF}전국", "전국"),
        ("Kyŏnggi-do", "kyonggido"), ("Ch'ungch'ŏng-bukto", "chungchongbukto"),
        ("Ch’ungch’ŏng", "chungchong"), ("Chʼungchʼŏng", "chungchong"), ("Ŭiryŏng", "uiryong"),
        ("Kyo\u{0306}nggi", "kyonggi"), ("ＳＥＯＵＬ", "seoul"), ("서 울", "서울"),
        ("\u{1109}\u{1165}\u{110B}\u{116E}\u{11AF}", "서울"), ("정부·공공", "정부공공"),
        ("정부ㆍ공공", "정부공공"), ("Korea, Rep.", "korearep"), ("a_b–c—d", "abcd"),
        ("KR-11", "kr11"), ("Gov’t", "govt"), ("", ""), (" - ", ""), ("A/B (C)", "a/b(c)"),
    ])
    func folds(label: String, folded: String) {
        #expect(LabelNormalizer.fold(label) == folded)
        #expect(LabelNormalizer.fold(folded) == folded)
    }

    @Test(arguments: [("11", true), ("011", true), ("", false), ("1a", false), ("١١", false)])
    func recognizesDigits(key: String, isDigits: Bool) {
        #expect(LabelNormalizer.isDigits(key) == isDigits)
    }

    @Test func foldsASCIIBytesLikeStrings() {
        for byte in UInt8(0)...UInt8(0x7F) {
            let folded = LabelNormalizer.fold(String(Unicode.Scalar(byte)))
            let expected = LabelNormalizer.foldedASCIIByte(byte).map { String(Unicode.Scalar($0)) }
            #expect(folded == (expected ?? ""), "byte \(byte)")
        }
    }
}
