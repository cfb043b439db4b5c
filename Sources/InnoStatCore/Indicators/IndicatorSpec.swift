/// One indicator of indicators.yaml.
public struct IndicatorSpec: Sendable, Equatable {
    public let code: String
    public let name: String
    public let unit: String
    /// What the indicator means, in words.
    public let definition: String
    /// How it is computed, in the notation of DESIGN.md.
    public let formula: String
    /// The region its rows carry (`KR`).
    public let region: String
    /// The years it is computed for; nil for every year the inputs allow.
    public let years: ClosedRange<Int>?
    public let periodChoice: PeriodChoice
    public let method: IndicatorMethod
    /// Where it is declared, for messages: `indicators[3]`.
    public let keyPath: String
    /// `regions: provinces` or `countries`: one series for every province, or for every
    /// country and aggregate with inputs, instead of `region`.
    public var regionSet: RegionSet?

    public enum RegionSet: String, Sendable, Equatable {
        case provinces, countries
    }
    /// What a ratio is multiplied by: its units' factors (`100 million KRW` over `million KRW`
    /// is 100) and 100 for a percentage (`percent: true`).
    public var ratioScale = 1.0

    public init(
        code: String, name: String, unit: String, definition: String, formula: String,
        region: String, years: ClosedRange<Int>?, periodChoice: PeriodChoice,
        method: IndicatorMethod, keyPath: String
    ) {
        self.code = code
        self.name = name
        self.unit = unit
        self.definition = definition
        self.formula = formula
        self.region = region
        self.years = years
        self.periodChoice = periodChoice
        self.method = method
        self.keyPath = keyPath
    }

    /// The same indicator for another region.
    func inRegion(_ code: String) -> IndicatorSpec {
        var spec = IndicatorSpec(
            code: self.code, name: name, unit: unit,
            definition: definition, formula: formula, region: code, years: years,
            periodChoice: periodChoice, method: method, keyPath: keyPath)
        spec.ratioScale = ratioScale
        return spec
    }

    /// Whether `year` is in the declared range.
    public func covers(_ year: Int) -> Bool {
        years?.contains(year) ?? true
    }
}
