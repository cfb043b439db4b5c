import CSVStream
import Foundation

/// Columns a pipeline derives from another column's text (`read.derive`): the first group of
/// a pattern's first match, else the declared default, else empty. NCSES writes a country, its
/// year and a footnote in one cell (`Non-OECD -> China (2020)<sup>b</sup>`): `country` and
/// `year` are derived from it.
struct DerivedColumns {
    private struct Column {
        let source: Int
        let pattern: NSRegularExpression
        let fallback: String
    }

    let names: [String]
    private let columns: [Column]
    /// The width of the table the columns are appended to.
    let width: Int

    init(_ specs: [DeriveSpec], header: [String], file: String) throws {
        var columns: [Column] = []
        for spec in specs {
            guard let source = header.firstIndex(of: spec.from) else {
                throw SourceFileError(
                    file: file,
                    message: "read.derive.\(spec.name).from: no column \"\(spec.from)\"")
            }
            let pattern = try NSRegularExpression(pattern: spec.pattern)
            columns.append(Column(source: source, pattern: pattern, fallback: spec.fallback ?? ""))
        }
        (names, self.columns, width) = (specs.map(\.name), columns, header.count)
    }

    /// The row with the derived fields after its own; a row of another width as it is, so
    /// the mapper still finds it ragged.
    func row(_ base: any TableRow) -> any TableRow {
        guard base.count == width else { return base }
        let extra = columns.map { column in
            let text = base[column.source]
            let range = NSRange(text.startIndex..., in: text)
            guard let match = column.pattern.firstMatch(in: text, range: range),
                match.numberOfRanges > 1, let group = Range(match.range(at: 1), in: text)
            else { return column.fallback }
            return trimmed(String(text[group]))
        }
        return DerivedRow(base: base, extra: extra, sources: columns.map(\.source))
    }
}

/// A row with derived fields appended: each derived field's place is its source column's.
struct DerivedRow: TableRow {
    let base: any TableRow
    let extra: [String]
    let sources: [Int]

    var line: Int { base.line }
    var count: Int { base.count + extra.count }
    subscript(index: Int) -> String {
        index < base.count ? base[index] : extra[index - base.count]
    }
    func fieldIsEmpty(_ index: Int) -> Bool { self[index].isEmpty }
    var fields: [String] { base.fields + extra }
    func lineOfField(_ index: Int) -> Int {
        base.lineOfField(index < base.count ? index : sources[index - base.count])
    }
    var endsWithLineEnd: Bool { base.endsWithLineEnd }
    var overlongFields: [OverlongField] { base.overlongFields }
    func sourceColumn(_ index: Int) -> Int {
        base.sourceColumn(index < base.count ? index : sources[index - base.count])
    }
}
