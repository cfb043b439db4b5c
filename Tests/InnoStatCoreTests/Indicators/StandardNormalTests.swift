import Testing

@testable import InnoStatCore

/// Φ and its tails against values from SciPy's `norm`.
struct StandardNormalTests {
    @Test func knownQuantiles() {
        #expect(StandardNormal.cdf(0) == 0.5)
        #expect(abs(StandardNormal.cdf(1.959963984540054) - 0.975) < 1e-15)
        #expect(abs(StandardNormal.twoTailedPValue(-1.959963984540054) - 0.05) < 1e-15)
        #expect(StandardNormal.cdf(-1.3) == StandardNormal.survival(1.3))
    }

    @Test func theFarTailKeepsItsPrecision() {
        // norm.sf(10) = 7.61985302416047e-24; 1 − Φ(10) in doubles would be 0.
        #expect(abs(StandardNormal.survival(10) / 7.61985302416047e-24 - 1) < 1e-13)
        #expect(StandardNormal.twoTailedPValue(10) == 2 * StandardNormal.survival(10))
    }
}
