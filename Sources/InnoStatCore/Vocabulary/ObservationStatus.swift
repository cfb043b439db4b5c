import Foundation

/// Status of an observation: the SDMX `OBS_STATUS` letters.
public enum ObservationStatus: String, Sendable, CaseIterable {
    case normal = "A"
    case provisional = "P"
    case estimated = "E"
    /// Break in series: the value is not comparable with the one before it.
    case breakInSeries = "B"
    case missing = "M"
    case imputed = "I"
    case definitionDiffers = "D"

    /// The SDMX letter (`A`, `P`, …), as stored in the warehouse.
    public var letter: String { rawValue }

    /// Lower-case name: `normal`, `provisional`, `estimated`, `break`, `missing`, `imputed`,
    /// `definition differs`.
    public var name: String {
        switch self {
        case .normal: "normal"
        case .provisional: "provisional"
        case .estimated: "estimated"
        case .breakInSeries: "break"
        case .missing: "missing"
        case .imputed: "imputed"
        case .definitionDiffers: "definition differs"
        }
    }

    /// The status for an SDMX letter, surrounding whitespace and case ignored.
    public init?(letter: String) {
        self.init(rawValue: letter.trimmingCharacters(in: .whitespaces).uppercased())
    }

    /// The status with ``name`` `name`, surrounding whitespace and case ignored.
    public init?(name: String) {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let status = Self.allCases.first(where: { $0.name == wanted }) else { return nil }
        self = status
    }
}
