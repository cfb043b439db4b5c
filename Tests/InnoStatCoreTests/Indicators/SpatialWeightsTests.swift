import Foundation
import Testing

@testable import InnoStatCore

/// Weights from borders: row standardisation, the moments S0, S1, S2, islands, order, and the
/// exact refusals.
struct SpatialWeightsTests {
    /// a – b – c – d, with one border given twice.
    static func path() throws -> SpatialWeights {
        try SpatialWeights(
            regions: ["a", "b", "c", "d"],
            borders: [("a", "b"), ("b", "c"), ("c", "d"), ("b", "a")], source: "borders")
    }

    @Test func bordersMakeRowStandardisedNeighbours() throws {
        let weights = try Self.path()
        #expect(weights.ids == ["a", "b", "c", "d"])
        #expect(weights.neighbours == [[1], [0, 2], [1, 3], [2]])
        #expect(weights.weight(from: 0, to: 1) == 1)
        #expect(weights.weight(from: 1, to: 0) == 0.5)
        #expect(weights.weight(from: 0, to: 2) == 0)
        #expect(weights.isSymmetric)
        #expect(weights.excluded == [])
        // Lag: a's only neighbour b; b's mean of a and c; …
        #expect(weights.spatialLag([-2, -1, 1, 2]) == [-1, -0.5, 0.5, 1])
    }

    @Test func momentsOfThePath() throws {
        // S0 = 4 rows of 1. S1 = Σ over borders of (w_ij + w_ji)²: a–b (1 + .5)² = 2.25,
        // b–c (.5 + .5)² = 1, c–d 2.25: 5.5. S2 = Σ (1 + column sum)², column sums
        // [.5, 1.5, 1.5, .5]: 2.25 + 6.25 + 6.25 + 2.25 = 17.
        #expect(try Self.path().moments == .init(s0: 4, s1: 5.5, s2: 17))
    }

    @Test func momentsOfAOneWayCycle() throws {
        // 1 → 2 → 3 → 1, no link reciprocated: S1 = 3 pairs of (1 + 0)² = 3; every column
        // sums to 1, S2 = 3 · 2² = 12.
        let weights = try SpatialWeights.readGAL(
            Data("3\n1 1\n2\n2 1\n3\n3 1\n1\n".utf8), file: "cycle.gal")
        #expect(weights.moments == .init(s0: 3, s1: 3, s2: 12))
        #expect(!weights.isSymmetric)
        #expect(
            weights.asymmetricLinks.map { [$0.from, $0.to] } == [
                ["1", "2"], ["2", "3"], ["3", "1"],
            ])
    }

    @Test func anIslandIsAnErrorUnlessExcluded() throws {
        let error = #expect(throws: SourceFileError.self) {
            try SpatialWeights(regions: ["a", "b", "c"], borders: [("a", "b")], source: "borders")
        }
        #expect(
            error?.description
                == "borders: region \"c\" has no neighbour: an island needs islands: .exclude")
        let weights = try SpatialWeights(
            regions: ["a", "b", "c"], borders: [("a", "b")], source: "borders", islands: .exclude)
        #expect(weights.ids == ["a", "b"])
        #expect(weights.excluded == ["c"])
        #expect(weights.neighbours == [[1], [0]])
    }

    @Test(arguments: [
        (["a", "b", "a"], [("a", "b")], "borders: region \"a\" is listed twice"),
        (
            ["a", "b"], [("a", "b"), ("b", "z")],
            "borders: border 2 (\"b\", \"z\"): \"z\" is not a region"
        ),
        (
            ["a", "b"], [("a", "a")],
            "borders: border 1 (\"a\", \"a\"): a region cannot border itself"
        ),
        (
            ["a", "b"], [("a\u{1b}[31m", "b")],
            "borders: border 1 (\"a\\x1b[31m\", \"b\"): \"a\\x1b[31m\" is not a region"
        ),
    ])
    func badBordersAreRefused(regions: [String], borders: [(String, String)], message: String) {
        let error = #expect(throws: SourceFileError.self) {
            try SpatialWeights(regions: regions, borders: borders, source: "borders")
        }
        #expect(error?.description == message)
    }

    @Test func reorderingFollowsTheRegions() throws {
        let weights = try Self.path().reordered(as: ["d", "c", "b", "a"])
        #expect(weights.ids == ["d", "c", "b", "a"])
        #expect(weights.neighbours == [[1], [2, 0], [3, 1], [2]])
        #expect(weights.moments == (try Self.path().moments))
    }

    @Test(arguments: [
        (["a", "b", "c"], "borders: region \"d\" is missing from the order"),
        (["a", "b", "c", "d", "e"], "borders: region \"e\" has no row in the weights"),
        (["a", "b", "c", "a"], "borders: region \"a\" is ordered twice"),
    ])
    func reorderingNeedsEachRegionOnce(order: [String], message: String) {
        let error = #expect(throws: SourceFileError.self) {
            try Self.path().reordered(as: order)
        }
        #expect(error?.description == message)
    }
}
