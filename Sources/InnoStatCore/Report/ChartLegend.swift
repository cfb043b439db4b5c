/// The key of a chart: entries laid out in rows across its width.
public struct ChartLegend: Sendable {
    public enum Swatch: Sendable, Equatable {
        /// A line, solid or dashed, with or without a marker on it.
        case line(color: String, isDashed: Bool, marker: ChartSeries.Marker?)
        /// A marker alone.
        case marker(ChartSeries.Marker, color: String)
        /// A shaded band.
        case band(color: String)
        /// A vertical dashed rule (break years, crossover).
        case rule(color: String)
    }

    public struct Entry: Sendable, Equatable {
        public var swatch: Swatch
        public var label: String

        public init(_ swatch: Swatch, _ label: String) {
            self.swatch = swatch
            self.label = label
        }
    }

    public static let fontSize = 13.0
    static let rowHeight = 20.0
    static let swatchWidth = 30.0
    static let gap = 22.0

    public var entries: [Entry]

    public init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// Where each entry goes: its row and x, wrapping at `width`.
    public func layout(width: Double) -> [(row: Int, x: Double)] {
        var placed: [(Int, Double)] = []
        var row = 0
        var x = 0.0
        for entry in entries {
            let entryWidth =
                Self.swatchWidth + 6 + TextMetrics.width(of: entry.label, fontSize: Self.fontSize)
            if x > 0 && x + entryWidth > width {
                row += 1
                x = 0
            }
            placed.append((row, x))
            x += entryWidth + Self.gap
        }
        return placed
    }

    /// The height the legend takes at `width`.
    public func height(width: Double) -> Double {
        guard !entries.isEmpty else { return 0 }
        return Double((layout(width: width).map(\.row).max() ?? 0) + 1) * Self.rowHeight
    }

    /// The legend with its top left corner at (`x`, `y`).
    public func svg(x: Double, y: Double, width: Double) -> String {
        let c = Markup.coordinate
        var parts: [String] = []
        for (entry, place) in zip(entries, layout(width: width)) {
            let left = x + place.x
            let middle = y + Double(place.row) * Self.rowHeight + Self.rowHeight / 2
            switch entry.swatch {
            case .line(let color, let isDashed, let marker):
                parts.append(
                    Markup.element(
                        "line",
                        [
                            "x1": c(left), "y1": c(middle), "x2": c(left + Self.swatchWidth),
                            "y2": c(middle), "stroke": color, "stroke-width": "2.5",
                            "stroke-dasharray": isDashed ? "6 4" : "none",
                        ]))
                if let marker {
                    parts.append(
                        marker.svg(x: left + Self.swatchWidth / 2, y: middle, color: color))
                }
            case .marker(let marker, let color):
                parts.append(marker.svg(x: left + Self.swatchWidth / 2, y: middle, color: color))
            case .band(let color):
                parts.append(
                    Markup.element(
                        "rect",
                        [
                            "x": c(left), "y": c(middle - 7), "width": c(Self.swatchWidth),
                            "height": "14", "fill": color,
                        ]))
            case .rule(let color):
                parts.append(
                    Markup.element(
                        "line",
                        [
                            "x1": c(left + Self.swatchWidth / 2), "y1": c(middle - 8),
                            "x2": c(left + Self.swatchWidth / 2), "y2": c(middle + 8),
                            "stroke": color, "stroke-width": "1.5", "stroke-dasharray": "4 3",
                        ]))
            }
            parts.append(
                Markup.text(
                    "text",
                    [
                        "x": c(left + Self.swatchWidth + 6), "y": c(middle + 4.5),
                        "font-size": c(Self.fontSize), "fill": "#222222",
                    ], entry.label))
        }
        return Markup.element("g", ["class": "legend"], parts.joined())
    }
}
