import Foundation
import Testing

@testable import InnoStatCore

/// A ratio per province (`regions: provinces`) scaled by its measures' units and by 100 for a
/// percentage: R&D in 억원 over GRDP in million KRW.
struct RatioByProvinceTests {
    static let indicators = """
        measures:
          rd_expenditure: {unit: 100 million KRW}
          grdp_nominal: {unit: million KRW}
        indicators:
          - code: intensity
            method: ratio
            name: R&D intensity
            numerator: {measure: rd_expenditure}
            denominator: {measure: grdp_nominal}
            percent: true
            regions: provinces

        """

    @Test func eachProvinceHasItsRatioInPercent() throws {
        // Seoul: 1,500 억원 = 150,000 million KRW over 5,000,000: 3 %. Busan: 100 억원 over
        // 1,000,000: 1 %. Daegu has GRDP only: no value.
        let figures = """
            rd_expenditure,KR-11,2021,,,1500
            grdp_nominal,KR-11,2021,,,5000000
            rd_expenditure,KR-26,2021,,,100
            grdp_nominal,KR-26,2021,,,1000000
            grdp_nominal,KR-27,2021,,,800000

            """
        let fixture = try IndicatorFixture(
            indicators: Self.indicators, figures: figures,
            units: ["rd_expenditure": "100 million KRW", "grdp_nominal": "million KRW"])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let rows = try fixture.database().rows(
            "SELECT region_code, value FROM indicator_value WHERE indicator_code = 'intensity' ORDER BY 1"
        )
        #expect(rows.map { $0.text("region_code")! } == ["KR-11", "KR-26"])
        #expect(
            abs(rows[0].double("value")! - 3) < 1e-12 && abs(rows[1].double("value")! - 1) < 1e-12)
        #expect(try fixture.notes("intensity", year: 2021)["scale"] == "10000.0")
    }

    static let mistakes: [(String, String)] = [
        (
            "    regions: world\n",
            "indicators[0].regions: expected provinces or countries, got \"world\""
        )
    ]

    /// `regions: countries`: every country and aggregate with the input, provinces left out.
    @Test func aShareByCountryHasOneSeriesPerCountry() throws {
        let indicators = """
            measures:
              rd_funding_share: {unit: percent}
            indicators:
              - code: business
                method: share
                name: Business share
                published: {measure: rd_funding_share, sector: BUS}
                regions: countries

            """
        let figures = """
            rd_funding_share,KR,2021,BUS,,76.6
            rd_funding_share,JP,2021,BUS,,78.1
            rd_funding_share,OECD,2021,BUS,,65.9
            rd_funding_share,KR-11,2021,BUS,,70
            rd_funding_share,US,2021,GOV,,17.7

            """
        let fixture = try IndicatorFixture(
            indicators: indicators, figures: figures, units: ["rd_funding_share": "percent"])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        #expect(
            try fixture.database().rows(
                "SELECT region_code || ' ' || value AS v FROM indicator_value ORDER BY region_code"
            ).map { $0.text("v")! } == ["JP 78.1", "KR 76.6", "OECD 65.9"])
    }

    @Test(arguments: mistakes)
    func aMistakeNamesTheKey(line: String, message: String) throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "indicators.yaml",
            Self.indicators.replacingOccurrences(of: "    regions: provinces\n", with: line))
        #expect {
            _ = try IndicatorCatalog.load(directory: folder.path)
        } throws: { "\($0)".hasSuffix(message) }
    }
}
