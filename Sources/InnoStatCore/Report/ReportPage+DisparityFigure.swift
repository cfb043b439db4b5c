extension ReportPage {
    func disparityFigure() -> String {
        let indices = data.disparity
        guard !indices.isEmpty else {
            return Self.missing(
                "No disparity indices of GRDP per capita in the warehouse (grdp_per_capita_gini, "
                    + "_williamson, _theil_t have no values): load GRDP and population, then run "
                    + "innostat run.")
        }
        let colors = [Color.blue, Color.vermillion, Color.green]
        let breakYears = Set(indices.flatMap { $0.values.filter { $0.status == "B" }.map(\.year) })
            .union(data.breaks.keys).sorted()
        var panels: [LineChart] = []
        var top = 0.0
        var markers: [ChartSeries.Marker] = []
        for (index, series) in indices.enumerated() {
            let height = index == 0 ? 250.0 : 210.0
            let label = Self.labels[series.code] ?? series.name
            let points = Self.points(series, label: label)
            markers += points.map(\.marker)
            panels.append(
                LineChart(
                    frame: ChartFrame(x: 0, y: top, width: Self.width, height: height),
                    heading: label,
                    x: LineChart.Axis(label: "Year", format: .year, tickCount: 10),
                    y: LineChart.Axis(
                        label: Self.axisLabels[series.code] ?? "\(series.code) (\(series.unit))",
                        includesZero: true, tickCount: 4),
                    series: [
                        ChartSeries(
                            name: label, points: points, color: colors[index % colors.count])
                    ],
                    rules: breakYears.map {
                        LineChart.Rule(
                            x: Double($0), label: "\($0)", showsLabel: index == 0, role: "break")
                    }))
            top += height
        }
        var legend: [ChartLegend.Entry] = []
        if !breakYears.isEmpty {
            legend.append(
                ChartLegend.Entry(
                    .rule(color: "#777777"), "Break year: the provinces or the sources change"))
        }
        legend += Self.statusEntries(markers)
        var caption = [
            Markup.escape(
                "Across the provinces present each year, GRDP per capita = nominal GRDP / "
                    + "population. A province that split off later (Gwangju 1986, Daejeon 1989, "
                    + "Ulsan 1997, Sejong 2012) counts inside its parent until GRDP shows it "
                    + "separately; the index moves at those breaks for that reason alone.")
        ]
        if !breakYears.isEmpty {
            let items = breakYears.map { year in
                Markup.element(
                    "li", [:],
                    Markup.text("strong", [:], String(year)) + ": "
                        + Markup.escape(
                            namingRegions(
                                (data.breaks[year] ?? ["status B"]).joined(separator: "; "))))
            }
            caption.append(
                Markup.escape("Break years (status B):")
                    + Markup.element("ul", ["class": "breaks"], items.joined()))
        }
        let years = indices.flatMap { $0.values.map(\.year) }
        let chart = SVGChart(
            id: "chart-disparity",
            title: "Disparity of GRDP per capita across provinces, "
                + "\(years.min() ?? 0)–\(years.max() ?? 0)",
            description:
                "Three stacked line charts of inequality indices of GRDP per capita across "
                + "Korean provinces by year: "
                + indices.map { Self.labels[$0.code] ?? $0.name }
                .joined(separator: ", ") + ". Break years are marked with dashed lines: "
                + breakYears.map(String.init).joined(separator: ", ") + ".",
            bodyHeight: top, legend: ChartLegend(legend), panels: panels)
        return figure(chart, caption: caption, citations: data.citations(for: indices.map(\.code)))
    }
}
