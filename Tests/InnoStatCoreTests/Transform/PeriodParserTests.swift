import Testing

@testable import InnoStatCore

struct PeriodParserTests {
    @Test(arguments: [
        ("1981", "1981", 1981), ("1981-10", "1981-10", 1981), ("1995-2", "1995-02", 1995),
        ("2023 년", "2023", 2023), ("2023년", "2023", 2023), ("1981.12", "1981-12", 1981),
        (" 2000 ", "2000", 2000), ("2000 년", "2000", 2000), ("2017.01", "2017-01", 2017),
        ("2024.3/4", "2024-Q3", 2024), ("2024 3/4", "2024-Q3", 2024), ("2020.1/2", "2020-S1", 2020),
        ("2020 2/2", "2020-S2", 2020), ("2024-Q3", "2024-Q3", 2024), ("2024Q3", "2024-Q3", 2024),
        ("2020-S1", "2020-S1", 2020), ("2020S2", "2020-S2", 2020), ("2024M03", "2024-03", 2024),
        ("2024-M11", "2024-11", 2024), ("2023-H2", "2023-S2", 2023),
    ])
    func readsPeriod(raw: String, text: String, year: Int) throws {
        let period = try #require(PeriodParser.parse(raw))
        #expect(period.text == text)
        #expect(period.year == year)
        #expect(!period.isProvisional)
    }

    @Test(arguments: [
        ("2025 2/4p", "2025-Q2"), ("2023 p)", "2023"), ("2023p", "2023"), ("2024.12 p)", "2024-12"),
        ("2022 년 p)", "2022"), ("2021(p)", "2021"),
    ])
    func readsProvisionalMark(raw: String, text: String) throws {
        let period = try #require(PeriodParser.parse(raw))
        #expect(period.text == text)
        #expect(period.isProvisional)
    }

    @Test(arguments: [
        "OECD average", "81", "1981-13", "1981-00", "19811", "1980s (avg)", "", "1992 (month n/a)",
        "2024.5/4", "2024.0/4", "2020.3/2", "2024-Q5", "2024-S3", "2024Q", "2024M13", "p",
        "2024 pp",
        "2024/4", "202403",
    ])
    func refusesNonPeriods(_ raw: String) {
        #expect(PeriodParser.parse(raw) == nil)
    }

    @Test(arguments: [
        ("2024", PeriodParser.Frequency.annual, "2024"), ("202403", .monthly, "2024-03"),
        ("202403", .quarterly, "2024-Q3"), ("202002", .halfYearly, "2020-S2"),
        ("202412", .monthly, "2024-12"),
    ])
    func readsAPIPeriods(raw: String, frequency: PeriodParser.Frequency, text: String) throws {
        #expect(try #require(PeriodParser.parse(api: raw, frequency: frequency)).text == text)
    }

    @Test(arguments: [
        ("202403", PeriodParser.Frequency.annual), ("2024", .monthly), ("202413", .monthly),
        ("202405", .quarterly), ("202003", .halfYearly), ("2024.1", .monthly),
        ("20240", .quarterly),
    ])
    func refusesAPIPeriods(raw: String, frequency: PeriodParser.Frequency) {
        #expect(PeriodParser.parse(api: raw, frequency: frequency) == nil)
    }

    @Test(arguments: [
        ("1981", 12), ("1981-10", 10), ("2024-Q3", 9), ("2024-Q4", 12), ("2020-S1", 6),
    ])
    func endMonth(raw: String, month: Int) throws {
        #expect(try #require(PeriodParser.parse(raw)).endMonth == month)
    }
}
