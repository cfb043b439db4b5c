/// The unit a metric category's values are in (`category.unit` of a JSON-stat dimension).
public struct JSONStatUnit: Equatable, Sendable {
    /// The decimals the values are meant to be shown with.
    public let decimals: Int?
    public let label: String?
    public let symbol: String?

    public init(decimals: Int? = nil, label: String? = nil, symbol: String? = nil) {
        self.decimals = decimals
        self.label = label
        self.symbol = symbol
    }
}
