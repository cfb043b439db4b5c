/// Which observation stands for a year when a measure has several periods in it.
///
/// A flow (the default) is published per year: the `YYYY` figure, else the latest month. A
/// stock (a count at a date, `stock: true`) takes the latest dated count in the year; a bare
/// `YYYY` ranks below any month because its date is unknown. A stock that is not a year-end
/// (`YYYY-12`) count is an estimate of the year's value: status `E`.
public enum PeriodChoice: Sendable, Equatable {
    case flow
    case stock

    /// Higher ranks win within a year.
    public func rank(of point: ObservationPoint) -> Int {
        switch (self, point.month) {
        case (.flow, nil): 13
        case (.stock, nil): 0
        case (_, let month?): month
        }
    }

    /// Whether the chosen observation is only an estimate of the year's value.
    public func isEstimate(_ point: ObservationPoint) -> Bool {
        self == .stock && !point.isYearEnd
    }

    /// For each (region, year), the observation with a value that ranks highest.
    public func pick(_ points: [ObservationPoint]) -> [RegionYear: ObservationPoint] {
        var chosen: [RegionYear: ObservationPoint] = [:]
        for point in points where point.value != nil {
            let key = RegionYear(region: point.region, year: point.year)
            if let current = chosen[key], rank(of: current) >= rank(of: point) { continue }
            chosen[key] = point
        }
        return chosen
    }
}

/// A region in a year.
public struct RegionYear: Sendable, Hashable, Comparable {
    public let region: String
    public let year: Int

    public init(region: String, year: Int) {
        self.region = region
        self.year = year
    }

    public static func < (lhs: RegionYear, rhs: RegionYear) -> Bool {
        (lhs.region, lhs.year) < (rhs.region, rhs.year)
    }
}
