import Foundation

/// The standard normal distribution through the complementary error function, which keeps
/// full relative precision far into the tails (1 − Φ(z) would cancel to zero).
public enum StandardNormal {
    /// Φ(z) = erfc(−z / √2) / 2.
    public static func cdf(_ z: Double) -> Double {
        erfc(-z / 2.0.squareRoot()) / 2
    }

    /// 1 − Φ(z) = erfc(z / √2) / 2.
    public static func survival(_ z: Double) -> Double {
        erfc(z / 2.0.squareRoot()) / 2
    }

    /// P(|Z| ≥ |z|) = erfc(|z| / √2).
    public static func twoTailedPValue(_ z: Double) -> Double {
        erfc(abs(z) / 2.0.squareRoot())
    }
}
