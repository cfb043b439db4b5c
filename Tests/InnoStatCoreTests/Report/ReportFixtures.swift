@testable import InnoStatCore

/// Report data built in memory: every part present, with text that needs escaping.
enum ReportFixtures {
    static let hostile = "<script>alert(\"x\")</script> & 'q'"

    static func series(_ code: String, unit: String, _ values: [(Int, Double, String)])
        -> ReportData.IndicatorSeries
    {
        ReportData.IndicatorSeries(
            code: code, name: code, unit: unit,
            values: values.map { ReportData.YearValue(year: $0.0, value: $0.1, status: $0.2) })
    }

    static var complete: ReportData {
        var centres = series(
            ReportData.Code.centres, unit: "count",
            [
                (1980, 54, "E"), (1981, 53, "A"), (1990, 966, "A"), (2013, 28_771, "A"),
                (2018, 40_000, "E"),
            ])
        centres.values[4].isLowerBound = true
        return ReportData(
            warehouse: "Warehouse/warehouse.sqlite",
            funding: [
                ReportData.FundingYear(
                    year: 1966, privateShare: 10, governmentShare: nil, crossover: "last year below"
                ),
                ReportData.FundingYear(
                    year: 1981, privateShare: 56, governmentShare: nil, crossover: "crossover"),
                ReportData.FundingYear(year: 1990, privateShare: 84, governmentShare: 16),
                ReportData.FundingYear(year: 2004, privateShare: nil, governmentShare: 24.5),
                ReportData.FundingYear(year: 2022, privateShare: 76.3, governmentShare: 23.4),
            ],
            centres: centres,
            smeShare: series(
                ReportData.Code.smeShare, unit: "percent", [(1990, 56.4, "A"), (2018, 96, "E")]),
            centresGrowth: series(
                ReportData.Code.centresGrowth, unit: "percent per year", [(2018, 18.99, "E")]),
            disparity: ReportData.Code.disparity.map {
                series(
                    $0, unit: "index", [(1997, 0.105, "A"), (1998, 0.157, "B"), (1999, 0.158, "A")])
            },
            breaks: [1998: ["regions differ from 1997: +KR-31"]],
            capitalShares: [
                series(
                    "grdp_capital_share", unit: "percent", [(1997, 46.9, "A"), (1998, 46.8, "B")]),
                series("rd_expenditure_capital_share", unit: "percent", [(2022, 70.1, "A")]),
            ],
            distribution: ReportData.Distribution(
                indicatorCode: ReportData.Code.gini, year: 2023, measureCode: "grdp_nominal",
                perCapitaCode: "population",
                units: [
                    LorenzCurve.Unit(
                        code: "KR-11", name: "Seoul", value: 547_617_706, weight: 9_386_034),
                    LorenzCurve.Unit(
                        code: "KR-31", name: "Ulsan", value: 89_871_247, weight: 1_103_661),
                    LorenzCurve.Unit(
                        code: "KR-27", name: "Daegu", value: 73_115_439, weight: 2_374_960),
                ],
                koreanNames: ["KR-11": "서울특별시", "KR-31": "울산광역시", "KR-27": "대구광역시"],
                gini: 0.2, weightedGini: 0.1),
            conflicts: [
                ReportData.Conflict(
                    measureCode: "rd_centers", unit: "count", regionCode: "KR", period: "1995",
                    sourceID: "park2001", sourcePeriod: "1995", value: 2226,
                    preferredSourceID: "curated_rd_centers:etnews.com/199610010054",
                    preferredValue: 2270, differencePercent: 1.938,
                    sourceFile: "RawData/seed/park2001_figures.csv",
                    sourceLine: 7)
            ],
            run: ReportData.Run(
                id: 3, startedAt: "2026-11-29T01:28:21.388Z",
                finishedAt: "2026-11-29T01:28:26.972Z",
                status: "ok", files: ["loaded": 29]),
            rejects: [
                ReportData.Reject(
                    file: "RawData/regional_rd/rnd_money.csv", line: 2, column: 4,
                    columnName: "2019",
                    rawText: hostile, reason: "check_failed",
                    message: "13449 changes by a factor of 10.0")
            ],
            warnings: [
                ReportData.CheckWarning(
                    file: "RawData/x.csv", line: 5, column: 2, rawText: "1,234",
                    message: "beyond the range")
            ],
            citations: [
                ReportData.Code.privateShare: [
                    ReportData.Citation(
                        publisher: "Park, S.O. (2001)", title: hostile,
                        urls: ["https://doi.org/10.1023/A:1015208227001"])
                ],
                ReportData.Code.gini: [
                    ReportData.Citation(
                        publisher: "Statistics Korea (KOSIS)", title: "시도별 지역내총생산",
                        urls: ["https://kosis.kr/"])
                ],
            ],
            regionNames: ["KR-31": "Ulsan", "KR-11": "Seoul"])
    }
}
