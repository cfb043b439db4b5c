/// The most a JSON-stat file may hold before it is read: its size in bytes and the cells its
/// dimensions' sizes multiply to (a sparse `value` can declare a large cube in few bytes).
public struct JSONStatLimits: Equatable, Sendable {
    public var maxBytes: Int
    public var maxCells: Int

    public init(maxBytes: Int = 64 << 20, maxCells: Int = 50_000_000) {
        self.maxBytes = maxBytes
        self.maxCells = maxCells
    }
}
