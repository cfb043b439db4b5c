/// How well a row column's labels read as regions: a region column names mostly known
/// regions, its indented lower levels (시군구) aside.
struct RegionColumnScore {
    let labels: [String]
    let known: [String]
    let indentedUnknown: [String]
    let unknown: [String]

    init(_ shape: TableShape, column: Int) {
        var seen = Set<String>()
        var labels: [String] = []
        var known: [String] = []
        var indented: [String] = []
        var unknown: [String] = []
        for row in shape.data {
            let raw = row.cells[column]
            let text = trimmed(raw)
            guard !text.isEmpty, seen.insert(text).inserted else { continue }
            labels.append(text)
            if RegionCatalog.standard.resolve(text) != nil {
                known.append(text)
            } else if let first = raw.unicodeScalars.first, first == "\u{3000}" || first == " " {
                indented.append(text)
            } else {
                unknown.append(text)
            }
        }
        (self.labels, self.known, indentedUnknown, self.unknown) = (
            labels, known, indented, unknown
        )
    }

    var isRegion: Bool {
        !known.isEmpty && known.count * 2 >= known.count + unknown.count
    }
}
