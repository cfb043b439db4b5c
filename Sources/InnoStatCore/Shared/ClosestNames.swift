/// The known codes a mistyped one may mean, for "did you mean" hints.
enum ClosestNames {
    /// Codes containing the name (or contained in it), shortest first, at most six; else the
    /// three nearest by edit distance.
    static func near(_ name: String, in known: [String]) -> [String] {
        let wanted = name.lowercased()
        let containing = known.filter { $0.contains(wanted) || wanted.contains($0) }
        if !containing.isEmpty {
            return Array(containing.sorted { ($0.count, $0) < ($1.count, $1) }.prefix(6))
        }
        let target = Array(wanted.unicodeScalars)
        return Array(
            known.map { ($0, EditDistance.between(target, Array($0.unicodeScalars))) }
                .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0))
    }
}
