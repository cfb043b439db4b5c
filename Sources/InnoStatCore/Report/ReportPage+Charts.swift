extension ReportPage {
    typealias Point = ChartSeries.Point

    static let width = 960.0

    /// Short names for the indicators the charts show; other codes use their declared name.
    static let labels: [String: String] = [
        "grdp_per_capita_gini": "Gini coefficient (provinces counted alike)",
        "grdp_per_capita_williamson": "Williamson index (population-weighted dispersion)",
        "grdp_per_capita_theil_t": "Theil T index (population-weighted)",
        "grdp_capital_share": "GRDP",
        "rd_personnel_capital_share": "R&D personnel",
        "rd_expenditure_capital_share": "R&D expenditure",
    ]

    static func label(_ series: ReportData.IndicatorSeries) -> String {
        labels[series.code] ?? series.name
    }

    static let axisLabels: [String: String] = [
        "grdp_per_capita_gini": "Gini (index)",
        "grdp_per_capita_williamson": "Williamson (index)",
        "grdp_per_capita_theil_t": "Theil T (index)",
    ]

    func figure(_ chart: SVGChart, caption: [String], citations: [ReportData.Citation]) -> String {
        Self.figure(chartID: chart.id, body: chart.svg(), caption: caption, citations: citations)
    }

    /// `body` (a chart, or a chart and a table) with its caption paragraphs and sources.
    static func figure(
        chartID: String, body: String, caption: [String], citations: [ReportData.Citation]
    ) -> String {
        Markup.element(
            "figure", ["aria-labelledby": "\(chartID)-title"],
            body
                + Markup.element(
                    "figcaption", [:],
                    caption.map { Markup.element("p", [:], $0) }.joined() + Self.sources(citations))
        )
    }

    /// A legend entry for a solid line with observed markers.
    static func lineEntry(_ color: String, _ label: String) -> ChartLegend.Entry {
        ChartLegend.Entry(.line(color: color, isDashed: false, marker: .observed), label)
    }

    /// The markers of every point of `series`, in order.
    static func markers(_ series: [ChartSeries]) -> [ChartSeries.Marker] {
        series.flatMap { $0.points.map(\.marker) }
    }

    /// `1981–2023`: the first and the last year of all of `series`.
    static func yearRange(_ series: [ReportData.IndicatorSeries]) -> String {
        let years = series.flatMap { $0.values.map(\.year) }
        return "\(years.min() ?? 0)–\(years.max() ?? 0)"
    }

    static func marker(_ value: ReportData.YearValue) -> ChartSeries.Marker {
        value.isLowerBound ? .lowerBound : ChartSeries.marker(forStatus: value.status)
    }

    static func points(_ series: ReportData.IndicatorSeries, label: String) -> [Point] {
        series.values.map { value in
            let bound = value.isLowerBound ? ", a lower bound" : ""
            return Point(
                x: Double(value.year), y: value.value, marker: marker(value),
                note: "\(label), \(value.year): \(display(value.value, unit: series.unit)) "
                    + "(status \(value.status)\(bound))")
        }
    }

    /// Legend entries for the status markers that `markers` use; the filled circle only when
    /// other shapes are there to tell it from, and `showsPublished` is true.
    static func statusEntries(_ markers: [ChartSeries.Marker], showsPublished: Bool = true)
        -> [ChartLegend.Entry]
    {
        let used = Set(markers).subtracting([.hidden, .upperBound])
        var entries: [ChartLegend.Entry] = []
        if showsPublished && used != [.observed] {
            entries.append(
                ChartLegend.Entry(.marker(.observed, color: Color.gray), "as published (A)"))
        }
        if used.contains(.estimated) {
            entries.append(
                ChartLegend.Entry(.marker(.estimated, color: Color.gray), "estimated (E)"))
        }
        if used.contains(.seriesBreak) {
            entries.append(
                ChartLegend.Entry(
                    .marker(.seriesBreak, color: Color.gray), "break in the series (B)"))
        }
        if used.contains(.lowerBound) {
            entries.append(
                ChartLegend.Entry(
                    .marker(.lowerBound, color: Color.gray), "lower bound: at least this"))
        }
        return entries
    }

    static func span(_ values: [ReportData.YearValue]) -> String {
        guard let first = values.first?.year, let last = values.last?.year else { return "" }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }
}
