import Foundation
import Testing

@testable import InnoStatCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

struct ReportPageTests {
    static let html = ReportPage(data: ReportFixtures.complete, version: "9.9").html()

    @Test func pageIsOneSelfContainedUTF8Document() throws {
        #expect(Self.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let page = try PageInspector(Self.html)
        #expect(try page.elements("//html").count == 1)
        #expect(try page.elements("/html/head/meta[@charset='utf-8']").count == 1)
        #expect(try page.texts("/html/head/title").first?.contains("R&D") == true)
        #expect(try page.networkLoads() == [])
        #expect(try page.elements("//script | //link | //img | //iframe | //object").isEmpty)
        // Links to the publications are fine: they load nothing.
        #expect(
            try page.elements("//a[starts-with(@href, 'https://')]").compactMap {
                $0.attribute(forName: "href")?.stringValue
            } == ["https://doi.org/10.1023/A:1015208227001", "https://kosis.kr/"])
        let style = try page.texts("//style").joined()
        #expect(style.contains("\"Noto Sans CJK KR\""))
        #expect(style.contains("\"NanumGothic\""))
        #expect(style.contains("\"Malgun Gothic\", sans-serif"))
    }

    @Test func everyChartHasATitleADescriptionAndLabelledAxes() throws {
        let page = try PageInspector(Self.html)
        let charts = try page.elements("//svg")
        #expect(
            charts.compactMap { $0.attribute(forName: "id")?.stringValue }
                == [
                    "chart-funding", "chart-centres", "chart-disparity", "chart-capital",
                    "chart-lorenz",
                ])
        for chart in charts {
            let id = chart.attribute(forName: "id")?.stringValue ?? ""
            let title = try chart.nodes(forXPath: "title").first?.stringValue ?? ""
            let description = try chart.nodes(forXPath: "desc").first?.stringValue ?? ""
            #expect(!title.isEmpty, "\(id)")
            #expect(description.count > 40, "\(id)")
            #expect(
                chart.attribute(forName: "aria-labelledby")?.stringValue == "\(id)-title \(id)-desc"
            )
            #expect(chart.attribute(forName: "role")?.stringValue == "img")
            #expect(
                try chart.nodes(forXPath: ".//text[@class='chart-title']").first?.stringValue
                    == title)
            let xLabels = try chart.nodes(forXPath: ".//text[contains(@class, 'x-label')]")
            let yLabels = try chart.nodes(forXPath: ".//text[contains(@class, 'y-label')]")
            #expect(
                !xLabels.isEmpty && xLabels.allSatisfy { !($0.stringValue ?? "").isEmpty }, "\(id)")
            #expect(
                !yLabels.isEmpty && yLabels.allSatisfy { !($0.stringValue ?? "").isEmpty }, "\(id)")
        }
        #expect(
            try page.texts("//text[contains(@class, 'y-label')]") == [
                "Share of gross domestic R&D expenditure (%)", "Centres (count, log scale)",
                "SME share of centres (%)", "Gini (index)", "Williamson (index)", "Theil T (index)",
                "Capital Region share of the national total (%)", "Cumulative share of GRDP (%)",
            ])
        #expect(Set(try page.texts("//text[contains(@class, 'x-label')]")).contains("Year"))
    }

    @Test func crossoverAndTheLastYearBelowAreMarked() throws {
        let page = try PageInspector(Self.html)
        #expect(try page.texts("//*[@class='rule-label crossover']") == ["Crossover: 1981"])
        #expect(try page.texts("//*[@class='rule-label last-below']") == ["Last year below: 1966"])
        #expect(
            try page.elements("//*[@id='chart-funding']//*[@class='rule crossover']").count == 1)
        #expect(try page.elements("//*[@id='chart-funding']//*[@class='band']").count == 1)
        #expect(try page.texts("//strong[@class='crossover-year']") == ["1981"])
        #expect(try page.texts("//strong[@class='last-year-below']") == ["1966"])
        let caption = try page.texts("//section[@id='funding']//figcaption").joined()
        #expect(caption.contains("(business 56.0%, government not published, at most 44.0%)"))
        #expect(caption.contains("Latest year, 2022: business 76.3%, government 23.4%."))
    }

    @Test func estimatesBreaksAndBoundsAreDrawnApartAndExplainedInTheLegend() throws {
        let page = try PageInspector(Self.html)
        // Points in the panels (the legend draws one of each shape as well).
        let centres = "//*[@id='chart-centres']"
        #expect(
            try page.elements("\(centres)//*[@class='panel']//*[@class='point estimated']").count
                == 2)
        #expect(
            try page.elements("\(centres)//*[@class='panel']//*[@class='point lower-bound']").count
                == 1)
        #expect(
            try page.elements("\(centres)//*[@class='panel']//*[@class='point observed']").count
                == 4)
        #expect(
            try page.texts("\(centres)//*[@class='legend']/text") == [
                "All centres (count)", "SME share of the centres (%)", "as published (A)",
                "estimated (E)", "lower bound: at least this",
            ])
        #expect(
            try page.elements(
                "//*[@id='chart-funding']//*[@class='panel']//*[@class='point upper-bound']"
            )
            .count == 2)
        let caption = try page.texts("//section[@id='centres']//figcaption").joined()
        #expect(
            caption.contains("From 54 centres in 1980 to 40,000 in 2018: 19.0% a year compounded"))
        #expect(caption.contains("a lower bound itself since the last count is one"))
        #expect(caption.contains("centres 2018 (at least 40,000)"))
    }

    @Test func breakYearsAreMarkedInEveryPanelAndExplained() throws {
        let page = try PageInspector(Self.html)
        let chart = "//*[@id='chart-disparity']"
        #expect(try page.elements("\(chart)//*[@class='rule break']").count == 3)
        #expect(try page.texts("\(chart)//*[@class='rule-label break']") == ["1998"])
        #expect(
            try page.elements("\(chart)//*[@class='panel']//*[@class='point break']").count == 3)
        #expect(
            try page.texts("//ul[@class='breaks']/li")
                == ["1998: regions differ from 1997: +Ulsan (KR-31)"])
    }

    @Test func theLorenzCurveAgreesWithTheIndexItDraws() throws {
        let page = try PageInspector(Self.html)
        let distribution = try #require(ReportFixtures.complete.distribution)
        let curve = try #require(LorenzCurve(units: distribution.units))
        let legend = try page.texts("//*[@id='chart-lorenz']//*[@class='legend']/text")
        #expect(
            legend.first
                == "Provinces weighted by population: Gini "
                + ReportNumber.format(curve.gini, decimals: 3)
        )
        // Origin hidden, then one marker per province on each curve.
        #expect(
            try page.elements(
                "//*[@id='chart-lorenz']//*[@class='panel']//*[@class='point observed']"
            )
            .count == 6)
        #expect(
            try page.texts("//section[@id='lorenz']//tbody/tr/td[2]") == [
                "울산광역시", "서울특별시", "대구광역시",
            ])
        #expect(try page.texts("//section[@id='lorenz']//tbody/tr[1]/td[3]") == ["81.4"])
    }

    @Test func tablesHaveHeadersAndEveryTextIsEscaped() throws {
        let page = try PageInspector(Self.html)
        let tables = try page.elements("//table")
        #expect(tables.count == 6)
        for table in tables {
            let headers = try table.nodes(forXPath: "thead/tr/th")
            #expect(!headers.isEmpty)
            #expect(
                headers.allSatisfy {
                    ($0 as? XMLElement)?.attribute(forName: "scope")?.stringValue == "col"
                })
            let width = headers.count
            for row in try table.nodes(forXPath: "tbody/tr") {
                #expect(try row.nodes(forXPath: "td").count == width)
            }
        }
        #expect(!Self.html.contains("<script"))
        #expect(
            Self.html.contains(
                "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        let rejects = "(//section[@id='rejects']//table)[1]//tbody/tr"
        #expect(try page.texts("\(rejects)/td[4]") == [ReportFixtures.hostile])
        #expect(try page.texts("\(rejects)/td[1]") == ["RawData/regional_rd/rnd_money.csv:2:4"])
        #expect(
            try page.texts("(//section[@id='rejects']//table)[2]//tbody/tr/td[position() != 2]")
                == ["RawData/x.csv:5:2", "1,234", "beyond the range"])
        #expect(
            try page.texts("(//section[@id='conflicts']//table)[1]//tbody/tr/td") == [
                "rd_centers", "count", "1", "1", "1.9", "0.5", "curated_rd_centers, park2001",
            ])
        #expect(try page.texts("//section[@id='conflicts']//details//tbody/tr/td[5]") == ["2,226"])
    }

    @Test func missingDataGiveANoteInsteadOfEachChart() throws {
        let html = ReportPage(data: ReportData(), version: "9.9").html()
        let page = try PageInspector(html)
        #expect(try page.elements("//svg").isEmpty)
        #expect(try page.elements("//section").count == 7)
        let notes = try page.texts("//p[@class='missing']")
        #expect(notes.count == 6)
        #expect(notes.first?.hasPrefix("No shares of R&D funding in the warehouse") == true)
        #expect(
            try page.texts("//section[@id='conflicts']/p").first?.hasPrefix("No figure differs")
                == true)
        #expect(try page.networkLoads() == [])
    }

    @Test func writesThePageCreatingItsFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("out/report.html")
        let page = ReportPage(data: ReportFixtures.complete, version: "9.9")
        try page.write(to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == page.html())
    }

    @Test func aFolderThatCannotBeMadeIsAnErrorNamingIt() throws {
        let folder = try TemporaryFolder()
        try folder.write("file", "x")
        let error = #expect(throws: SourceFileError.self) {
            try ReportPage(data: ReportData()).write(to: folder.file("file/sub/report.html"))
        }
        #expect(error?.file == folder.file("file/sub"))
        #expect(
            error?.message
                == "cannot create the folder of the report: \(folder.file("file")) is a file, not a folder"
        )
    }
}
