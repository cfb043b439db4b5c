extension ReportPage {
    func centresFigure() -> String {
        let centres = data.centres
        let share = data.smeShare
        guard centres != nil || share != nil else {
            return Self.missing(
                "No counts of corporate R&D centres in the warehouse (rd_centers_total and "
                    + "rd_centers_sme_share have no values).")
        }
        let both = centres != nil && share != nil
        let panelWidth = both ? Self.width / 2 : Self.width
        let allYears = ((centres?.values ?? []) + (share?.values ?? [])).map { Double($0.year) }
        let years = (allYears.min() ?? 0) - 1...(allYears.max() ?? 0) + 1
        let height = 380.0
        var panels: [LineChart] = []
        var legend: [ChartLegend.Entry] = []
        var markers: [ChartSeries.Marker] = []
        var caption: [String] = []
        if let centres {
            let points = Self.points(centres, label: "Centres")
            markers += points.map(\.marker)
            panels.append(
                LineChart(
                    frame: ChartFrame(x: 0, y: 0, width: panelWidth, height: height),
                    heading: "All accredited centres (log scale)",
                    x: LineChart.Axis(label: "Year", format: .year, domain: years, tickCount: 5),
                    y: LineChart.Axis(
                        label: "Centres (count, log scale)", format: .number(decimals: 0),
                        kind: .logarithmic),
                    series: [ChartSeries(name: "All centres", points: points, color: Color.blue)]))
            legend.append(
                ChartLegend.Entry(
                    .line(color: Color.blue, isDashed: false, marker: .observed),
                    "All centres (count)"))
            if let first = centres.values.first, let last = centres.values.last {
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
                caption.append(
                    Markup.escape(text + ". On a log scale equal slopes are equal rates of growth.")
                )
            }
        } else {
            caption.append(
                Markup.escape("No counts of centres (rd_centers_total) in the warehouse."))
        }
        if let share {
            let points = Self.points(share, label: "SME share")
            markers += points.map(\.marker)
            panels.append(
                LineChart(
                    frame: ChartFrame(
                        x: both ? panelWidth : 0, y: 0, width: panelWidth, height: height),
                    heading: "Share held by SMEs",
                    x: LineChart.Axis(label: "Year", format: .year, domain: years, tickCount: 5),
                    y: LineChart.Axis(
                        label: "SME share of centres (%)", format: .number(decimals: 0),
                        domain: 0...100, step: 20),
                    series: [ChartSeries(name: "SME share", points: points, color: Color.green)]))
            legend.append(
                ChartLegend.Entry(
                    .line(color: Color.green, isDashed: false, marker: .observed),
                    "SME share of the centres (%)"))
        } else {
            caption.append(
                Markup.escape(
                    "No SME share of the centres (rd_centers_sme_share) in the warehouse."))
        }
        legend += Self.statusEntries(markers)
        let bounds = [centres, share].compactMap { series -> String? in
            guard let series else { return nil }
            let values = series.values.filter(\.isLowerBound)
            guard !values.isEmpty else { return nil }
            return (series.code == ReportData.Code.centres ? "centres " : "SME share ")
                + values.map {
                    "\($0.year) (at least \(Self.display($0.value, unit: series.unit)))"
                }
                .joined(separator: ", ")
        }
        if !bounds.isEmpty {
            caption.append(
                Markup.escape(
                    "Published as lower bounds (“more than”, “passed”), drawn as triangles "
                        + "and not joined to the line: " + bounds.joined(separator: "; ") + "."))
        }
        if markers.contains(.estimated) {
            caption.append(
                Markup.escape(
                    "Hollow markers (status E): the year's latest count is not dated at the end "
                        + "of the year, so it stands in for the year-end count."))
        }
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
            bodyHeight: height, legend: ChartLegend(legend), panels: panels)
        return figure(chart, caption: caption, citations: data.citations(for: codes))
    }
}
