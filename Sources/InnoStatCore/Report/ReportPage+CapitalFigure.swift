extension ReportPage {
    func capitalFigure() -> String {
        let shares = data.capitalShares
        guard !shares.isEmpty else {
            return Self.missing(
                "No Capital Region shares in the warehouse (grdp_capital_share, "
                    + "rd_personnel_capital_share and rd_expenditure_capital_share have no values)."
            )
        }
        let series = Self.capitalSeries(shares)
        let legend =
            series.map { Self.lineEntry($0.color, $0.name) }
            + Self.statusEntries(Self.markers(series))
        let panel = LineChart(
            frame: ChartFrame(x: 0, y: 0, width: Self.width, height: 380),
            x: LineChart.Axis(label: "Year", format: .year, tickCount: 10),
            y: LineChart.Axis(
                label: "Capital Region share of the national total (%)",
                format: .number(decimals: 0), tickCount: 5),
            series: series, annotations: Self.capitalAnnotations(shares))
        let chart = SVGChart(
            id: "chart-capital",
            title: "Capital Region (Seoul, Incheon, Gyeonggi) share of the national total, "
                + Self.yearRange(shares),
            description:
                "Line chart of the Capital Region's share, in percent of the sum over "
                + "provinces, of "
                + shares.map(Self.label).joined(separator: ", ")
                + ", by year.",
            bodyHeight: 380, legend: ChartLegend(legend), panels: [panel])
        return figure(
            chart, caption: Self.capitalCaption(shares),
            citations: data.citations(for: shares.map(\.code)))
    }

    static func capitalColor(_ index: Int) -> String {
        let colors = [Color.blue, Color.vermillion, Color.green, Color.purple]
        return colors[index % colors.count]
    }

    static func capitalSeries(_ shares: [ReportData.IndicatorSeries]) -> [ChartSeries] {
        shares.enumerated().map { index, share in
            let label = Self.label(share)
            return ChartSeries(
                name: label, points: Self.points(share, label: label), color: capitalColor(index))
        }
    }

    /// Each share's latest value, above its last point.
    static func capitalAnnotations(_ shares: [ReportData.IndicatorSeries])
        -> [LineChart.Annotation]
    {
        shares.enumerated().compactMap { index, share in
            share.values.last.map { last in
                LineChart.Annotation(
                    x: Double(last.year), y: last.value,
                    text: Self.display(last.value, unit: share.unit), anchor: .middle, dx: 0,
                    dy: -12, color: capitalColor(index))
            }
        }
    }

    static func capitalCaption(_ shares: [ReportData.IndicatorSeries]) -> [String] {
        let coverage = shares.map { share in
            "\(Self.label(share)) \(Self.span(share.values))"
                + (share.values.count == 1 ? " (one year only)" : "")
        }
        return [
            Markup.escape(
                "Share of the sum over the provinces present each year; the Capital Region is "
                    + "Seoul, Incheon and Gyeonggi. Years in the warehouse: "
                    + coverage.joined(separator: "; ") + "."),
            Markup.escape(
                "Squares mark years whose set of provinces differs from the year before (status "
                    + "B)."),
        ]
    }
}
