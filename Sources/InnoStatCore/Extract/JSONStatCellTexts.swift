/// The texts of a dataset's `value` or `status` by flat position: none at all, one for every
/// cell, one entry per cell, or entries at some positions only (a sparse object).
enum JSONStatCellTexts: Sendable {
    case none
    case every(String)
    case dense([String?])
    case sparse([Int: String])

    subscript(position: Int) -> String? {
        switch self {
        case .none: nil
        case .every(let text): text
        case .dense(let texts): texts[position]
        case .sparse(let texts): texts[position]
        }
    }
}
