import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The report page read as XML (the page builder writes well-formed markup), with the
/// questions the structure tests ask of it.
struct PageInspector {
    let document: XMLDocument

    init(_ html: String) throws {
        document = try XMLDocument(data: Data(html.utf8), options: [])
    }

    func elements(_ xpath: String) throws -> [XMLElement] {
        try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    func texts(_ xpath: String) throws -> [String] {
        try document.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
    }

    /// Attributes by which an element other than a link would fetch something.
    static let loadingAttributes: Set<String> = [
        "src", "href", "srcset", "data", "poster", "action", "xlink:href", "background",
    ]

    /// `element attribute=value` for every element (links `<a>` aside) that names an address
    /// to fetch, plus `url(`/`@import` in styles.
    func networkLoads() throws -> [String] {
        var loads: [String] = []
        for element in try elements("//*") where element.name != "a" {
            for attribute in element.attributes ?? [] {
                guard let name = attribute.name, Self.loadingAttributes.contains(name) else {
                    continue
                }
                loads.append("\(element.name ?? "") \(name)=\(attribute.stringValue ?? "")")
            }
        }
        for style in try texts("//style") where style.contains("url(") || style.contains("@import")
        {
            loads.append("style: \(style)")
        }
        return loads
    }
}
