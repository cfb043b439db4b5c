/// Puts a numerator and a denominator on one set of regions for a year.
///
/// Where a region is on one side only and its lineage parent is on both (GRDP shows Ulsan only
/// from 1998 while population estimates show it from 1970; the register shows Sejong from
/// 2012), the finer side is aggregated into the parent: the coarser side's parent already
/// includes it. Repeated until nothing changes; a region still on one side only is left out.
///
/// Only for a year that begins before the split: then a source may still report the parent
/// inclusively (GRDP's Gyeongnam holds Ulsan in 1997, split 1997-07-15). In a later year a
/// child missing on one side is a gap, not a part of its parent: it is left out.
public struct RegionAlignment: Sendable {
    /// A region's figure, with the observations it sums.
    public struct Figure: Sendable, Equatable {
        public var value: Double
        public var inputs: [ObservationPoint]

        public init(value: Double, inputs: [ObservationPoint]) {
            self.value = value
            self.inputs = inputs
        }

        static func + (lhs: Figure, rhs: Figure) -> Figure {
            Figure(value: lhs.value + rhs.value, inputs: lhs.inputs + rhs.inputs)
        }
    }

    public struct Region: Sendable, Equatable {
        public let code: String
        public let numerator: Figure
        /// nil for an index of levels.
        public let denominator: Figure?
    }

    public struct Result: Sendable, Equatable {
        /// In region code order.
        public let regions: [Region]
        /// `KR-31 into KR-48 (population)`: a child added to its parent, on the side named.
        public let merges: [String]
        /// `KR-50 (grdp_nominal only)`: on one side only, with no parent on both.
        public let dropped: [String]
    }

    /// child code → parent code.
    public let parents: [String: String]

    public init(parents: [String: String]) {
        self.parents = parents
    }

    /// The lineage in force for `year`: the splits dated after the year's first day.
    public init(lineage: [RegionLineage], year: Int) {
        var parents: [String: String] = [:]
        for split in lineage where split.splitsAfterStart(of: year) {
            parents[split.childCode] = parents[split.childCode] ?? split.parentCode
        }
        self.parents = parents
    }

    public func align(
        numerator: [String: Figure], denominator: [String: Figure]?,
        numeratorName: String, denominatorName: String
    ) -> Result {
        guard var denominator else {
            let regions = numerator.keys.sorted().map {
                Region(code: $0, numerator: numerator[$0]!, denominator: nil)
            }
            return Result(regions: regions, merges: [], dropped: [])
        }
        var numerator = numerator
        var merges: [String] = []
        var changed = true
        while changed {
            changed = false
            let oneSided = Set(numerator.keys).symmetricDifference(denominator.keys).sorted()
            for code in oneSided {
                guard let parent = parents[code], numerator[parent] != nil,
                    denominator[parent] != nil
                else { continue }
                if let figure = numerator.removeValue(forKey: code) {
                    numerator[parent] = numerator[parent]! + figure
                    merges.append("\(code) into \(parent) (\(numeratorName))")
                } else if let figure = denominator.removeValue(forKey: code) {
                    denominator[parent] = denominator[parent]! + figure
                    merges.append("\(code) into \(parent) (\(denominatorName))")
                }
                changed = true
            }
        }
        var dropped: [String] = []
        for code in Set(numerator.keys).symmetricDifference(denominator.keys).sorted() {
            dropped.append(
                "\(code) (\(numerator[code] != nil ? numeratorName : denominatorName) only)")
        }
        let regions = Set(numerator.keys).intersection(denominator.keys).sorted().map {
            Region(code: $0, numerator: numerator[$0]!, denominator: denominator[$0]!)
        }
        return Result(regions: regions, merges: merges, dropped: dropped)
    }

    /// Whether `present` covers every region of `universe`: each is present or (through its
    /// lineage) part of a present parent.
    public func covers(_ universe: [String], with present: Set<String>) -> Bool {
        missing(from: universe, present: present).isEmpty
    }

    /// The regions of `universe` that `present` does not cover.
    public func missing(from universe: [String], present: Set<String>) -> [String] {
        universe.filter { code in
            var current: String? = code
            while let region = current {
                if present.contains(region) { return false }
                current = parents[region]
            }
            return true
        }
    }
}
