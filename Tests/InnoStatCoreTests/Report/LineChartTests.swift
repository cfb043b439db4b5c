import Testing

@testable import InnoStatCore

struct LineChartTests {
    /// x 2000…2004 on 74…940 (years padded by one: 1999…2005), y 0…100 on 340…10.
    static func chart(
        points: [ChartSeries.Point], rules: [LineChart.Rule] = [], name: String = "Share"
    ) -> LineChart {
        LineChart(
            frame: ChartFrame(x: 0, y: 0, width: 960, height: 400),
            x: LineChart.Axis(label: "Year", format: .year),
            y: LineChart.Axis(
                label: "Share (%)", format: .number(decimals: 0), domain: 0...100, step: 25),
            series: [ChartSeries(name: name, points: points, color: "#0072B2")], rules: rules)
    }

    @Test func pathPassesThroughEachPointOfATinySeries() {
        let chart = Self.chart(points: [
            ChartSeries.Point(x: 2001, y: 50), ChartSeries.Point(x: 2000, y: 0),
            ChartSeries.Point(x: 2004, y: 100),
        ])
        let area = chart.plotArea
        #expect(area == ChartFrame(x: 74, y: 10, width: 866, height: 340))
        // x: 74 + (year − 1999) / 6 · 866; y: 350 − value / 100 · 340.
        #expect(chart.svg().contains("d=\"M218.33,350 L362.67,180 L795.67,10\""))
        #expect(LineChart.path([(1, 2), (3.456, 4)]) == "M1,2 L3.46,4")
    }

    @Test func boundsAreDrawnButNotJoinedAndEstimatesAreHollow() {
        let svg = Self.chart(points: [
            ChartSeries.Point(x: 2000, y: 50),
            ChartSeries.Point(x: 2001, y: 20, marker: .lowerBound),
            ChartSeries.Point(x: 2002, y: 60, marker: .estimated, note: "2002: 60 (E)"),
        ]).svg()
        #expect(svg.contains("d=\"M290.5,180 L723.5,146\""))
        #expect(svg.contains("class=\"point lower-bound\""))
        #expect(
            svg.contains(
                "fill=\"#ffffff\" stroke=\"#0072B2\" stroke-width=\"2\" "
                    + "class=\"point estimated\"><title>2002: 60 (E)</title>"
            ))
    }

    @Test func axesHaveLabelsAndTicksWithUnitsFormatted() {
        let svg = Self.chart(points: [
            ChartSeries.Point(x: 2000, y: 1), ChartSeries.Point(x: 2004, y: 2),
        ]).svg()
        #expect(svg.contains("class=\"axis-label x-label\">Year</text>"))
        #expect(svg.contains("class=\"axis-label y-label\">Share (%)</text>"))
        for tick in ["0", "25", "50", "75", "100", "2000", "2002", "2004"] {
            #expect(svg.contains("class=\"tick-label\">\(tick)</text>"), "\(tick)")
        }
        #expect(!svg.contains(">2,000<"))
    }

    @Test func logarithmicTicksAreLabelledWithThousandsSeparators() {
        let chart = LineChart(
            frame: ChartFrame(x: 0, y: 0, width: 480, height: 380),
            x: LineChart.Axis(label: "Year", format: .year),
            y: LineChart.Axis(
                label: "Centres (count, log scale)", format: .number(decimals: 0),
                kind: .logarithmic),
            series: [
                ChartSeries(
                    name: "Centres",
                    points: [
                        ChartSeries.Point(x: 1980, y: 54), ChartSeries.Point(x: 2018, y: 40_000),
                    ],
                    color: "#0072B2")
            ])
        let svg = chart.svg()
        for tick in ["10", "100", "1,000", "10,000", "100,000"] {
            #expect(svg.contains("class=\"tick-label\">\(tick)</text>"), "\(tick)")
        }
        #expect(chart.yScale.domain == 10...100_000)
    }

    @Test func ruleLabelsTooCloseForOneRowGoToTheNext() {
        let chart = Self.chart(
            points: [ChartSeries.Point(x: 1985, y: 1), ChartSeries.Point(x: 2023, y: 2)],
            rules: [
                LineChart.Rule(x: 1987, label: "1987"), LineChart.Rule(x: 1988, label: "1988"),
                LineChart.Rule(x: 1998, label: "1998"), LineChart.Rule(x: 1999, label: "1999"),
                LineChart.Rule(x: 2010, label: "2010", showsLabel: false),
            ])
        #expect(chart.ruleRows == [0, 1, 0, 1, nil])
        // Two rows of labels push the plot down.
        #expect(chart.plotArea.y == 2 * 16 + 10)
    }

    @Test func textIsEscapedInTheSVG() {
        let svg = Self.chart(
            points: [ChartSeries.Point(x: 2000, y: 1, note: "R&D <Seoul>")],
            rules: [LineChart.Rule(x: 2000, label: "\"break\" & <more>")], name: "a<b>"
        ).svg()
        #expect(svg.contains("<title>R&amp;D &lt;Seoul&gt;</title>"))
        #expect(svg.contains("&quot;break&quot; &amp; &lt;more&gt;</text>"))
        #expect(svg.contains("aria-label=\"a&lt;b&gt;\""))
        #expect(!svg.contains("<Seoul>"))
    }
}

struct ChartLegendTests {
    @Test func entriesWrapIntoRowsAtTheWidth() {
        let legend = ChartLegend([
            ChartLegend.Entry(
                .line(color: "#000", isDashed: false, marker: .observed), "Business enterprises"),
            ChartLegend.Entry(.line(color: "#000", isDashed: true, marker: nil), "Government"),
            ChartLegend.Entry(.band(color: "#eee"), "Crossover lies in this bracket"),
        ])
        let wide = legend.layout(width: 900)
        #expect(wide.map(\.row) == [0, 0, 0])
        #expect(wide[0].x == 0)
        let narrow = legend.layout(width: 300)
        #expect(narrow.map(\.row) == [0, 1, 2])
        #expect(narrow.allSatisfy { $0.x == 0 })
        #expect(legend.height(width: 300) == 60)
        #expect(ChartLegend([]).height(width: 300) == 0)
    }

    @Test func hangulIsMeasuredWiderThanLatin() {
        #expect(TextMetrics.width(of: "서울", fontSize: 10) == 20)
        #expect(
            TextMetrics.width(of: "Seoul", fontSize: 10)
                < TextMetrics.width(of: "서울특별시", fontSize: 10))
    }
}
