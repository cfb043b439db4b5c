import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

struct ReportDataTests {
    static let indicators = """
        measures:
          rd_centers: {unit: count}
          grdp_nominal: {unit: million KRW}
          population: {unit: persons}
        indicators:
          - code: rd_centers_total
            method: level
            name: Accredited corporate R&D centres
            input: {measure: rd_centers, size: ALL}
            stock: true
          - method: disparity
            base: grdp_per_capita
            measure: grdp_nominal
            per_capita: population
            indices: [gini, gini_w, williamson, theil_t]

        """

    /// Ulsan (KR-31) has population in 1997 but no GRDP (inside Gyeongnam, KR-48) until 1998.
    static let figures = """
        rd_centers,KR,2016-12,TOT,ALL,35000
        rd_centers,KR,2018-03,TOT,ALL,>40000
        grdp_nominal,KR-11,1997,TOT,ALL,300
        grdp_nominal,KR-48,1997,TOT,ALL,200
        population,KR-11,1997,TOT,ALL,10
        population,KR-31,1997,TOT,ALL,1
        population,KR-48,1997,TOT,ALL,3
        grdp_nominal,KR-11,1998,TOT,ALL,330
        grdp_nominal,KR-31,1998,TOT,ALL,60
        grdp_nominal,KR-48,1998,TOT,ALL,160
        population,KR-11,1998,TOT,ALL,10
        population,KR-31,1998,TOT,ALL,1
        population,KR-48,1998,TOT,ALL,3

        """

    /// The report data of a run over `figures` (the fixture's folder lives until it is read).
    static func read() throws -> ReportData {
        let fixture = try IndicatorFixture(
            indicators: indicators, figures: figures,
            estimates: "population,KR-11,1998,TOT,ALL,10.6\n",
            units: ["rd_centers": "count", "grdp_nominal": "million KRW", "population": "persons"])
        try fixture.run()
        return try withExtendedLifetime(fixture) { try ReportData(reading: fixture.database()) }
    }

    @Test func readsSeriesWithTheirStatusAndBounds() throws {
        let data = try Self.read()
        let centres = try #require(data.centres)
        #expect(centres.name == "Accredited corporate R&D centres")
        #expect(centres.unit == "count")
        #expect(
            centres.values == [
                ReportData.YearValue(year: 2016, value: 35000, status: "A")
            ])
        // ">40000" (2018-03) is a bound, not a value: the indicator has no 2018 row.
        #expect(data.smeShare == nil)
        #expect(data.funding.isEmpty)
        #expect(data.capitalShares.isEmpty)
        #expect(data.disparity.map(\.code) == ReportData.Code.disparity)
        #expect(data.disparity.allSatisfy { $0.values.map(\.year) == [1997, 1998] })
        #expect(data.disparity[0].values.map(\.status) == ["A", "B"])
        #expect(data.breaks == [1998: ["regions differ from 1997: +KR-31"]])
        #expect(data.regionNames["KR-31"] == "Ulsan")
    }

    @Test func theDistributionIsTheLatestYearsInputsAsTheIndexAlignedThem() throws {
        let data = try Self.read()
        let distribution = try #require(data.distribution)
        #expect(distribution.year == 1998)
        #expect(distribution.measureCode == "grdp_nominal")
        #expect(distribution.perCapitaCode == "population")
        #expect(
            distribution.units == [
                LorenzCurve.Unit(code: "KR-11", name: "Seoul", value: 330, weight: 10),
                LorenzCurve.Unit(code: "KR-31", name: "Ulsan", value: 60, weight: 1),
                LorenzCurve.Unit(code: "KR-48", name: "Gyeongnam", value: 160, weight: 3),
            ])
        #expect(distribution.koreanNames["KR-31"] == "울산광역시")
        #expect(distribution.merges.isEmpty)
        let curve = try #require(LorenzCurve(units: distribution.units))
        let weighted = try #require(distribution.weightedGini)
        #expect(abs(curve.gini - weighted) < 1e-12)
        #expect(distribution.gini == InequalityIndex.gini([33, 60, 160 / 3.0]))
        #expect(
            distribution.citations == [ReportData.Citation(publisher: "Test", title: "figures")])
    }

    @Test func readsConflictsTheRunAndCitations() throws {
        let data = try Self.read()
        // The fixture's raw-data root is a temp folder: compare the file's name.
        let conflicts = data.conflicts.map { conflict -> ReportData.Conflict in
            var conflict = conflict
            conflict.sourceFile = (conflict.sourceFile as NSString).lastPathComponent
            return conflict
        }
        #expect(
            conflicts == [
                ReportData.Conflict(
                    measureCode: "population", unit: "persons", regionCode: "KR-11",
                    period: "1998", sourceID: "estimates", sourcePeriod: "1998", value: 10.6,
                    preferredSourceID: "figures", preferredValue: 10, differencePercent: 5.66,
                    tolerancePercent: 0.5, sourceFile: "estimates.csv", sourceLine: 2)
            ])
        let run = try #require(data.run)
        #expect(run.id == 1)
        #expect(run.status == "ok")
        #expect(run.files == ["loaded": 2])
        #expect(data.rejects.isEmpty && data.rejectCount == 0)
        #expect(data.warnings.isEmpty && data.warningCount == 0)
        // The estimates lost to the figures everywhere: no index read them.
        #expect(
            data.citations(for: [ReportData.Code.centres, ReportData.Code.gini])
                == [ReportData.Citation(publisher: "Test", title: "figures")])
    }

    @Test func aFreshWarehouseGivesAnEmptyReport() throws {
        let folder = try TemporaryFolder()
        let warehouse = try Warehouse(path: folder.file("warehouse.sqlite"))
        let data = try ReportData(reading: warehouse.database)
        #expect(data.funding.isEmpty)
        #expect(data.centres == nil && data.smeShare == nil && data.centresGrowth == nil)
        #expect(data.disparity.isEmpty && data.capitalShares.isEmpty && data.breaks.isEmpty)
        #expect(data.distribution == nil)
        #expect(data.conflicts.isEmpty)
        #expect(data.run == nil)
        #expect(data.citations.isEmpty)
        // Korea and its 17 provinces, 248 other countries, 10 aggregates.
        #expect(data.regionNames.count == 276)
    }

    @Test func aDatabaseWithoutTheWarehouseTablesGivesAnEmptyReport() throws {
        let folder = try TemporaryFolder()
        let database = try Database(path: folder.file("other.sqlite"))
        try database.execute("CREATE TABLE unrelated(x INTEGER)")
        let data = try ReportData(reading: database)
        #expect(data.regionNames.isEmpty && data.funding.isEmpty && data.run == nil)
        #expect(ReportPage(data: data).html().contains("No run recorded in the warehouse"))
    }

    @Test func rejectsAndWarningsAreThoseOfTheLastRunOnly() throws {
        let fixture = try IndicatorFixture(
            indicators: Self.indicators, figures: "rd_centers,KR,2016-12,TOT,ALL,x1\n",
            units: ["rd_centers": "count", "grdp_nominal": "million KRW", "population": "persons"])
        try fixture.run()
        let first = try withExtendedLifetime(fixture) {
            try ReportData(reading: fixture.database())
        }
        #expect(first.run?.status == "failed")
        #expect(first.rejectCount == 1)
        #expect(first.rejects.map { $0.file.hasSuffix("/RawData/figures.csv") } == [true])
        #expect(first.rejects.map(\.line) == [2])
        try fixture.folder.write(
            "RawData/figures.csv",
            "measure,region,period,sector,size,value\nrd_centers,KR,2016-12,TOT,ALL,35000\n")
        try fixture.run()
        let second = try withExtendedLifetime(fixture) {
            try ReportData(reading: fixture.database())
        }
        #expect(second.run?.id == 2)
        #expect(second.rejectCount == 0)
    }
}
