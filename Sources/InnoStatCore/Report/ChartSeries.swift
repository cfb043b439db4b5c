/// One line of a chart: points in x order, drawn with a colour and a marker per point.
public struct ChartSeries: Sendable {
    /// How a point is drawn; the legend explains each shape.
    public enum Marker: Sendable, Hashable {
        /// A filled circle: a figure as published (status `A`, or `P`).
        case observed
        /// A hollow circle: status `E` (estimated), or `I` imputed.
        case estimated
        /// A filled square: status `B`, a break in the series.
        case seriesBreak
        /// A hollow triangle pointing up: the figure is a lower bound (`>66.7`).
        case lowerBound
        /// A hollow triangle pointing down: at most this much (an upper bound).
        case upperBound
        /// Nothing drawn: a point the line passes through (a Lorenz curve's origin).
        case hidden

        /// Bounds are drawn alone, not joined by the line: they are not values of the series.
        public var isBound: Bool { self == .lowerBound || self == .upperBound }
    }

    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var marker: Marker
        /// The point's tooltip (`1981: 56.0 percent`).
        public var note: String

        public init(x: Double, y: Double, marker: Marker = .observed, note: String = "") {
            self.x = x
            self.y = y
            self.marker = marker
            self.note = note
        }
    }

    public var name: String
    public var points: [Point]
    /// A CSS colour.
    public var color: String
    public var isDashed: Bool
    public var drawsLine: Bool
    public var drawsMarkers: Bool

    public init(
        name: String, points: [Point], color: String, isDashed: Bool = false,
        drawsLine: Bool = true, drawsMarkers: Bool = true
    ) {
        self.name = name
        self.points = points.sorted { $0.x < $1.x }
        self.color = color
        self.isDashed = isDashed
        self.drawsLine = drawsLine
        self.drawsMarkers = drawsMarkers
    }

    /// The marker for an SDMX status letter.
    public static func marker(forStatus status: String) -> Marker {
        switch ObservationStatus(letter: status) {
        case .estimated, .imputed: return .estimated
        case .breakInSeries: return .seriesBreak
        default: return .observed
        }
    }
}
