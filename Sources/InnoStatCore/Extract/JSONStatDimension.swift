/// One dimension of a JSON-stat dataset: its categories in index order.
public struct JSONStatDimension: Equatable, Sendable {
    /// What a dimension stands for, as a dataset's `role` declares it.
    public enum Role: String, CaseIterable, Sendable {
        case time, geo, metric
    }

    public let id: String
    /// The dimension's label, or its id when the file gives none.
    public let label: String
    public let role: Role?
    public let categories: [JSONStatCategory]

    public init(id: String, label: String, role: Role? = nil, categories: [JSONStatCategory]) {
        self.id = id
        self.label = label
        self.role = role
        self.categories = categories
    }
}
