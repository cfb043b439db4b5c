extension ChartSeries.Marker {
    /// The marker centred on (`x`, `y`), with `tooltip` as its SVG `<title>` when not empty.
    public func svg(x: Double, y: Double, color: String, tooltip: String = "") -> String {
        let title = tooltip.isEmpty ? "" : Markup.text("title", [:], tooltip)
        let c = Markup.coordinate
        switch self {
        case .hidden:
            return ""
        case .observed:
            return Markup.element(
                "circle",
                [
                    "cx": c(x), "cy": c(y), "r": "4.5", "fill": color, "stroke": "#ffffff",
                    "stroke-width": "1", "class": "point observed",
                ], title)
        case .estimated:
            return Markup.element(
                "circle",
                [
                    "cx": c(x), "cy": c(y), "r": "4", "fill": "#ffffff", "stroke": color,
                    "stroke-width": "2", "class": "point estimated",
                ], title)
        case .seriesBreak:
            return Markup.element(
                "rect",
                [
                    "x": c(x - 4.5), "y": c(y - 4.5), "width": "9", "height": "9", "fill": color,
                    "stroke": "#ffffff", "stroke-width": "1", "class": "point break",
                ], title)
        case .lowerBound:
            return Markup.element(
                "path",
                [
                    "d":
                        "M\(c(x)),\(c(y - 6))L\(c(x + 5.5)),\(c(y + 4))L\(c(x - 5.5)),\(c(y + 4))Z",
                    "fill": "#ffffff", "stroke": color, "stroke-width": "2",
                    "class": "point lower-bound",
                ], title)
        case .upperBound:
            return Markup.element(
                "path",
                [
                    "d":
                        "M\(c(x)),\(c(y + 6))L\(c(x + 5.5)),\(c(y - 4))L\(c(x - 5.5)),\(c(y - 4))Z",
                    "fill": "#ffffff", "stroke": color, "stroke-width": "2",
                    "class": "point upper-bound",
                ], title)
        }
    }
}
