/// The SDMX `UNIT_MEASURE` and `UNIT_MULT` of an indicator's unit.
///
/// Codes follow the SDMX cross-domain unit codes where one fits (`PT` percent, `PA` percent
/// per annum, `PURE_NUMB` a dimensionless number, `PS` persons, `KRW`); `NUMBER`, `YR` and
/// `PER_YR` are innostat's own. A unit not listed becomes its text in upper case with every
/// run of other characters as `_` (`trillion KRW` → `TRILLION_KRW`), multiplier 0.
public struct SDMXUnit: Sendable, Equatable {
    public let measure: String
    /// The power of ten the values are in: 6 for million KRW.
    public let multiplier: Int

    public init(measure: String, multiplier: Int = 0) {
        self.measure = measure
        self.multiplier = multiplier
    }

    /// The units innostat's indicators and measures use, with their SDMX codes.
    public static let known: [(unit: String, sdmx: SDMXUnit)] = [
        ("percent", SDMXUnit(measure: "PT")),
        ("percent per year", SDMXUnit(measure: "PA")),
        ("ratio", SDMXUnit(measure: "PURE_NUMB")),
        ("index", SDMXUnit(measure: "PURE_NUMB")),
        ("count", SDMXUnit(measure: "NUMBER")),
        ("persons", SDMXUnit(measure: "PS")),
        ("year", SDMXUnit(measure: "YR")),
        ("per year", SDMXUnit(measure: "PER_YR")),
        ("KRW", SDMXUnit(measure: "KRW")),
        ("million KRW", SDMXUnit(measure: "KRW", multiplier: 6)),
        ("100 million KRW", SDMXUnit(measure: "KRW", multiplier: 8)),
    ]

    public init(unit: String) {
        if let entry = Self.known.first(where: { $0.unit == unit }) {
            self = entry.sdmx
            return
        }
        var code = ""
        for character in unit.uppercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                code.append(character)
            } else if !code.isEmpty && !code.hasSuffix("_") {
                code.append("_")
            }
        }
        while code.hasSuffix("_") { code.removeLast() }
        self.init(measure: code.isEmpty ? "UNKNOWN" : code)
    }
}
