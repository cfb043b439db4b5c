/// One chart as an inline `<svg>`: an accessible `<title>` and `<desc>`, the visible title, the
/// legend, then the panels (whose frames are relative to the area below the legend). Written for
/// inline use in HTML, where the parser gives `<svg>` its namespace: no `xmlns` attribute.
public struct SVGChart: Sendable {
    public static let titleFontSize = 17.0

    /// Makes the ids of `<title>` and `<desc>` unique in the page.
    public var id: String
    public var title: String
    public var description: String
    public var width: Double
    /// The height of the panels' area.
    public var bodyHeight: Double
    public var legend: ChartLegend
    public var panels: [LineChart]

    public init(
        id: String, title: String, description: String, width: Double = 960,
        bodyHeight: Double, legend: ChartLegend = ChartLegend([]), panels: [LineChart]
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.width = width
        self.bodyHeight = bodyHeight
        self.legend = legend
        self.panels = panels
    }

    /// Title and legend.
    public var headerHeight: Double {
        let legendHeight = legend.height(width: width - 20)
        return 34 + (legendHeight > 0 ? legendHeight + 10 : 0)
    }

    public var height: Double { headerHeight + bodyHeight }

    public func svg() -> String {
        let c = Markup.coordinate
        let titleID = "\(id)-title"
        let descriptionID = "\(id)-desc"
        var parts = [
            Markup.text("title", ["id": titleID], title),
            Markup.text("desc", ["id": descriptionID], description),
            Markup.element(
                "rect",
                [
                    "x": "0", "y": "0", "width": c(width), "height": c(height),
                    "fill": "#ffffff",
                ]),
            Markup.text(
                "text",
                [
                    "x": "10", "y": "22", "font-size": c(Self.titleFontSize), "font-weight": "700",
                    "fill": "#111111", "class": "chart-title",
                ], title),
        ]
        if !legend.entries.isEmpty {
            parts.append(legend.svg(x: 10, y: 34, width: width - 20))
        }
        parts.append(
            Markup.element(
                "g", ["transform": "translate(0 \(c(headerHeight)))"],
                panels.map { $0.svg() }.joined()))
        return Markup.element(
            "svg",
            [
                "viewBox": "0 0 \(c(width)) \(c(height))",
                "width": c(width), "height": c(height), "role": "img",
                "aria-labelledby": "\(titleID) \(descriptionID)", "class": "chart", "id": id,
            ],
            parts.joined())
    }
}
