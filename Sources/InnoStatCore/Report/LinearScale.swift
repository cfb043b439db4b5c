import Foundation

/// A linear axis from `domain` to the positions `start`…`end` (`end` < `start` for a y axis,
/// whose SVG coordinates grow downwards), with a tick every `step`.
public struct LinearScale: AxisScale {
    public let domain: ClosedRange<Double>
    public let start: Double
    public let end: Double
    public let step: Double

    public init(domain: ClosedRange<Double>, start: Double, end: Double, step: Double) {
        precondition(step > 0, "a tick step is positive")
        self.domain = domain
        self.start = start
        self.end = end
        self.step = step
    }

    public func position(of value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0 else { return (start + end) / 2 }
        return start + (value - domain.lowerBound) / span * (end - start)
    }

    public var ticks: [AxisTick] {
        let first = (domain.lowerBound / step).rounded(.up)
        let last = (domain.upperBound / step + 1e-9).rounded(.down)
        guard first <= last else { return [] }
        return stride(from: first, through: last, by: 1).map {
            AxisTick(value: Self.clean($0 * step))
        }
    }

    /// The domain widened to whole steps of a round size (1, 2, 2.5 or 5 times a power of ten)
    /// giving about `tickCount` intervals. A single value is widened around itself.
    public static func nice(
        covering lower: Double, _ upper: Double, tickCount: Int = 5
    ) -> (domain: ClosedRange<Double>, step: Double) {
        precondition(lower <= upper, "the lower bound comes first")
        var low = lower
        var high = upper
        if high - low < 1e-12 {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            low -= pad
            high += pad
        }
        let step = niceStep((high - low) / Double(max(1, tickCount)))
        let domain =
            clean((low / step).rounded(.down) * step)...clean((high / step).rounded(.up) * step)
        return (domain, step)
    }

    /// The round step (1, 2, 2.5 or 5 × 10^k) nearest above `rough`.
    public static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let fraction = rough / magnitude
        let factor: Double =
            fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return clean(factor * magnitude)
    }

    /// Removes binary noise (0.30000000000000004 → 0.3).
    static func clean(_ value: Double) -> Double {
        guard value != 0 else { return 0 }
        let digits = 12 - Int(log10(abs(value)).rounded(.up))
        let scale = pow(10, Double(max(0, min(15, digits))))
        return (value * scale).rounded() / scale
    }
}
