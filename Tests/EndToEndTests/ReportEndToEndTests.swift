import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `report` on the warehouse that `run` makes from the shipped pipelines and raw data.
@Suite(.serialized)
struct ReportEndToEndTests {
    @Test func reportWritesOneSelfContainedPageWithEveryChart() throws {
        let innostat = try InnoStatBinary()
        let run = try innostat.run("run")
        #expect(run.status == 0, "\(run.stderr)")
        let report = try innostat.run("report", "--out", "out/report.html")
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout == "out/report.html\n")
        #expect(report.stderr == "")
        let html = try String(contentsOfFile: innostat.path("out/report.html"), encoding: .utf8)
        let page = try XMLDocument(data: Data(html.utf8), options: [])
        func texts(_ xpath: String) throws -> [String] {
            try page.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
        }
        #expect(try page.nodes(forXPath: "//html").count == 1)
        #expect(try page.nodes(forXPath: "/html/head/meta[@charset='utf-8']").count == 1)
        // Nothing to fetch: no scripts, styles, images or frames from anywhere.
        #expect(try page.nodes(forXPath: "//script | //link | //img | //iframe | //object").isEmpty)
        #expect(try page.nodes(forXPath: "//*[not(self::a)][@src or @href or @srcset]").isEmpty)
        #expect(try !texts("//style").joined().contains("url("))
        let charts = try page.nodes(forXPath: "//svg")
        #expect(charts.count == 5)
        for chart in charts {
            #expect(try !(chart.nodes(forXPath: "title").first?.stringValue ?? "").isEmpty)
            #expect(try !(chart.nodes(forXPath: "desc").first?.stringValue ?? "").isEmpty)
            #expect(try !chart.nodes(forXPath: ".//text[contains(@class, 'x-label')]").isEmpty)
            #expect(try !chart.nodes(forXPath: ".//text[contains(@class, 'y-label')]").isEmpty)
        }
        #expect(try page.nodes(forXPath: "//p[@class='missing']").isEmpty)
        // The crossover of the shipped figures, bracketed by the last year below.
        #expect(try texts("//*[@class='rule-label crossover']") == ["Crossover: 1981"])
        #expect(try texts("//strong[@class='last-year-below']") == ["1966"])
        // Break years of GRDP per capita: provinces (1987, 1989, 1998, 2013) and population
        // (register from 2000, residents of unknown address from 2010).
        #expect(
            try texts("//*[@id='chart-disparity']//*[@class='rule-label break']")
                == ["1987", "1989", "1998", "2000", "2010", "2013"])
        // The Lorenz curve of 2023 has the published population-weighted Gini.
        let gini = try #require(
            Double(
                try innostat.scalar(
                    """
                    SELECT value FROM indicator_value
                    WHERE indicator_code = 'grdp_per_capita_gini_w' AND year = 2023
                    """
                )))
        let legend = try texts("//*[@id='chart-lorenz']//*[@class='legend']/text")
        #expect(
            legend.first == "Provinces weighted by population: Gini \(String(format: "%.3f", gini))"
        )
        #expect(try texts("//section[@id='lorenz']//tbody/tr/td[2]").contains("서울특별시"))
        // Tables with headers: the rejected dropped digit of rnd_money.csv, the conflicts.
        for table in try page.nodes(forXPath: "//table") {
            #expect(try !table.nodes(forXPath: "thead/tr/th").isEmpty)
        }
        #expect(
            try texts("//section[@id='rejects']//tbody/tr/td[1]")
                == ["RawData/regional_rd/rnd_money.csv:2:4"])
        #expect(
            try texts("(//section[@id='conflicts']//table)[1]//tbody/tr/td[1]").contains(
                "population"))
    }

    @Test func reportWithoutAWarehouseFailsNamingIt() throws {
        let innostat = try InnoStatBinary(copying: [])
        let result = try innostat.run("report", "--warehouse", "missing.sqlite")
        #expect(result.status == 1)
        #expect(result.stderr == "missing.sqlite: no warehouse here (run `innostat run` first)\n")
        #expect(!FileManager.default.fileExists(atPath: innostat.path("Warehouse/report.html")))
    }

    /// GRDP alone: the Capital Region's share of GRDP, and a note for each chart it cannot make.
    @Test func reportOnGRDPAloneShowsNotesForTheOtherCharts() throws {
        let innostat = try InnoStatBinary()
        for name in try FileManager.default.contentsOfDirectory(atPath: innostat.path("Pipelines"))
        where !["kosis_grdp.yaml", "indicators.yaml"].contains(name) {
            try FileManager.default.removeItem(atPath: innostat.path("Pipelines/\(name)"))
        }
        let run = try innostat.run("run")
        #expect(run.status == 0, "\(run.stderr)")
        let report = try innostat.run("report")
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(
            contentsOfFile: innostat.path("Warehouse/report.html"), encoding: .utf8)
        let page = try XMLDocument(data: Data(html.utf8), options: [])
        #expect(
            try page.nodes(forXPath: "//svg").compactMap {
                ($0 as? XMLElement)?.attribute(forName: "id")?.stringValue
            } == ["chart-capital"])
        #expect(
            try page.nodes(forXPath: "//p[@class='missing']/ancestor::section/@id").map {
                $0.stringValue ?? ""
            } == ["funding", "centres", "disparity", "lorenz"])
    }
}
