extension ReportPage {
    static let centresHeight = 380.0

    func centresFigure() -> String {
        let centres = data.centres
        let share = data.smeShare
        guard centres != nil || share != nil else {
            return Self.missing(
                "No counts of corporate R&D centres in the warehouse (rd_centers_total and "
                    + "rd_centers_sme_share have no values).")
        }
        let allYears = ((centres?.values ?? []) + (share?.values ?? [])).map { Double($0.year) }
        let years = (allYears.min() ?? 0) - 1...(allYears.max() ?? 0) + 1
        let panels = Self.centresPanels(centres: centres, share: share, years: years)
        let markers = Self.markers(panels.flatMap(\.series))
        let legend = Self.centresLegend(centres: centres, share: share, markers: markers)
        let caption = centresCaption(centres: centres, share: share, markers: markers)
        let codes = [ReportData.Code.centres, ReportData.Code.smeShare]
        let first = Int(years.lowerBound) + 1
        let last = Int(years.upperBound) - 1
        let chart = SVGChart(
            id: "chart-centres",
            title: "Corporate R&D centres and the SME share, Korea, \(first)–\(last)",
            description:
                "Two panels: the number of accredited corporate R&D centres on a logarithmic "
                + "scale, and the share of them held by small and medium-sized enterprises in "
                + "percent, by year. Hollow markers are estimates.",
            bodyHeight: Self.centresHeight, legend: ChartLegend(legend), panels: panels)
        return figure(chart, caption: caption, citations: data.citations(for: codes))
    }

    /// The count of centres on a log scale and the SME share, side by side when both are there.
    static func centresPanels(
        centres: ReportData.IndicatorSeries?, share: ReportData.IndicatorSeries?,
        years: ClosedRange<Double>
    ) -> [LineChart] {
        let both = centres != nil && share != nil
        let width = both ? Self.width / 2 : Self.width
        var panels: [LineChart] = []
        if let centres {
            panels.append(
                centresPanel(
                    ChartSeries(
                        name: "All centres", points: Self.points(centres, label: "Centres"),
                        color: Color.blue),
                    heading: "All accredited centres (log scale)",
                    y: LineChart.Axis(
                        label: "Centres (count, log scale)", format: .number(decimals: 0),
                        kind: .logarithmic),
                    frame: ChartFrame(x: 0, y: 0, width: width, height: Self.centresHeight),
                    years: years))
        }
        if let share {
            panels.append(
                centresPanel(
                    ChartSeries(
                        name: "SME share", points: Self.points(share, label: "SME share"),
                        color: Color.green),
                    heading: "Share held by SMEs",
                    y: LineChart.Axis(
                        label: "SME share of centres (%)", format: .number(decimals: 0),
                        domain: 0...100, step: 20),
                    frame: ChartFrame(
                        x: both ? width : 0, y: 0, width: width, height: Self.centresHeight),
                    years: years))
        }
        return panels
    }

    static func centresPanel(
        _ series: ChartSeries, heading: String, y: LineChart.Axis, frame: ChartFrame,
        years: ClosedRange<Double>
    ) -> LineChart {
        LineChart(
            frame: frame, heading: heading,
            x: LineChart.Axis(label: "Year", format: .year, domain: years, tickCount: 5), y: y,
            series: [series])
    }

    static func centresLegend(
        centres: ReportData.IndicatorSeries?, share: ReportData.IndicatorSeries?,
        markers: [ChartSeries.Marker]
    ) -> [ChartLegend.Entry] {
        var legend: [ChartLegend.Entry] = []
        if centres != nil { legend.append(Self.lineEntry(Color.blue, "All centres (count)")) }
        if share != nil {
            legend.append(Self.lineEntry(Color.green, "SME share of the centres (%)"))
        }
        return legend + Self.statusEntries(markers)
    }

    func centresCaption(
        centres: ReportData.IndicatorSeries?, share: ReportData.IndicatorSeries?,
        markers: [ChartSeries.Marker]
    ) -> [String] {
        var caption: [String] = []
        if let centres {
            if let growth = centresGrowth(centres) {
                caption.append(
                    Markup.escape(
                        growth + ". On a log scale equal slopes are equal rates of growth."))
            }
        } else {
            caption.append(
                Markup.escape("No counts of centres (rd_centers_total) in the warehouse."))
        }
        if share == nil {
            caption.append(
                Markup.escape(
                    "No SME share of the centres (rd_centers_sme_share) in the warehouse."))
        }
        if let bounds = Self.lowerBounds([centres, share].compactMap { $0 }) {
            caption.append(Markup.escape(bounds))
        }
        if markers.contains(.estimated) {
            caption.append(
                Markup.escape(
                    "Hollow markers (status E): the year's latest count is not dated at the end "
                        + "of the year, so it stands in for the year-end count."))
        }
        return caption
    }

    /// `From 54 centres in 1980 to 40,000 in 2018: 19.0% a year compounded (…)`; nil without
    /// counts.
    func centresGrowth(_ centres: ReportData.IndicatorSeries) -> String? {
        guard let first = centres.values.first, let last = centres.values.last else { return nil }
        let count = { (value: Double) in ReportNumber.format(value, decimals: 0) }
        var text =
            "From \(count(first.value)) centres in \(first.year) to \(count(last.value)) "
            + "in \(last.year)"
        if let growth = data.centresGrowth?.values.last {
            text +=
                ": \(ReportNumber.format(growth.value, decimals: 1))% a year compounded "
                + "(rd_centers_cagr, status \(growth.status))"
            if last.isLowerBound && !first.isLowerBound {
                text += ", a lower bound itself since the last count is one"
            } else if first.isLowerBound && !last.isLowerBound {
                text += ", an upper bound since the first count is a lower bound"
            }
        }
        return text
    }

    /// The years of `series` published as lower bounds, for the caption; nil when none is.
    static func lowerBounds(_ series: [ReportData.IndicatorSeries]) -> String? {
        let bounds = series.compactMap { series -> String? in
            let values = series.values.filter(\.isLowerBound)
            guard !values.isEmpty else { return nil }
            return (series.code == ReportData.Code.centres ? "centres " : "SME share ")
                + values.map {
                    "\($0.year) (at least \(Self.display($0.value, unit: series.unit)))"
                }
                .joined(separator: ", ")
        }
        guard !bounds.isEmpty else { return nil }
        return "Published as lower bounds (“more than”, “passed”), drawn as triangles "
            + "and not joined to the line: " + bounds.joined(separator: "; ") + "."
    }
}
