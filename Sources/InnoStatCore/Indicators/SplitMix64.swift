/// SplitMix64 (Steele, Lea and Flood 2014, in Vigna's reference form): a 64-bit generator whose
/// whole state is one counter, so a seed fixes every draw on every platform and Swift version.
/// The permutation tests use it, with ``bounded(_:)`` and ``shuffle(_:)`` written here rather
/// than the standard library's, whose algorithms may change between releases.
///
/// Draws differ from NumPy's, so permutation p-values agree with PySAL's in distribution only.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The seed the permutation tests use unless told otherwise.
    public static let defaultSeed: UInt64 = 20_240_601

    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<bound, by Lemire's multiply-and-reject (no modulo bias).
    public mutating func bounded(_ bound: Int) -> Int {
        precondition(bound > 0, "a bound above zero")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// Fisher–Yates from the last element down, each swap drawn with ``bounded(_:)``.
    public mutating func shuffle<Element>(_ elements: inout [Element]) {
        var index = elements.count - 1
        while index > 0 {
            elements.swapAt(index, bounded(index + 1))
            index -= 1
        }
    }
}
