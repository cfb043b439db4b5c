import Testing

@testable import InnoStatCore

struct PeriodChoiceTests {
    static func point(_ period: String, _ value: Double?, region: String = "KR") -> ObservationPoint
    {
        ObservationPoint(
            measure: "m", region: region, period: period, year: Int(period.prefix(4))!,
            sector: "TOT", size: "ALL", value: value, status: value == nil ? .missing : .normal,
            sourceID: "s")
    }

    @Test(arguments: [
        // (periods in the year, flow pick, stock pick)
        (["1995"], "1995", "1995"),
        (["1995-02", "1995-12"], "1995-12", "1995-12"),
        (["1995", "1995-02"], "1995", "1995-02"),
        (["2000-05", "2000"], "2000", "2000-05"),
        (["2004-07", "2004-09", "2004"], "2004", "2004-09"),
    ])
    func picksOnePeriodPerYear(periods: [String], flow: String, stock: String) {
        let points = periods.map { Self.point($0, 1) }
        let key = RegionYear(region: "KR", year: Int(periods[0].prefix(4))!)
        #expect(PeriodChoice.flow.pick(points)[key]?.period == flow)
        #expect(PeriodChoice.stock.pick(points)[key]?.period == stock)
    }

    @Test func aMissingFigureNeverStandsForTheYear() {
        let points = [Self.point("1995-02", 1), Self.point("1995-12", nil)]
        #expect(PeriodChoice.stock.pick(points).values.map(\.period) == ["1995-02"])
        #expect(PeriodChoice.stock.pick([Self.point("1995", nil)]).isEmpty)
    }

    @Test func regionsArePickedApart() {
        let points = [
            Self.point("2000", 1, region: "KR-11"), Self.point("2000", 2, region: "KR-41"),
        ]
        #expect(PeriodChoice.flow.pick(points).count == 2)
    }

    @Test func onlyAStockNotCountedAtYearEndIsAnEstimate() {
        #expect(PeriodChoice.stock.isEstimate(Self.point("1995-02", 1)))
        #expect(PeriodChoice.stock.isEstimate(Self.point("1995", 1)))
        #expect(!PeriodChoice.stock.isEstimate(Self.point("1995-12", 1)))
        #expect(!PeriodChoice.flow.isEstimate(Self.point("1995-02", 1)))
    }
}
