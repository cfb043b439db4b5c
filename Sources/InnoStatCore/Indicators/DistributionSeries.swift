/// The regional distributions of a measure, one per year, on which disparity indices are
/// computed; shared by every index of the same basis.
struct DistributionSeries {
    /// One year's regions and what they were made of.
    struct Year {
        let year: Int
        let regions: [RegionAlignment.Region]
        let isCapital: [Bool]
        /// The numerator measure used (one of the alternatives).
        let measure: String
        /// `measure/source` of every input, per region: a region whose sources changed from the
        /// year before makes a break.
        let sourcesByRegion: [String: Set<String>]
        /// Why the year is a break in series; nil if it is not.
        var breakReason: String?
        let merges: [String]
        let dropped: [String]

        var values: [Double] { regions.map(\.numerator.value) }
        var populations: [Double] { regions.map { $0.denominator?.value ?? 1 } }
        var inputs: [ObservationPoint] {
            regions.flatMap { $0.numerator.inputs + ($0.denominator?.inputs ?? []) }
        }
    }

    let years: [Year]
    /// Why there are no years.
    let absence: String?
}
