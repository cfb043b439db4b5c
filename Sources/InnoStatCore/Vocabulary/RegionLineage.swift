/// A row of the `region_lineage` table: `childCode` was split off `parentCode` on `splitDate`.
public struct RegionLineage: Sendable, Equatable {
    public let childCode: String
    public let parentCode: String
    /// ISO date of the split.
    public let splitDate: String

    public init(childCode: String, parentCode: String, splitDate: String) {
        self.childCode = childCode
        self.parentCode = parentCode
        self.splitDate = splitDate
    }

    /// Whether the split came after `year` began, so that a source may still count the child
    /// in its parent for that year.
    public func splitsAfterStart(of year: Int) -> Bool {
        let start = String(format: "%04d-01-01", year)
        return start < splitDate
    }
}
