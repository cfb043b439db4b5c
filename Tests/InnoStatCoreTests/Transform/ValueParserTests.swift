import Testing

@testable import InnoStatCore

struct ValueParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let raw: String
        let expected: ParsedValue
        var testDescription: String { "\"\(raw)\"" }
    }

    static let figures: [Case] = [
        Case(raw: "56", expected: ParsedValue(value: 56)),
        Case(raw: " 2226 ", expected: ParsedValue(value: 2226)),
        Case(raw: "93917477.0", expected: ParsedValue(value: 93_917_477)),
        Case(raw: "1,234", expected: ParsedValue(value: 1234)),
        Case(raw: "144,830", expected: ParsedValue(value: 144_830)),
        Case(raw: "1,234,567.25", expected: ParsedValue(value: 1_234_567.25)),
        Case(raw: "-0.35", expected: ParsedValue(value: -0.35)),
        Case(raw: "△1,234", expected: ParsedValue(value: -1234)),
        Case(raw: "0.5", expected: ParsedValue(value: 0.5)),
        Case(raw: "76.1%", expected: ParsedValue(value: 76.1, isPercent: true)),
        Case(raw: "1,234억", expected: ParsedValue(value: 1234e8, isInBaseUnit: true)),
        Case(raw: "1,234억원", expected: ParsedValue(value: 1234e8, isInBaseUnit: true, isKRW: true)),
        Case(raw: "2.5조원", expected: ParsedValue(value: 2.5e12, isInBaseUnit: true, isKRW: true)),
        Case(raw: "1조 2,345억", expected: ParsedValue(value: 1e12 + 2345e8, isInBaseUnit: true)),
        Case(raw: "3만", expected: ParsedValue(value: 30_000, isInBaseUnit: true)),
        Case(raw: "5천", expected: ParsedValue(value: 5_000, isInBaseUnit: true)),
        Case(raw: "123p", expected: ParsedValue(value: 123, status: .provisional)),
        Case(raw: "123 (p)", expected: ParsedValue(value: 123, status: .provisional)),
        Case(raw: "4.5e", expected: ParsedValue(value: 4.5, status: .estimated)),
        Case(
            raw: ">66.7",
            expected: ParsedValue(value: 66.7, status: .estimated, note: "lower bound")),
        Case(raw: "<30", expected: ParsedValue(value: 30, status: .estimated, note: "upper bound")),
        Case(
            raw: "1)1,234",
            expected: ParsedValue(value: 1234, status: .definitionDiffers, note: "footnote 1)")),
        Case(
            raw: "1,234 2)",
            expected: ParsedValue(value: 1234, status: .definitionDiffers, note: "footnote 2)")),
        Case(raw: "19 : 81", expected: ParsedValue(value: nil, ratioParts: [19, 81])),
        Case(raw: "28:72", expected: ParsedValue(value: nil, ratioParts: [28, 72])),
    ]

    @Test(arguments: figures)
    func readsFigure(_ testCase: Case) throws {
        let parsed = try ValueParser.parse(testCase.raw).get()
        #expect(parsed == testCase.expected)
    }

    @Test(arguments: ["", "-", "…", "...", "x", "X", "..", "  ", "－"])
    func missingMarksAreMissingNeverZero(_ raw: String) throws {
        let parsed = try ValueParser.parse(raw).get()
        #expect(parsed.value == nil)
        #expect(parsed.status == .missing)
    }

    @Test(arguments: [
        "1,2,3", "12,34", "1,2345", "abc", "1.2.3", "12a", "--5", "1e5", "억", "1억 5000", "5,",
        ",5", "1 234", ". ", "서울", "3 : x", "1,234,56",
    ])
    func refusesNonNumbers(_ raw: String) {
        guard case .failure(let failure) = ValueParser.parse(raw) else {
            Issue.record("\"\(raw)\" was read as a number")
            return
        }
        #expect(failure.reason.hasPrefix("is not a number"))
    }
}
