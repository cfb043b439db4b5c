import Foundation

/// One panel of a chart inside `frame`: axes with ticks, grid and labels; lines with a marker
/// per point; vertical rules for marked years (labels stacked in rows so that they never
/// overlap); shaded bands; text annotations.
public struct LineChart: Sendable {
    public enum TickFormat: Sendable, Equatable {
        /// `1981`: never grouped.
        case year
        /// Grouped by thousands; nil decimals: as many as the tick step needs.
        case number(decimals: Int?)
    }

    public enum ScaleKind: Sendable, Equatable {
        case linear
        case logarithmic
    }

    public struct Axis: Sendable {
        public var label: String
        public var format: TickFormat
        public var kind: ScaleKind
        /// A fixed domain; nil: from the data.
        public var domain: ClosedRange<Double>?
        /// A fixed tick step (linear); nil: a round step giving about `tickCount` intervals.
        public var step: Double?
        public var includesZero: Bool
        public var tickCount: Int

        public init(
            label: String, format: TickFormat = .number(decimals: nil), kind: ScaleKind = .linear,
            domain: ClosedRange<Double>? = nil, step: Double? = nil, includesZero: Bool = false,
            tickCount: Int = 5
        ) {
            self.label = label
            self.format = format
            self.kind = kind
            self.domain = domain
            self.step = step
            self.includesZero = includesZero
            self.tickCount = tickCount
        }
    }

    /// A vertical line at `x` across the plot, its label above the plot.
    public struct Rule: Sendable, Equatable {
        public var x: Double
        public var label: String
        public var isEmphasized: Bool
        public var showsLabel: Bool
        /// Extra CSS class of the rule and its label (`crossover`).
        public var role: String

        public init(
            x: Double, label: String, isEmphasized: Bool = false, showsLabel: Bool = true,
            role: String = ""
        ) {
            self.x = x
            self.label = label
            self.isEmphasized = isEmphasized
            self.showsLabel = showsLabel
            self.role = role
        }
    }

    /// A shaded stretch of x.
    public struct Band: Sendable, Equatable {
        public var from: Double
        public var to: Double
        public var color: String

        public init(from: Double, to: Double, color: String) {
            self.from = from
            self.to = to
            self.color = color
        }
    }

    /// Text at a data point, moved by (`dx`, `dy`) SVG units.
    public struct Annotation: Sendable, Equatable {
        public enum Anchor: String, Sendable { case start, middle, end }
        public var x: Double
        public var y: Double
        public var text: String
        public var anchor: Anchor
        public var dx: Double
        public var dy: Double
        public var color: String

        public init(
            x: Double, y: Double, text: String, anchor: Anchor = .start, dx: Double = 8,
            dy: Double = 4, color: String = "#222222"
        ) {
            self.x = x
            self.y = y
            self.text = text
            self.anchor = anchor
            self.dx = dx
            self.dy = dy
            self.color = color
        }
    }

    static let leftMargin = 74.0
    static let rightMargin = 20.0
    static let bottomMargin = 50.0
    static let headingHeight = 22.0
    static let ruleRowHeight = 16.0
    static let tickFontSize = 12.0

    public var frame: ChartFrame
    public var heading: String?
    public var x: Axis
    public var y: Axis
    public var series: [ChartSeries]
    public var rules: [Rule]
    public var bands: [Band]
    public var annotations: [Annotation]

    public init(
        frame: ChartFrame, heading: String? = nil, x: Axis, y: Axis, series: [ChartSeries],
        rules: [Rule] = [], bands: [Band] = [], annotations: [Annotation] = []
    ) {
        self.frame = frame
        self.heading = heading
        self.x = x
        self.y = y
        self.series = series
        self.rules = rules
        self.bands = bands
        self.annotations = annotations
    }

    // MARK: Geometry

    var plotLeft: Double { frame.x + Self.leftMargin }
    var plotRight: Double { frame.maxX - Self.rightMargin }

    /// The x axis's scale (it does not depend on the plot's height).
    public var xScale: any AxisScale {
        scale(
            for: x, values: series.flatMap { $0.points.map(\.x) }, start: plotLeft,
            end: plotRight, padsEnds: true)
    }

    /// The row of each labelled rule's label, in `rules` order (nil: not labelled).
    public var ruleRows: [Int?] {
        let scale = xScale
        var rowEnds: [Double] = []
        var rows: [Int?] = []
        let order = rules.indices.sorted { rules[$0].x < rules[$1].x }
        var byIndex: [Int: Int] = [:]
        for index in order where rules[index].showsLabel {
            let (left, right) = ruleLabelExtent(rules[index], scale: scale)
            if let row = rowEnds.firstIndex(where: { $0 + 4 <= left }) {
                rowEnds[row] = right
                byIndex[index] = row
            } else {
                rowEnds.append(right)
                byIndex[index] = rowEnds.count - 1
            }
        }
        for index in rules.indices { rows.append(byIndex[index]) }
        return rows
    }

    /// The area inside the axes.
    public var plotArea: ChartFrame {
        let rows = (ruleRows.compactMap { $0 }.max() ?? -1) + 1
        let top =
            frame.y + (heading == nil ? 0 : Self.headingHeight) + Double(rows) * Self.ruleRowHeight
            + 10
        return ChartFrame(
            x: plotLeft, y: top, width: plotRight - plotLeft,
            height: frame.maxY - Self.bottomMargin - top)
    }

    public var yScale: any AxisScale {
        let area = plotArea
        return scale(
            for: y, values: series.flatMap { $0.points.map(\.y) }, start: area.maxY,
            end: area.y, padsEnds: false)
    }

    private func ruleLabelExtent(_ rule: Rule, scale: any AxisScale) -> (Double, Double) {
        let width = TextMetrics.width(of: rule.label, fontSize: Self.tickFontSize)
        let center = min(
            max(scale.position(of: rule.x), plotLeft + width / 2),
            plotRight - width / 2)
        return (center - width / 2, center + width / 2)
    }

    private func scale(
        for axis: Axis, values: [Double], start: Double, end: Double, padsEnds: Bool
    ) -> any AxisScale {
        if axis.kind == .logarithmic {
            let positive = values.filter { $0 > 0 }
            let low = axis.domain?.lowerBound ?? positive.min() ?? 1
            let high = axis.domain?.upperBound ?? positive.max() ?? 10
            return LogScale(covering: low, high, start: start, end: end)
        }
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        if axis.includesZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        var (domain, step) = LinearScale.nice(
            covering: axis.domain?.lowerBound ?? low, axis.domain?.upperBound ?? high,
            tickCount: axis.tickCount)
        if let fixed = axis.step { step = fixed }
        if axis.format == .year, step != step.rounded() || step == 2.5 {
            step = step < 1 ? 1 : (step * 2).rounded()
        }
        if let fixed = axis.domain {
            return LinearScale(domain: fixed, start: start, end: end, step: step)
        }
        if padsEnds {
            let pad = axis.format == .year ? 1 : max((high - low) * 0.03, 1e-9)
            domain = (low - pad)...(high + pad)
            if high - low < 1e-12 { domain = (low - step)...(high + step) }
        } else if axis.step != nil {
            let lower = LinearScale.clean((domain.lowerBound / step).rounded(.down) * step)
            let upper = LinearScale.clean((domain.upperBound / step).rounded(.up) * step)
            domain = lower...upper
        }
        return LinearScale(domain: domain, start: start, end: end, step: step)
    }

    func label(_ value: Double, format: TickFormat, scale: any AxisScale) -> String {
        switch format {
        case .year:
            return ReportNumber.year(value)
        case .number(let decimals):
            let step = (scale as? LinearScale)?.step ?? 1
            let places = decimals ?? ReportNumber.decimals(forStep: step)
            return ReportNumber.format(value, decimals: places)
        }
    }

    // MARK: Drawing

    public func svg() -> String {
        let c = Markup.coordinate
        let area = plotArea
        let xs = xScale
        let ys = yScale
        var parts: [String] = []

        if let heading {
            parts.append(
                Markup.text(
                    "text",
                    [
                        "x": c(area.x), "y": c(frame.y + 15), "font-size": "14",
                        "font-weight": "700", "fill": "#222222", "class": "panel-title",
                    ], heading))
        }
        for band in bands {
            let left = max(area.x, xs.position(of: band.from))
            let right = min(area.maxX, xs.position(of: band.to))
            parts.append(
                Markup.element(
                    "rect",
                    [
                        "x": c(left), "y": c(area.y), "width": c(max(0, right - left)),
                        "height": c(area.height), "fill": band.color, "class": "band",
                    ]))
        }
        parts.append(yGrid(area: area, scale: ys))
        parts.append(xAxis(area: area, scale: xs))
        parts.append(
            Markup.element(
                "line",
                [
                    "x1": c(area.x), "y1": c(area.y), "x2": c(area.x), "y2": c(area.maxY),
                    "stroke": "#444444", "stroke-width": "1",
                ]))
        parts.append(
            Markup.text(
                "text",
                [
                    "x": c(area.x + area.width / 2), "y": c(frame.maxY - 8), "font-size": "13",
                    "text-anchor": "middle", "fill": "#222222", "class": "axis-label x-label",
                ],
                x.label))
        let yMiddle = area.y + area.height / 2
        let yLabelX = frame.x + 14
        parts.append(
            Markup.text(
                "text",
                [
                    "x": c(yLabelX), "y": c(yMiddle), "font-size": "13", "text-anchor": "middle",
                    "transform": "rotate(-90 \(c(yLabelX)) \(c(yMiddle)))", "fill": "#222222",
                    "class": "axis-label y-label",
                ], y.label))
        parts.append(rulesSVG(area: area, scale: xs))
        for line in series {
            parts.append(seriesSVG(line, xs: xs, ys: ys))
        }
        for note in annotations {
            parts.append(
                Markup.text(
                    "text",
                    [
                        "x": c(xs.position(of: note.x) + note.dx),
                        "y": c(ys.position(of: note.y) + note.dy), "font-size": "12",
                        "text-anchor": note.anchor.rawValue, "fill": note.color,
                        "stroke": "#ffffff", "stroke-width": "3", "paint-order": "stroke",
                        "class": "annotation",
                    ], note.text))
        }
        return Markup.element("g", ["class": "panel"], parts.joined())
    }

    private func yGrid(area: ChartFrame, scale: any AxisScale) -> String {
        let c = Markup.coordinate
        var parts: [String] = []
        for tick in scale.ticks {
            let position = scale.position(of: tick.value)
            parts.append(
                Markup.element(
                    "line",
                    [
                        "x1": c(area.x), "y1": c(position), "x2": c(area.maxX), "y2": c(position),
                        "stroke": tick.isMajor ? "#d0d0d0" : "#ececec", "stroke-width": "1",
                    ]))
            guard tick.isMajor else { continue }
            parts.append(
                Markup.text(
                    "text",
                    [
                        "x": c(area.x - 8), "y": c(position + 4), "font-size": c(Self.tickFontSize),
                        "text-anchor": "end", "fill": "#444444", "class": "tick-label",
                    ],
                    label(tick.value, format: y.format, scale: scale)))
        }
        return Markup.element("g", ["class": "y-axis"], parts.joined())
    }

    private func xAxis(area: ChartFrame, scale: any AxisScale) -> String {
        let c = Markup.coordinate
        var parts = [
            Markup.element(
                "line",
                [
                    "x1": c(area.x), "y1": c(area.maxY), "x2": c(area.maxX), "y2": c(area.maxY),
                    "stroke": "#444444", "stroke-width": "1",
                ])
        ]
        let ticks = scale.ticks.filter(\.isMajor)
        let labels = ticks.map { label($0.value, format: x.format, scale: scale) }
        let widest =
            labels.map { TextMetrics.width(of: $0, fontSize: Self.tickFontSize) }.max() ?? 0
        var every = 1
        if ticks.count > 1 {
            let spacing = abs(
                scale.position(of: ticks[1].value) - scale.position(of: ticks[0].value))
            while spacing * Double(every) < widest + 10 { every += 1 }
        }
        for (index, tick) in ticks.enumerated() {
            let position = scale.position(of: tick.value)
            parts.append(
                Markup.element(
                    "line",
                    [
                        "x1": c(position), "y1": c(area.maxY), "x2": c(position),
                        "y2": c(area.maxY + 5), "stroke": "#444444", "stroke-width": "1",
                    ]))
            guard index % every == 0 else { continue }
            parts.append(
                Markup.text(
                    "text",
                    [
                        "x": c(position), "y": c(area.maxY + 19), "font-size": c(Self.tickFontSize),
                        "text-anchor": "middle", "fill": "#444444", "class": "tick-label",
                    ],
                    labels[index]))
        }
        return Markup.element("g", ["class": "x-axis"], parts.joined())
    }

    private func rulesSVG(area: ChartFrame, scale: any AxisScale) -> String {
        let c = Markup.coordinate
        let rows = ruleRows
        let labelTop = frame.y + (heading == nil ? 0 : Self.headingHeight)
        var parts: [String] = []
        for (rule, row) in zip(rules, rows) {
            let position = scale.position(of: rule.x)
            let role = rule.role.isEmpty ? "" : " " + rule.role
            parts.append(
                Markup.element(
                    "line",
                    [
                        "x1": c(position), "y1": c(area.y), "x2": c(position), "y2": c(area.maxY),
                        "stroke": rule.isEmphasized ? "#222222" : "#777777",
                        "stroke-width": rule.isEmphasized ? "1.6" : "1",
                        "stroke-dasharray": rule.isEmphasized ? "none" : "5 4",
                        "class": "rule" + role,
                    ]))
            guard let row else { continue }
            let (left, right) = ruleLabelExtent(rule, scale: scale)
            parts.append(
                Markup.text(
                    "text",
                    [
                        "x": c((left + right) / 2),
                        "y": c(labelTop + Double(row) * Self.ruleRowHeight + 12),
                        "font-size": c(Self.tickFontSize), "text-anchor": "middle",
                        "font-weight": rule.isEmphasized ? "700" : "400", "fill": "#222222",
                        "class": "rule-label" + role,
                    ], rule.label))
        }
        return Markup.element("g", ["class": "rules"], parts.joined())
    }

    private func seriesSVG(_ line: ChartSeries, xs: any AxisScale, ys: any AxisScale) -> String {
        var parts: [String] = []
        let joined = line.points.filter { !$0.marker.isBound }
        if line.drawsLine, joined.count > 1 {
            parts.append(
                Markup.element(
                    "path",
                    [
                        "d": Self.path(
                            joined.map { (xs.position(of: $0.x), ys.position(of: $0.y)) }),
                        "fill": "none", "stroke": line.color, "stroke-width": "2.2",
                        "stroke-linejoin": "round",
                        "stroke-dasharray": line.isDashed ? "7 5" : "none", "class": "line",
                    ]))
        }
        if line.drawsMarkers {
            for point in line.points {
                parts.append(
                    point.marker.svg(
                        x: xs.position(of: point.x), y: ys.position(of: point.y),
                        color: line.color, tooltip: point.note))
            }
        }
        return Markup.element("g", ["class": "series", "aria-label": line.name], parts.joined())
    }

    /// An SVG path through `points`: `M x,y L x,y …`.
    public static func path(_ points: [(Double, Double)]) -> String {
        let c = Markup.coordinate
        return points.enumerated().map { index, point in
            (index == 0 ? "M" : "L") + c(point.0) + "," + c(point.1)
        }.joined(separator: " ")
    }
}
