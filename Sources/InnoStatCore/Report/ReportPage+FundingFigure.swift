extension ReportPage {
    func fundingFigure() -> String {
        let rows = data.funding.filter { $0.privateShare != nil || $0.governmentShare != nil }
        guard let first = rows.first?.year, let last = rows.last?.year else {
            return Self.missing(
                "No shares of R&D funding in the warehouse (v_rd_funding_share is empty): load "
                    + "the funding pipelines, then run innostat run.")
        }
        let (series, implied) = Self.fundingSeries(rows)
        let crossing = rows.first { $0.crossover == "crossover" }
        let below = rows.first { $0.crossover == "last year below" }
        let (rules, bands, annotations) = Self.fundingMarks(crossing: crossing, below: below)
        let panel = LineChart(
            frame: ChartFrame(x: 0, y: 0, width: Self.width, height: 400),
            x: LineChart.Axis(label: "Year", format: .year, tickCount: 10),
            y: LineChart.Axis(
                label: "Share of gross domestic R&D expenditure (%)", format: .number(decimals: 0),
                domain: 0...100, step: 20),
            series: series, rules: rules, bands: bands, annotations: annotations)
        let legend = Self.fundingLegend(
            series, showsImplied: !implied.isEmpty, showsBand: !bands.isEmpty)
        let caption = fundingCaption(crossing: crossing, below: below, latest: rows.last)
        let chart = SVGChart(
            id: "chart-funding",
            title: "Business and government shares of R&D funding, Korea, \(first)–\(last)",
            description:
                "Line chart of the business and government shares of gross domestic R&D "
                + "expenditure by source of funds, in percent, \(first) to \(last). "
                + (crossing.map {
                    "The business share first exceeds the government share in \($0.year)"
                }
                    ?? "The shares do not cross")
                + (below.map { "; the last observation below is \($0.year)." } ?? "."),
            bodyHeight: 400, legend: ChartLegend(legend), panels: [panel])
        return figure(
            chart, caption: caption,
            citations: data.citations(for: [
                ReportData.Code.privateShare, ReportData.Code.governmentShare,
            ]))
    }

    /// The crossover and last-year-below rules, the bracket between them, and the crossover's
    /// business share.
    static func fundingMarks(crossing: ReportData.FundingYear?, below: ReportData.FundingYear?)
        -> ([LineChart.Rule], [LineChart.Band], [LineChart.Annotation])
    {
        let percent = { (value: Double) in Self.display(value, unit: "percent") }
        var rules: [LineChart.Rule] = []
        var bands: [LineChart.Band] = []
        var annotations: [LineChart.Annotation] = []
        if let below {
            rules.append(
                LineChart.Rule(
                    x: Double(below.year), label: "Last year below: \(below.year)",
                    role: "last-below"))
        }
        if let crossing {
            rules.append(
                LineChart.Rule(
                    x: Double(crossing.year), label: "Crossover: \(crossing.year)",
                    isEmphasized: true, role: "crossover"))
            if let share = crossing.privateShare {
                annotations.append(
                    LineChart.Annotation(
                        x: Double(crossing.year), y: share, text: "Business \(percent(share))",
                        dx: 9, dy: 16, color: Color.blue))
            }
        }
        if let below, let crossing {
            bands.append(
                LineChart.Band(
                    from: Double(below.year), to: Double(crossing.year), color: Color.band))
        }
        return (rules, bands, annotations)
    }

    /// The business and government shares, and the government's upper bound where only the
    /// business share is published.
    static func fundingSeries(_ rows: [ReportData.FundingYear]) -> ([ChartSeries], [Point]) {
        let percent = { (value: Double) in Self.display(value, unit: "percent") }
        let business = rows.compactMap { row -> Point? in
            row.privateShare.map {
                Point(
                    x: Double(row.year), y: $0,
                    marker: ChartSeries.marker(forStatus: row.privateStatus ?? "A"),
                    note:
                        "Business, \(row.year): \(percent($0)) (status \(row.privateStatus ?? "A"))"
                )
            }
        }
        let government = rows.compactMap { row -> Point? in
            row.governmentShare.map {
                Point(
                    x: Double(row.year), y: $0,
                    marker: ChartSeries.marker(forStatus: row.governmentStatus ?? "A"),
                    note: "Government, \(row.year): \(percent($0)) "
                        + "(status \(row.governmentStatus ?? "A"))")
            }
        }
        let implied = rows.compactMap { row -> Point? in
            guard let share = row.privateShare, row.governmentShare == nil else { return nil }
            return Point(
                x: Double(row.year), y: 100 - share, marker: .upperBound,
                note: "Government, \(row.year): not published; at most \(percent(100 - share)) "
                    + "(100 − business share)")
        }
        var series = [
            ChartSeries(name: "Business enterprises", points: business, color: Color.blue),
            ChartSeries(name: "Government", points: government, color: Color.vermillion),
        ]
        if !implied.isEmpty {
            series.append(
                ChartSeries(
                    name: "Government, not published", points: implied, color: Color.vermillion,
                    drawsLine: false))
        }
        return (series, implied)
    }

    static func fundingLegend(_ series: [ChartSeries], showsImplied: Bool, showsBand: Bool)
        -> [ChartLegend.Entry]
    {
        var legend = [
            Self.lineEntry(Color.blue, "Business enterprises"),
            Self.lineEntry(Color.vermillion, "Government"),
        ]
        if showsImplied {
            legend.append(
                ChartLegend.Entry(
                    .marker(.upperBound, color: Color.vermillion),
                    "Government not published: at most 100 − business share"))
        }
        if showsBand {
            legend.append(
                ChartLegend.Entry(.band(color: Color.band), "Crossover lies in this bracket"))
        }
        legend += Self.statusEntries(Self.markers(series), showsPublished: false)
        return legend
    }

    func fundingCaption(
        crossing: ReportData.FundingYear?, below: ReportData.FundingYear?,
        latest: ReportData.FundingYear?
    ) -> [String] {
        var caption: [String] = []
        if let crossing {
            var text =
                "The business share first exceeds the government share in "
                + Markup.text("strong", ["class": "crossover-year"], String(crossing.year)) + " ("
                + Markup.escape(comparison(crossing)) + ")."
            if let below {
                text +=
                    " The observation before it, "
                    + Markup.text("strong", ["class": "last-year-below"], String(below.year))
                    + ", was still below (" + Markup.escape(comparison(below)) + "). "
                    + Markup.escape(
                        "The crossing happened somewhere in between; the published series has "
                            + "no figure for the years in the bracket.")
            }
            caption.append(text)
        } else {
            caption.append(Markup.escape("No crossover of the two shares in the observed years."))
        }
        if let latest {
            caption.append(
                Markup.escape("Latest year, \(latest.year): \(comparison(latest))."))
        }
        caption.append(
            Markup.escape(
                "Shares of R&D expenditure by source of funds (rd_private_share, "
                    + "rd_government_share); other domestic and foreign sources make up the rest. "
                    + "A year where only one share is published shows the other as its upper bound."
            ))
        return caption
    }

    /// `business 56.0%, government not published (at most 44.0%)`.
    func comparison(_ row: ReportData.FundingYear) -> String {
        let percent = { (value: Double) in Self.display(value, unit: "percent") }
        let business =
            row.privateShare.map { "business \(percent($0))" } ?? "business not published"
        let government: String
        if let share = row.governmentShare {
            government = "government \(percent(share))"
        } else if let share = row.privateShare {
            government = "government not published, at most \(percent(100 - share))"
        } else {
            government = "government not published"
        }
        return business + ", " + government
    }
}
