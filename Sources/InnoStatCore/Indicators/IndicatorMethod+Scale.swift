extension IndicatorMethod {
    /// What a ratio is multiplied by: the factors of its measures' units when both are in one
    /// dimension (`100 million KRW` over `million KRW`: 100), and 100 for a percentage; 1 for
    /// every other method.
    func ratioScale(percent: Bool, measureUnits: [String: String]) -> Double {
        guard case .ratio(let numerator, let denominator) = self else { return 1 }
        var scale = percent ? 100.0 : 1
        if case .measure(let top) = numerator, case .measure(let bottom) = denominator,
            let topUnit = measureUnits[top.measure].flatMap(UnitCatalog.standard.unit(named:)),
            let bottomUnit = measureUnits[bottom.measure].flatMap(
                UnitCatalog.standard.unit(named:)),
            topUnit.dimension == bottomUnit.dimension
        {
            scale *= topUnit.factor / bottomUnit.factor
        }
        return scale
    }
}
