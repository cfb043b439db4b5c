/// The power of ten a source's values are written in (SDMX's `UNIT_MULT`: `6` is millions,
/// `-3` thousandths); empty is 0.
struct UnitMultiplier: Equatable, Sendable {
    let exponent: Int

    /// Values written in units (`UNIT_MULT` 0).
    static let units = UnitMultiplier(exponent: 0)

    private init(exponent: Int) {
        self.exponent = exponent
    }

    init?(_ text: String) {
        let written = trimmed(text)
        if written.isEmpty {
            exponent = 0
            return
        }
        guard let exponent = Int(written), (-30...30).contains(exponent) else { return nil }
        self.exponent = exponent
    }

    /// The value in units: multiplied (or divided, for a negative exponent) by a whole power
    /// of ten, so `1.5` at 6 is `1500000` exactly.
    func apply(_ value: Double) -> Double {
        guard exponent != 0 else { return value }
        var power = 1.0
        for _ in 0..<abs(exponent) { power *= 10 }
        return exponent > 0 ? value * power : value / power
    }
}
