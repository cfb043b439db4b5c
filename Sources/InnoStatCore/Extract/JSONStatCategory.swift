/// One category of a JSON-stat dimension, at its position in the dimension's index.
public struct JSONStatCategory: Equatable, Sendable {
    public let code: String
    /// The category's label, or its code when the file gives none.
    public let label: String
    public let unit: JSONStatUnit?

    public init(code: String, label: String, unit: JSONStatUnit? = nil) {
        self.code = code
        self.label = label
        self.unit = unit
    }
}
