import Testing

@testable import InnoStatCore

struct ByteLabelCacheTests {
    private func lookUp(_ cache: ByteLabelCache, _ label: String) -> Int? {
        var label = label
        return label.withUTF8 { cache.value(for: $0) }
    }

    private func remember(_ cache: inout ByteLabelCache, _ label: String, _ value: Int) {
        var label = label
        label.withUTF8 { cache.remember(value, for: $0) }
    }

    @Test func remembersExactBytes() {
        var cache = ByteLabelCache()
        remember(&cache, "Seoul", 1)
        remember(&cache, "서울특별시", 1)
        remember(&cache, "Atlantis", -1)
        #expect(lookUp(cache, "Seoul") == 1)
        #expect(lookUp(cache, "서울특별시") == 1)
        #expect(lookUp(cache, "Atlantis") == -1)
        #expect(lookUp(cache, "seoul") == nil)
        #expect(lookUp(cache, "Seoul ") == nil)
        #expect(lookUp(cache, "") == nil)
        #expect(cache.count == 3)
    }

    @Test func keepsTheFirstValueForALabel() {
        var cache = ByteLabelCache()
        remember(&cache, "Seoul", 1)
        remember(&cache, "Seoul", 2)
        #expect(lookUp(cache, "Seoul") == 1)
        #expect(cache.count == 1)
    }

    @Test func staysWithinItsCapacity() {
        var cache = ByteLabelCache(capacity: 8)
        for number in 0..<100 {
            remember(&cache, "label \(number)", number)
        }
        #expect(cache.count == 8)
        let remembered = (0..<8).map { number in lookUp(cache, "label \(number)") }
        #expect(remembered == Array(0..<8))
        #expect(lookUp(cache, "label 8") == nil)
        #expect(lookUp(cache, "label 99") == nil)
    }

    @Test func doesNotRememberLongLabels() {
        var cache = ByteLabelCache()
        let long = String(repeating: "x", count: ByteLabelCache.maximumKeyLength + 1)
        remember(&cache, long, 5)
        #expect(lookUp(cache, long) == nil)
        #expect(cache.count == 0)
    }
}
