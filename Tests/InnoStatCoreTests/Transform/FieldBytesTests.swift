import Testing

@testable import InnoStatCore

struct FieldBytesTests {
    private func bytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        return text.withUTF8 { body(FieldBytes.trimmed($0)) }
    }

    @Test(arguments: [
        ("0", FieldBytes.WholeNumber.value(0)),
        ("118", .value(118)),
        (" 16992 ", .value(16992)),
        ("\t7\t", .value(7)),
        ("1,234", .value(1234)),
        ("12,345", .value(12345)),
        ("123,456,789", .value(123_456_789)),
        ("999999999999999", .value(999_999_999_999_999)),
        ("999,999,999,999,999", .value(999_999_999_999_999)),
        ("", .missing),
        ("-", .missing),
        ("  -  ", .missing),
        ("1,2,3", .malformed),
        ("1234,567", .malformed),
        ("1,23", .malformed),
        ("1,2345", .malformed),
        (",123", .malformed),
        ("123,", .malformed),
        ("1,,234", .malformed),
        ("-5", .malformed),
        ("+5", .malformed),
        ("1.5", .malformed),
        ("1 234", .malformed),
        ("1억", .malformed),
        ("x", .malformed),
        ("--", .malformed),
        ("1000000000000000", .tooLarge),
        ("1,000,000,000,000,000", .tooLarge),
    ])
    func readsWholeNumbers(raw: String, expected: FieldBytes.WholeNumber) {
        #expect(bytes(raw, FieldBytes.wholeNumber) == expected)
    }

    @Test(arguments: [
        ("Y", FieldBytes.Flag.value(true)), ("y", .value(true)), ("1", .value(true)),
        ("N", .value(false)), ("n", .value(false)), ("0", .value(false)), (" Y ", .value(true)),
        ("", .missing), ("-", .missing), ("YES", .malformed), ("2", .malformed),
        ("T", .malformed), ("예", .malformed),
    ])
    func readsFlags(raw: String, expected: FieldBytes.Flag) {
        #expect(bytes(raw, FieldBytes.flag) == expected)
    }

    @Test(arguments: [
        ("1993", 1993), ("2022", 2022), (" 2000 ", 2000), ("1000", 1000), ("2999", 2999),
    ])
    func readsYears(raw: String, year: Int) {
        #expect(bytes(raw, FieldBytes.year) == year)
    }

    @Test(arguments: ["", "-", "993", "19930", "0999", "3000", "19x3", "1,993", "２０２２"])
    func refusesNonYears(raw: String) {
        #expect(bytes(raw, FieldBytes.year) == nil)
    }

    @Test(arguments: [
        ("C10", true), ("J58", true), ("M72", true), ("C26429", true), ("A01", true),
        ("U99", true), ("C1", false), ("C264291", false), ("c10", false), ("V10", false),
        ("10", false), ("C1O", false), ("", false), ("CC10", false),
    ])
    func recognisesKSICCodes(raw: String, isKSIC: Bool) {
        #expect(bytes(raw, FieldBytes.isKSIC) == isKSIC)
    }

    @Test func trimsOnlySpacesAndTabs() {
        #expect(bytes("  a b\t", { Array($0) }) == Array("a b".utf8))
        #expect(bytes("\u{A0}a", { Array($0) }) == Array("\u{A0}a".utf8))
        #expect(bytes("   ", { $0.count }) == 0)
    }
}
