/// The first observed year in which a series exceeds another after an observation in which it
/// did not, and the observation just before it (the bracket around the crossing when the
/// observations have gaps).
///
/// Where only one of the two is observed and a `complement` is given (shares of one total: 100),
/// the other is taken as `complement − observed`, its largest possible value. A comparison made
/// that way is certain only in one direction (a series above half the total does exceed the
/// other); otherwise it is marked inferred. A tie does not exceed.
public enum Crossover {
    public struct Point: Sendable, Equatable {
        public let year: Int
        public let series: Double?
        public let against: Double?

        public init(year: Int, series: Double?, against: Double?) {
            self.year = year
            self.series = series
            self.against = against
        }
    }

    /// One side of the bracket.
    public struct Observation: Sendable, Equatable {
        public let year: Int
        /// The series that year (the complement of the other where the series is unobserved).
        public let value: Double
        /// The value is `complement − against`, not an observation.
        public let isValueInferred: Bool
        /// Whether the series exceeded the other is not certain from the observations.
        public let isComparisonInferred: Bool
    }

    public struct Bracket: Sendable, Equatable {
        /// The last observation in which the series did not exceed the other.
        public let lastBelow: Observation
        /// The first observation after it in which the series exceeds the other.
        public let crossing: Observation
    }

    /// The first crossing in `points` (in any order), or nil if there is none.
    public static func find(_ points: [Point], complement: Double? = nil) -> Bracket? {
        var previous: (Observation, above: Bool)?
        for point in points.sorted(by: { $0.year < $1.year }) {
            guard let current = compare(point, complement: complement) else { continue }
            if let (before, wasAbove) = previous, current.above, !wasAbove {
                return Bracket(lastBelow: before, crossing: current.observation)
            }
            previous = (current.observation, current.above)
        }
        return nil
    }

    private static func compare(_ point: Point, complement: Double?)
        -> (observation: Observation, above: Bool)?
    {
        switch (point.series, point.against, complement) {
        case (let series?, let against?, _):
            let observation = Observation(
                year: point.year, value: series, isValueInferred: false,
                isComparisonInferred: false)
            return (observation, series > against)
        case (let series?, nil, let total?):
            let above = series > total - series
            let observation = Observation(
                year: point.year, value: series, isValueInferred: false,
                isComparisonInferred: !above)
            return (observation, above)
        case (nil, let against?, let total?):
            let series = total - against
            let above = series > against
            let observation = Observation(
                year: point.year, value: series, isValueInferred: true,
                isComparisonInferred: above)
            return (observation, above)
        default:
            return nil
        }
    }
}
