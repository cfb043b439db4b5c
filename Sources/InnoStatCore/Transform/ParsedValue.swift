/// A published cell read as a number plus what the publisher said about it.
public struct ParsedValue: Sendable, Equatable {
    /// nil only for a missing mark (status M).
    public var value: Double?
    public var status: ObservationStatus
    /// The value carried a Korean magnitude (천, 만, 억, 조): it is already in the base unit of its
    /// dimension (KRW, persons, …), not in the declared unit.
    public var isInBaseUnit: Bool
    /// Trailing 원: the figure is money in KRW.
    public var isKRW: Bool
    /// Trailing %: the figure is a percentage.
    public var isPercent: Bool
    /// The parts of a ratio such as `19 : 81`, in the order written.
    public var ratioParts: [Double]?
    /// What qualifies the figure: "lower bound", "upper bound", "footnote 1)".
    public var note: String?

    public init(
        value: Double?, status: ObservationStatus = .normal, isInBaseUnit: Bool = false,
        isKRW: Bool = false, isPercent: Bool = false, ratioParts: [Double]? = nil,
        note: String? = nil
    ) {
        self.value = value
        self.status = status
        self.isInBaseUnit = isInBaseUnit
        self.isKRW = isKRW
        self.isPercent = isPercent
        self.ratioParts = ratioParts
        self.note = note
    }
}
