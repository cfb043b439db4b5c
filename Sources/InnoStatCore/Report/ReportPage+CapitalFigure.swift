extension ReportPage {
    func capitalFigure() -> String {
        let shares = data.capitalShares
        guard !shares.isEmpty else {
            return Self.missing(
                "No Capital Region shares in the warehouse (grdp_capital_share, "
                    + "rd_personnel_capital_share and rd_expenditure_capital_share have no values)."
            )
        }
        let colors = [Color.blue, Color.vermillion, Color.green, Color.purple]
        var series: [ChartSeries] = []
        var legend: [ChartLegend.Entry] = []
        var annotations: [LineChart.Annotation] = []
        var coverage: [String] = []
        for (index, share) in shares.enumerated() {
            let label = Self.labels[share.code] ?? share.name
            let color = colors[index % colors.count]
            series.append(
                ChartSeries(name: label, points: Self.points(share, label: label), color: color))
            legend.append(
                ChartLegend.Entry(.line(color: color, isDashed: false, marker: .observed), label))
            if let last = share.values.last {
                annotations.append(
                    LineChart.Annotation(
                        x: Double(last.year), y: last.value,
                        text: Self.display(last.value, unit: share.unit), anchor: .middle, dx: 0,
                        dy: -12, color: color))
            }
            coverage.append(
                "\(label) \(Self.span(share.values))"
                    + (share.values.count == 1 ? " (one year only)" : ""))
        }
        legend += Self.statusEntries(series.flatMap { $0.points.map(\.marker) })
        let panel = LineChart(
            frame: ChartFrame(x: 0, y: 0, width: Self.width, height: 380),
            x: LineChart.Axis(label: "Year", format: .year, tickCount: 10),
            y: LineChart.Axis(
                label: "Capital Region share of the national total (%)",
                format: .number(decimals: 0), tickCount: 5),
            series: series, annotations: annotations)
        let years = shares.flatMap { $0.values.map(\.year) }
        let chart = SVGChart(
            id: "chart-capital",
            title: "Capital Region (Seoul, Incheon, Gyeonggi) share of the national total, "
                + "\(years.min() ?? 0)–\(years.max() ?? 0)",
            description:
                "Line chart of the Capital Region's share, in percent of the sum over "
                + "provinces, of "
                + shares.map { Self.labels[$0.code] ?? $0.name }.joined(separator: ", ")
                + ", by year.",
            bodyHeight: 380, legend: ChartLegend(legend), panels: [panel])
        let caption = [
            Markup.escape(
                "Share of the sum over the provinces present each year; the Capital Region is "
                    + "Seoul, Incheon and Gyeonggi. Years in the warehouse: "
                    + coverage.joined(separator: "; ") + "."),
            Markup.escape(
                "Squares mark years whose set of provinces differs from the year before (status "
                    + "B)."),
        ]
        return figure(chart, caption: caption, citations: data.citations(for: shares.map(\.code)))
    }
}
