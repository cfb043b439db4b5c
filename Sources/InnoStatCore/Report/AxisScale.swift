/// Maps data values to positions along one axis of a chart.
public protocol AxisScale: Sendable {
    /// The data values the axis spans.
    var domain: ClosedRange<Double> { get }
    /// Where `value` falls, in SVG units (values outside the domain fall outside the axis).
    func position(of value: Double) -> Double
    /// Tick values in increasing order; minor ticks get a grid line but no label.
    var ticks: [AxisTick] { get }
}

/// A tick on an axis.
public struct AxisTick: Sendable, Equatable {
    public let value: Double
    public let isMajor: Bool

    public init(value: Double, isMajor: Bool = true) {
        self.value = value
        self.isMajor = isMajor
    }
}
