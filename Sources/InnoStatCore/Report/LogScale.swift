import Foundation

/// A base-10 logarithmic axis over whole decades, to the positions `start`…`end`: a major tick
/// at each power of ten, minor ticks at 2 and 5 times it.
public struct LogScale: AxisScale {
    public let domain: ClosedRange<Double>
    public let start: Double
    public let end: Double

    /// The decades covering `lower`…`upper` (both positive): 53…40,000 becomes 10…100,000.
    public init(covering lower: Double, _ upper: Double, start: Double, end: Double) {
        precondition(lower > 0 && lower <= upper, "a log scale covers positive values, lower first")
        var low = log10(lower).rounded(.down)
        var high = log10(upper).rounded(.up)
        if high <= low {
            low -= 1
            high += 1
        }
        domain = pow(10, low)...pow(10, high)
        self.start = start
        self.end = end
    }

    public func position(of value: Double) -> Double {
        guard value > 0 else { return start }
        let low = log10(domain.lowerBound)
        let high = log10(domain.upperBound)
        return start + (log10(value) - low) / (high - low) * (end - start)
    }

    public var ticks: [AxisTick] {
        let low = Int(log10(domain.lowerBound).rounded())
        let high = Int(log10(domain.upperBound).rounded())
        var ticks: [AxisTick] = []
        for exponent in low...high {
            let decade = pow(10, Double(exponent))
            ticks.append(AxisTick(value: decade))
            guard exponent < high else { break }
            ticks.append(AxisTick(value: 2 * decade, isMajor: false))
            ticks.append(AxisTick(value: 5 * decade, isMajor: false))
        }
        return ticks
    }
}
