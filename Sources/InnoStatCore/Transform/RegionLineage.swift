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
}
