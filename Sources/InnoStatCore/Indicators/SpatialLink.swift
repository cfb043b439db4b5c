/// One undirected link of a year's weights, its ends in code order, written `KR-11~KR-28` in
/// the `links` note that `explain` rebuilds the weights from.
struct SpatialLink: Hashable, Comparable {
    let from: String
    let to: String

    init(_ a: String, _ b: String) {
        (from, to) = (min(a, b), max(a, b))
    }

    static func < (left: SpatialLink, right: SpatialLink) -> Bool {
        (left.from, left.to) < (right.from, right.to)
    }

    /// The links as the note writes them, space-separated.
    static func text(_ links: [SpatialLink]) -> String {
        links.map { "\($0.from)~\($0.to)" }.joined(separator: " ")
    }

    /// The links of a note's text; a malformed one is left out.
    static func links(in text: String) -> [SpatialLink] {
        text.split(separator: " ").compactMap { link in
            let ends = link.split(separator: "~").map(String.init)
            return ends.count == 2 ? SpatialLink(ends[0], ends[1]) : nil
        }
    }

    /// Row-standardised weights over `regions` from `links`.
    static func weights(_ regions: [String], _ links: [SpatialLink], source: String) throws
        -> SpatialWeights
    {
        try SpatialWeights(
            regions: regions, borders: links.map { ($0.from, $0.to) }, source: source)
    }
}
