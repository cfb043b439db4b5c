import Foundation

/// One panel of a chart inside `frame`: axes with ticks, grid and labels; lines with a marker
/// per point; vertical rules for marked years (labels stacked in rows so that they never
/// overlap); shaded bands; text annotations.
public struct LineChart: Sendable {
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

    // MARK: Drawing

    public func svg() -> String {
        let area = plotArea
        let xs = xScale
        let ys = yScale
        var parts: [String] = []
        if let heading { parts.append(headingSVG(heading, area: area)) }
        parts += bands.map { bandSVG($0, area: area, scale: xs) }
        parts.append(yGrid(area: area, scale: ys))
        parts.append(xAxis(area: area, scale: xs))
        parts.append(yAxisLine(area: area))
        parts.append(axisLabels(area: area))
        parts.append(rulesSVG(area: area, scale: xs))
        parts += series.map { seriesSVG($0, xs: xs, ys: ys) }
        parts += annotations.map { annotationSVG($0, xs: xs, ys: ys) }
        return Markup.element("g", ["class": "panel"], parts.joined())
    }

    private func headingSVG(_ heading: String, area: ChartFrame) -> String {
        let c = Markup.coordinate
        return Markup.text(
            "text",
            [
                "x": c(area.x), "y": c(frame.y + 15), "font-size": "14",
                "font-weight": "700", "fill": "#222222", "class": "panel-title",
            ], heading)
    }

    private func bandSVG(_ band: Band, area: ChartFrame, scale: any AxisScale) -> String {
        let c = Markup.coordinate
        let left = max(area.x, scale.position(of: band.from))
        let right = min(area.maxX, scale.position(of: band.to))
        return Markup.element(
            "rect",
            [
                "x": c(left), "y": c(area.y), "width": c(max(0, right - left)),
                "height": c(area.height), "fill": band.color, "class": "band",
            ])
    }

    private func annotationSVG(_ note: Annotation, xs: any AxisScale, ys: any AxisScale)
        -> String
    {
        let c = Markup.coordinate
        return Markup.text(
            "text",
            [
                "x": c(xs.position(of: note.x) + note.dx),
                "y": c(ys.position(of: note.y) + note.dy), "font-size": "12",
                "text-anchor": note.anchor.rawValue, "fill": note.color,
                "stroke": "#ffffff", "stroke-width": "3", "paint-order": "stroke",
                "class": "annotation",
            ], note.text)
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
