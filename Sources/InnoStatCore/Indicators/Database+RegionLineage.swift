import SQLiteStore

extension Database {
    /// The rows of `region_lineage`, by child code and split date.
    func regionLineage() throws -> [RegionLineage] {
        try rows("SELECT child_code, parent_code, split_date FROM region_lineage ORDER BY 1, 3")
            .compactMap { row in
                guard let child = row.text("child_code"), let parent = row.text("parent_code"),
                    let date = row.text("split_date")
                else { return nil }
                return RegionLineage(childCode: child, parentCode: parent, splitDate: date)
            }
    }

    /// child code → parent code, whatever the year: which region a child belongs to.
    func lineageParents() throws -> [String: String] {
        Dictionary(try regionLineage().map { ($0.childCode, $0.parentCode) }) { first, _ in first }
    }
}
