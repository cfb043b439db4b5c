extension ReportPage {
    func disparityFigure() -> String {
        let indices = data.disparity
        guard !indices.isEmpty else {
            return Self.missing(
                "No disparity indices of GRDP per capita in the warehouse (grdp_per_capita_gini, "
                    + "_williamson, _theil_t have no values): load GRDP and population, then run "
                    + "innostat run.")
        }
        let breakYears = Set(indices.flatMap { $0.values.filter { $0.status == "B" }.map(\.year) })
            .union(data.breaks.keys).sorted()
        let panels = Self.disparityPanels(indices, breakYears: breakYears)
        let legend = Self.disparityLegend(
            showsBreaks: !breakYears.isEmpty, markers: Self.markers(panels.flatMap(\.series)))
        let chart = SVGChart(
            id: "chart-disparity",
            title: "Disparity of GRDP per capita across provinces, \(Self.yearRange(indices))",
            description:
                "Three stacked line charts of inequality indices of GRDP per capita across "
                + "Korean provinces by year: "
                + indices.map(Self.label).joined(separator: ", ")
                + ". Break years are marked with dashed lines: "
                + breakYears.map(String.init).joined(separator: ", ") + ".",
            bodyHeight: panels.reduce(0) { $0 + $1.frame.height }, legend: ChartLegend(legend),
            panels: panels)
        return figure(
            chart, caption: disparityCaption(breakYears: breakYears),
            citations: data.citations(for: indices.map(\.code)))
    }

    /// One panel per index, stacked, the first taller; every panel marks the break years, the
    /// first labels them.
    static func disparityPanels(_ indices: [ReportData.IndicatorSeries], breakYears: [Int])
        -> [LineChart]
    {
        let colors = [Color.blue, Color.vermillion, Color.green]
        var panels: [LineChart] = []
        var top = 0.0
        for (index, series) in indices.enumerated() {
            let height = index == 0 ? 250.0 : 210.0
            let label = Self.label(series)
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
                            name: label, points: Self.points(series, label: label),
                            color: colors[index % colors.count])
                    ],
                    rules: breakYears.map {
                        LineChart.Rule(
                            x: Double($0), label: "\($0)", showsLabel: index == 0, role: "break")
                    }))
            top += height
        }
        return panels
    }

    static func disparityLegend(showsBreaks: Bool, markers: [ChartSeries.Marker])
        -> [ChartLegend.Entry]
    {
        var legend: [ChartLegend.Entry] = []
        if showsBreaks {
            legend.append(
                ChartLegend.Entry(
                    .rule(color: "#777777"), "Break year: the provinces or the sources change"))
        }
        return legend + Self.statusEntries(markers)
    }

    /// How the index is computed and why it moves at breaks; then each break year's reasons.
    func disparityCaption(breakYears: [Int]) -> [String] {
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
        return caption
    }
}
