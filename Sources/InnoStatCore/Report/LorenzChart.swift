/// Lorenz curves on one square panel: cumulative share of the weight (x) against cumulative
/// share of the measure (y), both 0–100 percent, with the line of equality.
public struct LorenzChart: Sendable {
    public struct Curve: Sendable {
        public var name: String
        public var curve: LorenzCurve
        public var color: String
        public var isDashed: Bool
        /// What the weight and the measure are, for the points' tooltips.
        public var weightName: String
        public var valueName: String

        public init(
            name: String, curve: LorenzCurve, color: String, isDashed: Bool = false,
            weightName: String, valueName: String
        ) {
            self.name = name
            self.curve = curve
            self.color = color
            self.isDashed = isDashed
            self.weightName = weightName
            self.valueName = valueName
        }
    }

    public static let equalityColor = "#888888"

    public var frame: ChartFrame
    public var xLabel: String
    public var yLabel: String
    public var curves: [Curve]

    public init(frame: ChartFrame, xLabel: String, yLabel: String, curves: [Curve]) {
        self.frame = frame
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.curves = curves
    }

    /// The panel: the diagonal first, then each curve with a marker after each unit.
    public var panel: LineChart {
        let percent = LineChart.TickFormat.number(decimals: 0)
        var series = [
            ChartSeries(
                name: "Line of equality",
                points: [ChartSeries.Point(x: 0, y: 0), ChartSeries.Point(x: 100, y: 100)],
                color: Self.equalityColor, isDashed: true, drawsMarkers: false)
        ]
        for curve in curves {
            var points = [ChartSeries.Point(x: 0, y: 0, marker: .hidden)]
            for (unit, share) in zip(curve.curve.units, curve.curve.shares.dropFirst()) {
                let note =
                    "\(unit.name): cumulative \(ReportNumber.format(share.weight, decimals: 1))% "
                    + "of \(curve.weightName), \(ReportNumber.format(share.value, decimals: 1))% "
                    + "of \(curve.valueName)"
                points.append(ChartSeries.Point(x: share.weight, y: share.value, note: note))
            }
            series.append(
                ChartSeries(
                    name: curve.name, points: points, color: curve.color,
                    isDashed: curve.isDashed))
        }
        return LineChart(
            frame: frame,
            x: LineChart.Axis(label: xLabel, format: percent, domain: 0...100, step: 20),
            y: LineChart.Axis(label: yLabel, format: percent, domain: 0...100, step: 20),
            series: series)
    }

    public var legendEntries: [ChartLegend.Entry] {
        curves.map {
            ChartLegend.Entry(
                .line(color: $0.color, isDashed: $0.isDashed, marker: .observed), $0.name)
        } + [
            ChartLegend.Entry(
                .line(color: Self.equalityColor, isDashed: true, marker: nil),
                "Line of equality")
        ]
    }
}
