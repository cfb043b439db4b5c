import Testing

@testable import InnoStatCore

struct PeriodParserTests {
    @Test(arguments: [
        ("1981", "1981", 1981), ("1981-10", "1981-10", 1981), ("1995-2", "1995-02", 1995),
        ("2023 년", "2023", 2023), ("2023년", "2023", 2023), ("1981.12", "1981-12", 1981),
        (" 2000 ", "2000", 2000),
    ])
    func readsPeriod(raw: String, text: String, year: Int) throws {
        let period = try #require(PeriodParser.parse(raw))
        #expect(period.text == text)
        #expect(period.year == year)
    }

    @Test(arguments: [
        "OECD average", "81", "1981-13", "1981-00", "19811", "1980s (avg)", "", "1992 (month n/a)",
    ])
    func refusesNonPeriods(_ raw: String) {
        #expect(PeriodParser.parse(raw) == nil)
    }
}
