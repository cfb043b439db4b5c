/// Units a measure or a raw figure may be declared in. Conversion is allowed only inside one
/// dimension (KRW to KRW, persons to persons), by the ratio of the units' factors.
public struct UnitCatalog: Sendable {
    public struct Unit: Sendable, Equatable {
        public let name: String
        public let dimension: String
        /// How many base units (KRW, USD, persons, …) one of this unit is.
        public let factor: Double
    }

    public static let standard = UnitCatalog(
        units: [
            Unit(name: "KRW", dimension: "KRW", factor: 1),
            Unit(name: "thousand KRW", dimension: "KRW", factor: 1e3),
            Unit(name: "million KRW", dimension: "KRW", factor: 1e6),
            Unit(name: "100 million KRW", dimension: "KRW", factor: 1e8),
            Unit(name: "billion KRW", dimension: "KRW", factor: 1e9),
            Unit(name: "trillion KRW", dimension: "KRW", factor: 1e12),
            Unit(name: "USD", dimension: "USD", factor: 1),
            Unit(name: "million USD", dimension: "USD", factor: 1e6),
            Unit(name: "billion USD", dimension: "USD", factor: 1e9),
            Unit(name: "current PPP USD", dimension: "PPP USD", factor: 1),
            Unit(name: "thousand current PPP USD", dimension: "PPP USD", factor: 1e3),
            Unit(name: "million current PPP USD", dimension: "PPP USD", factor: 1e6),
            Unit(name: "billion current PPP USD", dimension: "PPP USD", factor: 1e9),
            Unit(name: "percent", dimension: "percent", factor: 1),
            Unit(name: "percent of GDP", dimension: "percent of GDP", factor: 1),
            Unit(name: "count", dimension: "count", factor: 1),
            Unit(name: "persons", dimension: "persons", factor: 1),
            Unit(name: "thousand persons", dimension: "persons", factor: 1e3),
            Unit(name: "per million people", dimension: "per million people", factor: 1),
            Unit(name: "ratio", dimension: "ratio", factor: 1),
            Unit(name: "per mille", dimension: "per mille", factor: 1),
            Unit(name: "percentage points", dimension: "percentage points", factor: 1),
            Unit(name: "ten thousand persons", dimension: "persons", factor: 1e4),
            Unit(name: "thousand USD", dimension: "USD", factor: 1e3),
            Unit(name: "households", dimension: "households", factor: 1),
            Unit(name: "thousand households", dimension: "households", factor: 1e3),
            Unit(name: "cases", dimension: "cases", factor: 1),
            Unit(name: "tonnes", dimension: "tonnes", factor: 1),
            Unit(name: "thousand tonnes", dimension: "tonnes", factor: 1e3),
            Unit(name: "million tonnes", dimension: "tonnes", factor: 1e6),
            Unit(name: "tonnes CO2 eq", dimension: "tonnes CO2 eq", factor: 1),
            Unit(name: "thousand tonnes CO2 eq", dimension: "tonnes CO2 eq", factor: 1e3),
            Unit(name: "million tonnes CO2 eq", dimension: "tonnes CO2 eq", factor: 1e6),
            Unit(name: "square km", dimension: "square km", factor: 1),
            Unit(name: "hectares", dimension: "hectares", factor: 1),
            Unit(name: "years", dimension: "years", factor: 1),
            Unit(name: "hours", dimension: "hours", factor: 1),
            // A country's own currency (SDMX XDC): figures of one country compare, across
            // countries they do not.
            Unit(name: "national currency", dimension: "national currency", factor: 1),
        ],
        aliases: [
            "원": "KRW", "천원": "thousand KRW", "백만원": "million KRW", "억원": "100 million KRW",
            "십억원": "billion KRW", "조원": "trillion KRW", "%": "percent", "명": "persons",
            "개": "count", "개소": "count", "천명": "thousand persons",
            "만명": "ten thousand persons", "천달러": "thousand USD", "백만달러": "million USD",
            "달러": "USD", "천불": "thousand USD", "백만불": "million USD", "‰": "per mille",
            "%p": "percentage points", "배": "ratio", "가구": "households",
            "천가구": "thousand households", "세대": "households", "건": "cases", "톤": "tonnes",
            "천톤": "thousand tonnes", "백만톤": "million tonnes", "tCO₂": "tonnes CO2 eq",
            "tCO2": "tonnes CO2 eq", "tCO2eq": "tonnes CO2 eq", "천tCO₂": "thousand tonnes CO2 eq",
            "천tCO2eq": "thousand tonnes CO2 eq", "백만tCO₂": "million tonnes CO2 eq",
            "백만tCO2eq": "million tonnes CO2 eq", "백만톤CO2eq": "million tonnes CO2 eq",
            "㎢": "square km", "km²": "square km", "ha": "hectares", "개교": "count",
            "개사": "count", "곳": "count", "대": "count", "호": "count", "종": "count",
            "편": "count", "점": "count", "회": "count", "년": "years", "세": "years",
            "시간": "hours",
            // SDMX cross-domain UNIT_MEASURE codes (OECD, Eurostat).
            "PT": "percent", "PT_B1GQ": "percent of GDP", "PS": "persons",
            "XDC": "national currency",
            "USD_PPP": "current PPP USD",
            // Eurostat's unit codes.
            "THS_T": "thousand tonnes", "T": "tonnes", "PC": "percent", "PC_GDP": "percent of GDP",
            "NR": "count", "THS_PER": "thousand persons",
        ])

    private let byName: [String: Unit]
    public let names: [String]

    init(units: [Unit], aliases: [String: String]) {
        var byName: [String: Unit] = [:]
        for unit in units { byName[unit.name] = unit }
        for (alias, name) in aliases { byName[alias] = byName[name] }
        self.byName = byName
        self.names = units.map(\.name)
    }

    public func unit(named name: String) -> Unit? {
        byName[name] ?? byName[trimmed(name)]
    }

    /// The factor that turns a value in `from` into `to`, or nil across dimensions.
    public func conversionFactor(from: Unit, to: Unit) -> Double? {
        guard from.dimension == to.dimension else { return nil }
        return from.factor / to.factor
    }

    /// `value` in `from` expressed in `to`, or nil across dimensions. Multiplies or divides by
    /// a whole power of ten, never by its inexact reciprocal: 10878050000 thousand KRW is
    /// 108780.5 hundred million KRW, not 108780.50000000001.
    public func convert(_ value: Double, from: Unit, to: Unit) -> Double? {
        guard from.dimension == to.dimension else { return nil }
        if from.factor >= to.factor { return value * (from.factor / to.factor) }
        return value / (to.factor / from.factor)
    }
}

extension UnitCatalog {
    /// The unit a label ends with in brackets, as KOSIS writes items: `총인구수 (명)` → `명`,
    /// `비율 (%)` → `%`; nil when the label ends with no bracket.
    public static func unitInLabel(_ label: String) -> String? {
        let text = trimmed(label)
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let inner = trimmed(
            String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        return inner.isEmpty ? nil : inner
    }
}
