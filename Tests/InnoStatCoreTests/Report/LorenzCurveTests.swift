import Testing

@testable import InnoStatCore

struct LorenzCurveTests {
    static func unit(_ code: String, _ value: Double, _ weight: Double) -> LorenzCurve.Unit {
        LorenzCurve.Unit(code: code, name: code, value: value, weight: weight)
    }

    @Test func sortsUnitsByRatioAndAccumulatesShares() throws {
        // Ratios: A 4, B 1, C 2.
        let curve = try #require(
            LorenzCurve(units: [
                Self.unit("A", 40, 10), Self.unit("B", 10, 10), Self.unit("C", 50, 25),
            ]))
        #expect(curve.units.map(\.code) == ["B", "C", "A"])
        let weights: [Double] = [0, 1000 / 45.0, 3500 / 45.0, 100]
        let values: [Double] = [0, 10, 60, 100]
        #expect(curve.shares.map(\.weight) == weights)
        #expect(curve.shares.map(\.value) == values)
    }

    @Test func equalRatiosLieOnTheLineOfEquality() throws {
        let curve = try #require(LorenzCurve(units: [Self.unit("A", 2, 1), Self.unit("B", 6, 3)]))
        #expect(curve.shares.allSatisfy { abs($0.weight - $0.value) < 1e-12 })
        #expect(abs(curve.gini) < 1e-12)
    }

    /// Twice the area between the curve and the diagonal is DESIGN.md's Gini: weighted by
    /// population it is gini_w, with weights 1 and X = y_i the unweighted gini.
    @Test(arguments: [
        [(100.0, 10.0), (300.0, 20.0), (50.0, 5.0)],
        [
            (547_617_706, 9_386_034), (89_871_247, 1_103_661), (16_719_226, 386_525),
            (62_107_276, 1_527_807),
        ],
        [(1.0, 1.0), (0.0, 2.0), (5.0, 1.0), (2.0, 4.0), (9.0, 3.0)],
    ])
    func giniFromTheAreaEqualsTheIndices(pairs: [(Double, Double)]) throws {
        let units = pairs.enumerated().map {
            Self.unit("R\($0.offset)", $0.element.0, $0.element.1)
        }
        let weighted = try #require(LorenzCurve(units: units))
        let expectedWeighted = try #require(
            InequalityIndex.weightedGini(values: pairs.map(\.0), populations: pairs.map(\.1)))
        #expect(abs(weighted.gini - expectedWeighted) < 1e-12)
        let alike = try #require(
            LorenzCurve(units: units.map { Self.unit($0.code, $0.ratio, 1) }))
        let expected = try #require(InequalityIndex.gini(units.map(\.ratio)))
        #expect(abs(alike.gini - expected) < 1e-12)
    }

    @Test func noCurveWithoutUnitsOrWithAZeroWeightOrTotal() {
        #expect(LorenzCurve(units: []) == nil)
        #expect(LorenzCurve(units: [Self.unit("A", 1, 0)]) == nil)
        #expect(LorenzCurve(units: [Self.unit("A", 0, 1), Self.unit("B", 0, 2)]) == nil)
        #expect(LorenzCurve(units: [Self.unit("A", -1, 1)]) == nil)
    }
}
