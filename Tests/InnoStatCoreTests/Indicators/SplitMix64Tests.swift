import Testing

@testable import InnoStatCore

/// The generator against Vigna's reference outputs, and its draws.
struct SplitMix64Tests {
    @Test func matchesTheReferenceImplementation() {
        // splitmix64.c from seed 0.
        var generator = SplitMix64(seed: 0)
        #expect(
            [generator.next(), generator.next(), generator.next()] == [
                16_294_208_416_658_607_535, 7_960_286_522_194_355_700, 487_617_019_471_545_679,
            ])
    }

    @Test func boundedDrawsCoverTheRangeEvenly() {
        var generator = SplitMix64(seed: 1)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<6000 { counts[generator.bounded(6)] += 1 }
        // Each count is binomial, mean 1000, standard deviation 29: allow 5 of them.
        #expect(counts.allSatisfy { abs($0 - 1000) < 145 }, "\(counts)")
        #expect((0..<100).allSatisfy { _ in generator.bounded(1) == 0 })
    }

    @Test func aShuffleIsAPermutationFixedByItsSeed() {
        var first = SplitMix64(seed: 5)
        var second = SplitMix64(seed: 5)
        var a = Array(0..<50)
        var b = Array(0..<50)
        first.shuffle(&a)
        second.shuffle(&b)
        #expect(a == b)
        #expect(a.sorted() == Array(0..<50))
        #expect(a != Array(0..<50))
    }
}
