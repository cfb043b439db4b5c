/// The axes of a panel: their scales, tick marks, tick labels, grid and titles.
extension LineChart {
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

    func scale(
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

    func yGrid(area: ChartFrame, scale: any AxisScale) -> String {
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

    func xAxis(area: ChartFrame, scale: any AxisScale) -> String {
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

    func yAxisLine(area: ChartFrame) -> String {
        let c = Markup.coordinate
        return Markup.element(
            "line",
            [
                "x1": c(area.x), "y1": c(area.y), "x2": c(area.x), "y2": c(area.maxY),
                "stroke": "#444444", "stroke-width": "1",
            ])
    }

    /// The x axis's title under the plot and the y axis's title turned along its left side.
    func axisLabels(area: ChartFrame) -> String {
        let c = Markup.coordinate
        let yMiddle = area.y + area.height / 2
        let yLabelX = frame.x + 14
        return Markup.text(
            "text",
            [
                "x": c(area.x + area.width / 2), "y": c(frame.maxY - 8), "font-size": "13",
                "text-anchor": "middle", "fill": "#222222", "class": "axis-label x-label",
            ],
            x.label)
            + Markup.text(
                "text",
                [
                    "x": c(yLabelX), "y": c(yMiddle), "font-size": "13", "text-anchor": "middle",
                    "transform": "rotate(-90 \(c(yLabelX)) \(c(yMiddle)))", "fill": "#222222",
                    "class": "axis-label y-label",
                ], y.label)
    }
}
