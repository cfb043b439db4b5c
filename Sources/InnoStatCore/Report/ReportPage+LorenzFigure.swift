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
        let chart = Self.lorenzChart(distribution, weighted: weighted, alike: alike)
        let table = Self.lorenzTable(distribution, weighted: weighted)
        return Self.figure(
            chartID: chart.id,
            body: Markup.element("div", ["class": "lorenz"], chart.svg() + table.html()),
            caption: lorenzCaption(distribution), citations: distribution.citations)
    }

    static func giniText(_ value: Double) -> String { ReportNumber.format(value, decimals: 3) }

    /// The curve with provinces weighted by population and the one with provinces counted alike.
    static func lorenzChart(
        _ distribution: ReportData.Distribution, weighted: LorenzCurve, alike: LorenzCurve
    ) -> SVGChart {
        let year = distribution.year
        let lorenz = LorenzChart(
            frame: ChartFrame(x: 0, y: 0, width: 480, height: 440),
            xLabel: "Cumulative share of population, or of provinces (%)",
            yLabel: "Cumulative share of GRDP (%)",
            curves: [
                LorenzChart.Curve(
                    name: "Provinces weighted by population: Gini \(giniText(weighted.gini))",
                    curve: weighted, color: Color.blue, weightName: "population",
                    valueName: "GRDP"),
                LorenzChart.Curve(
                    name: "Provinces counted alike: Gini \(giniText(alike.gini))", curve: alike,
                    color: Color.green, isDashed: true, weightName: "provinces",
                    valueName: "summed GRDP per capita"),
            ])
        return SVGChart(
            id: "chart-lorenz",
            title: "Lorenz curve of GRDP per capita, \(year)",
            description:
                "Lorenz curves of GRDP per capita across \(distribution.units.count) provinces in "
                + "\(year): cumulative share of population against cumulative share of GRDP, "
                + "provinces from the lowest GRDP per capita to the highest, with the line of "
                + "equality. Gini \(giniText(weighted.gini)) weighted by population, "
                + "\(giniText(alike.gini)) with provinces counted alike.",
            width: 480, bodyHeight: 440, legend: ChartLegend(lorenz.legendEntries),
            panels: [lorenz.panel])
    }

    /// The provinces beside the chart, highest GRDP per capita first.
    static func lorenzTable(_ distribution: ReportData.Distribution, weighted: LorenzCurve)
        -> HTMLTable
    {
        let totalValue = distribution.units.reduce(0) { $0 + $1.value }
        let totalWeight = distribution.units.reduce(0) { $0 + $1.weight }
        return HTMLTable(
            caption: "Provinces, \(distribution.year), highest GRDP per capita first",
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
    }

    /// Where the curves' figures come from, and the published indices they should agree with.
    func lorenzCaption(_ distribution: ReportData.Distribution) -> [String] {
        let year = distribution.year
        var published: [String] = []
        if let gini = distribution.weightedGini {
            published.append("grdp_per_capita_gini_w = \(Self.giniText(gini))")
        }
        if let gini = distribution.gini {
            published.append("\(distribution.indicatorCode) = \(Self.giniText(gini))")
        }
        let merged =
            distribution.merges.isEmpty
            ? ""
            : " Merged this year: " + namingRegions(distribution.merges.joined(separator: "; "))
                + "."
        return [
            Markup.escape(
                "Computed from the figures the index itself used: the indicator_input rows of "
                    + "\(distribution.indicatorCode) for \(year) (\(distribution.measureCode) and "
                    + "\(distribution.perCapitaCode) by province; a province on one side only is "
                    + "added to its lineage parent, as the index does).\(merged) Provinces run "
                    + "from the lowest GRDP per capita to the highest; one minus twice the area "
                    + "under a curve is its Gini. The published indices for \(year): "
                    + (published.isEmpty ? "none" : published.joined(separator: ", ")) + ".")
        ]
    }
}
