/// SDMX-CSV written with labels (`labels=both`): a header cell is `REF_AREA: Reference area`
/// and a cell `KOR: Korea`. Read as codes, so a pipeline names columns and matches values by
/// their ids whichever way the reply was asked for.
enum SDMXLabels {
    /// Whether a file's first record is a labelled SDMX-CSV header: its first cell is
    /// `DATAFLOW` (1.0) or `STRUCTURE` (2.0), and some cell has a label after `: `.
    static func isLabelledHeader(_ fields: [String]) -> Bool {
        guard let first = fields.first.map(code(of:)),
            ["DATAFLOW", "STRUCTURE"].contains(first.uppercased())
        else { return false }
        return fields.contains { $0.contains(": ") }
    }

    /// The code of `KOR: Korea`: the text before the first `: ` when it reads as an SDMX id
    /// (letters, digits, `_`, `-`, `.`, `@`, `:` and brackets of a dataflow reference); any
    /// other text as it is.
    static func code(of cell: String) -> String {
        guard let range = cell.range(of: ": ") else { return cell }
        let code = cell[..<range.lowerBound]
        let allowed = code.unicodeScalars.allSatisfy { scalar in
            ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("a"..."z").contains(scalar) || "_-.@:()+,".unicodeScalars.contains(scalar)
        }
        return allowed && !code.isEmpty ? String(code) : cell
    }
}
