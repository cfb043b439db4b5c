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

    static let axisLabels: [String: String] = [
        "grdp_per_capita_gini": "Gini (index)",
        "grdp_per_capita_williamson": "Williamson (index)",
        "grdp_per_capita_theil_t": "Theil T (index)",
    ]

    func figure(_ chart: SVGChart, caption: [String], citations: [ReportData.Citation]) -> String {
        Markup.element(
            "figure", ["aria-labelledby": "\(chart.id)-title"],
            chart.svg()
                + Markup.element(
                    "figcaption", [:],
                    caption.map { Markup.element("p", [:], $0) }.joined() + Self.sources(citations))
        )
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

    // MARK: 1. Funding

    func fundingFigure() -> String {
        let rows = data.funding.filter { $0.privateShare != nil || $0.governmentShare != nil }
        guard let first = rows.first?.year, let last = rows.last?.year else {
            return Self.missing(
                "No shares of R&D funding in the warehouse (v_rd_funding_share is empty): load "
                    + "the funding pipelines, then run innostat run.")
        }
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
        let crossing = rows.first { $0.crossover == "crossover" }
        let below = rows.first { $0.crossover == "last year below" }
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
        let panel = LineChart(
            frame: ChartFrame(x: 0, y: 0, width: Self.width, height: 400),
            x: LineChart.Axis(label: "Year", format: .year, tickCount: 10),
            y: LineChart.Axis(
                label: "Share of gross domestic R&D expenditure (%)", format: .number(decimals: 0),
                domain: 0...100, step: 20),
            series: series, rules: rules, bands: bands, annotations: annotations)
        var legend = [
            ChartLegend.Entry(
                .line(color: Color.blue, isDashed: false, marker: .observed),
                "Business enterprises"),
            ChartLegend.Entry(
                .line(color: Color.vermillion, isDashed: false, marker: .observed), "Government"),
        ]
        if !implied.isEmpty {
            legend.append(
                ChartLegend.Entry(
                    .marker(.upperBound, color: Color.vermillion),
                    "Government not published: at most 100 − business share"))
        }
        if !bands.isEmpty {
            legend.append(
                ChartLegend.Entry(.band(color: Color.band), "Crossover lies in this bracket"))
        }
        legend += Self.statusEntries(
            series.flatMap { $0.points.map(\.marker) }, showsPublished: false)
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
        if let latest = rows.last {
            caption.append(
                Markup.escape("Latest year, \(latest.year): \(comparison(latest))."))
        }
        caption.append(
            Markup.escape(
                "Shares of R&D expenditure by source of funds (rd_private_share, "
                    + "rd_government_share); other domestic and foreign sources make up the rest. "
                    + "A year where only one share is published shows the other as its upper bound."
            ))
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

    // MARK: 2. Centres

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

    // MARK: 3. Disparity

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

    // MARK: 4. Capital Region

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

    // MARK: 5. Lorenz

    func lorenzFigure() -> String {
        guard let distribution = data.distribution,
            let weighted = LorenzCurve(units: distribution.units),
            let alike = LorenzCurve(
                units: distribution.units.map {
                    LorenzCurve.Unit(code: $0.code, name: $0.name, value: $0.ratio, weight: 1)
                })
        else {
            return Self.missing(
                "No inputs of grdp_per_capita_gini in the warehouse (indicator_input has no "
                    + "GRDP and population by province): no Lorenz curve.")
        }
        let year = distribution.year
        let three = { (value: Double) in ReportNumber.format(value, decimals: 3) }
        let lorenz = LorenzChart(
            frame: ChartFrame(x: 0, y: 0, width: 480, height: 440),
            xLabel: "Cumulative share of population, or of provinces (%)",
            yLabel: "Cumulative share of GRDP (%)",
            curves: [
                LorenzChart.Curve(
                    name: "Provinces weighted by population: Gini \(three(weighted.gini))",
                    curve: weighted, color: Color.blue, weightName: "population",
                    valueName: "GRDP"),
                LorenzChart.Curve(
                    name: "Provinces counted alike: Gini \(three(alike.gini))", curve: alike,
                    color: Color.green, isDashed: true, weightName: "provinces",
                    valueName: "summed GRDP per capita"),
            ])
        let chart = SVGChart(
            id: "chart-lorenz",
            title: "Lorenz curve of GRDP per capita, \(year)",
            description:
                "Lorenz curves of GRDP per capita across \(distribution.units.count) provinces in "
                + "\(year): cumulative share of population against cumulative share of GRDP, "
                + "provinces from the lowest GRDP per capita to the highest, with the line of "
                + "equality. Gini \(three(weighted.gini)) weighted by population, "
                + "\(three(alike.gini)) with provinces counted alike.",
            width: 480, bodyHeight: 440, legend: ChartLegend(lorenz.legendEntries),
            panels: [lorenz.panel])
        let totalValue = distribution.units.reduce(0) { $0 + $1.value }
        let totalWeight = distribution.units.reduce(0) { $0 + $1.weight }
        let table = HTMLTable(
            caption: "Provinces, \(year), highest GRDP per capita first",
            columns: [
                HTMLTable.Column("Province"), HTMLTable.Column("시도"),
                HTMLTable.Column("GRDP per person, million KRW", .number),
                HTMLTable.Column("Population (%)", .number), HTMLTable.Column("GRDP (%)", .number),
            ],
            rows: weighted.units.reversed().map { unit in
                [
                    unit.name, distribution.koreanNames[unit.code] ?? "",
                    ReportNumber.format(unit.ratio, decimals: 1),
                    ReportNumber.format(100 * unit.weight / totalWeight, decimals: 1),
                    ReportNumber.format(100 * unit.value / totalValue, decimals: 1),
                ]
            })
        var published: [String] = []
        if let gini = distribution.weightedGini {
            published.append("grdp_per_capita_gini_w = \(three(gini))")
        }
        if let gini = distribution.gini {
            published.append("\(distribution.indicatorCode) = \(three(gini))")
        }
        let merged =
            distribution.merges.isEmpty
            ? ""
            : " Merged this year: " + namingRegions(distribution.merges.joined(separator: "; "))
                + "."
        let caption = [
            Markup.escape(
                "Computed from the figures the index itself used: the indicator_input rows of "
                    + "\(distribution.indicatorCode) for \(year) (\(distribution.measureCode) and "
                    + "\(distribution.perCapitaCode) by province; a province on one side only is "
                    + "added to its lineage parent, as the index does).\(merged) Provinces run "
                    + "from the lowest GRDP per capita to the highest; one minus twice the area "
                    + "under a curve is its Gini. The published indices for \(year): "
                    + (published.isEmpty ? "none" : published.joined(separator: ", ")) + ".")
        ]
        let body = Markup.element("div", ["class": "lorenz"], chart.svg() + table.html())
        return Markup.element(
            "figure", ["aria-labelledby": "\(chart.id)-title"],
            body
                + Markup.element(
                    "figcaption", [:],
                    caption.map { Markup.element("p", [:], $0) }.joined()
                        + Self.sources(distribution.citations)))
    }
}
