extension ReportPage {
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
