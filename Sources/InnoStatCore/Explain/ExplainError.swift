/// Why an indicator value cannot be explained.
public enum ExplainError: Error, Equatable, CustomStringConvertible {
    /// No indicator of that name; the closest names.
    case unknownIndicator(name: String, closest: [String])
    /// The indicator has no value there; the regions and years it has.
    case noValue(code: String, region: String, year: Int?, regions: [String], years: [Int])

    public var description: String {
        switch self {
        case .unknownIndicator(let name, let closest):
            return "unknown indicator \"\(name)\" (closest: \(closest.joined(separator: ", ")))"
        case .noValue(let code, let region, let year, let regions, let years):
            if years.isEmpty && regions.isEmpty {
                return "\(code) has no values (see `innostat status` and the run log)"
            }
            if !regions.contains(region) {
                return "\(code) has no value for \(region) (its values are for "
                    + "\(regions.joined(separator: ", ")))"
            }
            return "\(code) has no value for \(region) in \(year.map(String.init) ?? "any year") "
                + "(years with a value: \(Self.ranges(years)))"
        }
    }

    /// `1966, 1981, 1985, 1990, 1993-1995`.
    static func ranges(_ years: [Int]) -> String {
        var parts: [String] = []
        var start: Int?
        var previous: Int?
        for year in years.sorted() + [Int.max] {
            if let last = previous, year == last + 1 {
                previous = year
                continue
            }
            if let first = start, let last = previous {
                parts.append(first == last ? "\(first)" : "\(first)-\(last)")
            }
            start = year
            previous = year
        }
        return parts.joined(separator: ", ")
    }
}
