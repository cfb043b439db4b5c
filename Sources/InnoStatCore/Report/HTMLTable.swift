/// A table with a header row; every cell is text, escaped here.
public struct HTMLTable: Sendable {
    public struct Column: Sendable {
        public enum Kind: Sendable {
            case text
            /// Right-aligned, tabular figures.
            case number
            /// Identifiers and file positions, in a monospace font, broken anywhere.
            case code
        }

        public var title: String
        public var kind: Kind

        public init(_ title: String, _ kind: Kind = .text) {
            self.title = title
            self.kind = kind
        }

        var cssClass: String {
            switch kind {
            case .text: return ""
            case .number: return "number"
            case .code: return "code"
            }
        }
    }

    public var caption: String?
    public var columns: [Column]
    public var rows: [[String]]

    public init(caption: String? = nil, columns: [Column], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    /// `text` escaped, with a line-break opportunity (`<wbr/>`) after each `_ / : . ? & =`, so
    /// that long identifiers and paths wrap at their joints rather than anywhere.
    public static func breakable(_ text: String) -> String {
        var result = ""
        for character in text {
            result += Markup.escape(String(character))
            if "_/:.?&=".contains(character) { result += "<wbr/>" }
        }
        return result
    }

    public func html() -> String {
        var parts: [String] = []
        if let caption { parts.append(Markup.text("caption", [:], caption)) }
        parts.append(
            Markup.element(
                "thead", [:],
                Markup.element(
                    "tr", [:],
                    columns.map {
                        Markup.text(
                            "th", ["scope": "col", "class": $0.kind == .number ? "number" : ""],
                            $0.title)
                    }.joined())))
        let body = rows.map { row in
            Markup.element(
                "tr", [:],
                zip(columns, row).map { column, text in
                    Markup.element(
                        "td", ["class": column.cssClass],
                        column.kind == .code ? Self.breakable(text) : Markup.escape(text))
                }.joined())
        }
        parts.append(Markup.element("tbody", [:], body.joined()))
        return Markup.element(
            "div", ["class": "table-wrap"], Markup.element("table", [:], parts.joined()))
    }
}
