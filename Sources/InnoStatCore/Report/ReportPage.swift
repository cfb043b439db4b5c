import Foundation

/// The report as one self-contained HTML page: inline CSS and SVG, nothing fetched from the
/// network (links in source lists point to the publications). The page is well-formed XML.
public struct ReportPage: Sendable {
    /// Okabe–Ito colours: told apart with the common colour-vision deficiencies.
    enum Color {
        static let blue = "#0072B2"
        static let vermillion = "#D55E00"
        static let green = "#009E73"
        static let purple = "#CC79A7"
        static let orange = "#E69F00"
        static let band = "#FBE9C6"
        static let gray = "#555555"
    }

    /// Latin faces first (a CJK face's Latin glyphs can make `0.20` look like `0,20`), then
    /// the Korean ones for Hangul, then whatever sans-serif face there is.
    static let fontStack =
        "\"Noto Sans\", \"DejaVu Sans\", \"Helvetica Neue\", Arial, \"Noto Sans CJK KR\", "
        + "\"Noto Sans KR\", \"NanumGothic\", \"Nanum Gothic\", \"Apple SD Gothic Neo\", "
        + "\"Malgun Gothic\", sans-serif"

    static let style = """
        body { font-family: \(fontStack); color: #1a1a1a; background: #f4f4f1; margin: 0;
               line-height: 1.45; font-size: 15px; }
        header, main, footer { max-width: 1000px; margin: 0 auto; padding: 0 20px; }
        header { padding-top: 18px; }
        h1 { font-size: 26px; margin: 0 0 6px; }
        h2 { font-size: 20px; margin: 0 0 10px; }
        h3 { font-size: 16px; margin: 18px 0 6px; }
        nav ol { margin: 6px 0 0; padding-left: 22px; columns: 2; font-size: 14px; }
        a { color: #0b5cad; }
        section { background: #ffffff; border: 1px solid #dcdcd6; border-radius: 4px;
                  padding: 16px 20px; margin: 18px 0; }
        figure { margin: 0; }
        svg.chart { width: 100%; height: auto; display: block; }
        svg text { font-family: \(fontStack); }
        figcaption { font-size: 14px; color: #2b2b2b; margin-top: 8px; }
        figcaption p, section p { margin: 6px 0; }
        .meta { color: #444444; font-size: 14px; }
        .sources { font-size: 13px; color: #4a4a4a; }
        .sources ul { margin: 2px 0 0; padding-left: 20px; }
        .missing { color: #7a4b00; background: #fff6e0; border-left: 4px solid #e69f00;
                   padding: 8px 12px; }
        .lorenz { display: flex; gap: 18px; align-items: flex-start; flex-wrap: wrap; }
        .lorenz svg.chart { width: 480px; max-width: 100%; flex: none; }
        .lorenz .table-wrap { flex: 1; min-width: 320px; }
        .lorenz td { white-space: nowrap; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; font-size: 13px; width: 100%; margin: 4px 0 10px; }
        caption { text-align: left; font-weight: 700; padding: 4px 0; }
        th, td { border-bottom: 1px solid #e4e4de; padding: 4px 8px; text-align: left;
                 vertical-align: top; }
        th { background: #efefea; font-weight: 700; }
        .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        th.number { white-space: normal; }
        td.code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 12px;
                  overflow-wrap: anywhere; }
        details summary { cursor: pointer; color: #0b5cad; margin: 6px 0; }
        footer { color: #555555; font-size: 13px; padding-bottom: 24px; }
        @media print {
            body { background: #ffffff; }
            section { border: none; break-inside: avoid; }
        }
        """

    public let data: ReportData
    /// The innostat version that wrote the page.
    public let version: String

    public init(data: ReportData, version: String = InnoStatVersion.current) {
        self.data = data
        self.version = version
    }

    /// A section of the page.
    struct Section {
        let id: String
        let title: String
        let body: String
    }

    var sections: [Section] {
        [
            Section(
                id: "funding", title: "Who funds R&D: business and government shares",
                body: fundingFigure()),
            Section(
                id: "centres", title: "Corporate R&D centres and the SME share",
                body: centresFigure()),
            Section(
                id: "disparity", title: "Regional disparity of GRDP per capita",
                body: disparityFigure()),
            Section(
                id: "capital", title: "The Capital Region's share", body: capitalFigure()),
            Section(
                id: "lorenz", title: "How unequal: the Lorenz curve of GRDP per capita",
                body: lorenzFigure()),
            Section(id: "conflicts", title: "Where sources disagree", body: conflictsSection()),
            Section(
                id: "rejects", title: "The last run: rejects and check warnings",
                body: runSection()),
        ]
    }

    public func html() -> String {
        let sections = self.sections
        let title = "Korean R&D funding, R&D centres and regional disparity"
        let body = sections.enumerated().map { index, section in
            Markup.element(
                "section", ["id": section.id, "aria-labelledby": "\(section.id)-heading"],
                Markup.text("h2", ["id": "\(section.id)-heading"], "\(index + 1). \(section.title)")
                    + section.body)
        }.joined(separator: "\n")
        return "<!DOCTYPE html>\n"
            + Markup.element(
                "html", ["lang": "en"],
                "\n" + Markup.element("head", [:], head(title: title)) + "\n"
                    + Markup.element(
                        "body", [:],
                        header(title: title, sections: sections) + "\n"
                            + Markup.element("main", [:], "\n" + body + "\n") + "\n"
                            + footer()) + "\n") + "\n"
    }

    func head(title: String) -> String {
        Markup.element("meta", ["charset": "utf-8"])
            + Markup.element(
                "meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
            + Markup.element("meta", ["name": "generator", "content": "innostat \(version)"])
            + Markup.text("title", [:], "innostat report: \(title)")
            + Markup.element("style", [:], "\n" + Self.style + "\n")
    }

    /// The title, where the figures come from, how to read the markers, and the contents.
    func header(title: String, sections: [Section]) -> String {
        let navigation = sections.map { section in
            Markup.element(
                "li", [:],
                Markup.text("a", ["href": "#\(section.id)"], section.title))
        }.joined()
        return Markup.element(
            "header", [:],
            Markup.text("h1", [:], title)
                + Markup.element("p", ["class": "meta"], Markup.escape(provenance()))
                + Markup.element(
                    "p", ["class": "meta"],
                    Markup.escape(
                        "Markers: a filled circle is a figure as published; a hollow circle an "
                            + "estimate (status E); a square a break in the series (B); a "
                            + "triangle a bound. Hover a point for its value."))
                + Markup.element(
                    "nav", ["aria-label": "Contents"], Markup.element("ol", [:], navigation)))
    }

    func footer() -> String {
        Markup.element(
            "footer", [:],
            Markup.element(
                "p", [:],
                Markup.escape(
                    "Written by innostat \(version) from "
                        + (data.warehouse.isEmpty ? "the warehouse" : data.warehouse) + ". "
                        + "Nothing on this page is fetched from the network: the charts are "
                        + "inline SVG; links in the source lists lead to the publications.")))
    }

    /// Writes the page to `path`, creating its folder.
    public func write(to path: String) throws {
        try OutputPath.write(Data(html().utf8), to: path, what: "report")
    }

    /// Which warehouse and run the page shows.
    func provenance() -> String {
        guard let run = data.run else {
            return "No run recorded in the warehouse yet."
        }
        let finished = run.finishedAt.map { "finished \(Self.timestamp($0))" } ?? "not finished"
        return "From run \(run.id) of the warehouse (\(run.status), \(finished)). Figures are "
            + "those the warehouse prefers where sources disagree (v_observation); section 6 "
            + "lists the disagreements."
    }

    /// `2026-11-29T01:28:26.972Z` → `2026-11-29 01:28 UTC`.
    static func timestamp(_ text: String) -> String {
        guard text.count >= 16, text.contains("T") else { return text }
        return text.prefix(10) + " " + text.dropFirst(11).prefix(5) + " UTC"
    }

    /// A note in place of a chart or table whose data are missing.
    static func missing(_ text: String) -> String {
        Markup.text("p", ["class": "missing", "role": "note"], text)
    }

    /// "Sources:" with each publication and numbered links to the addresses cited.
    static func sources(_ citations: [ReportData.Citation]) -> String {
        guard !citations.isEmpty else {
            return Markup.text("p", ["class": "sources"], "Sources: not recorded in the warehouse.")
        }
        let items = citations.map { citation in
            var item = Markup.escape(citation.publisher)
            if !citation.title.isEmpty {
                item += ", " + Markup.element("cite", [:], Markup.escape(citation.title))
            }
            if !citation.urls.isEmpty {
                let links = citation.urls.enumerated().map { index, url in
                    Markup.text(
                        "a", ["href": url], citation.urls.count == 1 ? "link" : "\(index + 1)")
                }
                item += " (" + links.joined(separator: " ") + ")"
            }
            return Markup.element("li", [:], item)
        }
        return Markup.element(
            "div", ["class": "sources"],
            Markup.text("span", [:], "Sources:") + Markup.element("ul", [:], items.joined()))
    }

    /// How the report writes a value of a unit: its decimals and what follows the number.
    private static let unitDisplay: [String: (decimals: Int, suffix: String)] = [
        "percent": (1, "%"), "count": (0, ""), "persons": (0, ""), "index": (3, ""),
        "ratio": (2, ""), "percent per year": (1, "% a year"),
    ]

    /// A value in its unit, for text: `56.0%`, `2,270`, `0.144`.
    static func display(_ value: Double, unit: String) -> String {
        guard let display = unitDisplay[unit] else { return figure(value) }
        return ReportNumber.format(value, decimals: display.decimals) + display.suffix
    }

    /// A figure as stored, grouped by thousands, with its own decimals (at most six).
    static func figure(_ value: Double) -> String {
        let shortest = DecimalFormat.roundedShortest(value)
        let decimals = shortest.split(separator: ".").dropFirst().first?.count ?? 0
        return ReportNumber.format(value, decimals: min(decimals, 6))
    }

    /// `KR-29` in a note becomes `Gwangju (KR-29)`.
    func namingRegions(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: #"KR-\d\d"#, options: .regularExpression) {
            result += rest[..<range.lowerBound]
            let code = String(rest[range])
            result += data.regionNames[code].map { "\($0) (\(code))" } ?? code
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
