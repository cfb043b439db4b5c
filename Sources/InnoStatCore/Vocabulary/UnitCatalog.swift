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
        ],
        aliases: [
            "원": "KRW", "천원": "thousand KRW", "백만원": "million KRW", "억원": "100 million KRW",
            "십억원": "billion KRW", "조원": "trillion KRW", "%": "percent", "명": "persons",
            "개": "count", "개소": "count", "천명": "thousand persons",
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
