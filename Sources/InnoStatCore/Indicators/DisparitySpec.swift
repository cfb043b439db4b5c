/// A regional disparity index of a measure, per year, over the provinces.
public struct DisparitySpec: Sendable, Equatable {
    /// The code prefix: `grdp_per_capita` for `grdp_per_capita_gini`.
    public let base: String
    public let index: DisparityIndex
    /// Alternatives in order of preference: per year, the first that gives a usable region set.
    public let measures: [String]
    /// The denominator of a per-capita index; nil for an index of levels.
    public let perCapita: String?
    public let sector: String
    public let size: String
    /// Only years in which the regions cover every province (directly or through a parent).
    public let requiresAllProvinces: Bool
    /// The regions taken; nil for every province.
    public let regions: [String]?
    /// The contiguity file of a spatial index (`weights:`, under the raw-data folder): pairs of
    /// neighbouring regions, `region_a,region_b`.
    public var weights: String?

    public init(
        base: String, index: DisparityIndex, measures: [String], perCapita: String?,
        sector: String = "TOT", size: String = "ALL", requiresAllProvinces: Bool = false,
        regions: [String]? = nil
    ) {
        self.base = base
        self.index = index
        self.measures = measures
        self.perCapita = perCapita
        self.sector = sector
        self.size = size
        self.requiresAllProvinces = requiresAllProvinces
        self.regions = regions
    }

    /// Indices that share this key share one distribution per year.
    var distributionKey: String {
        [
            measures.joined(separator: "|"), perCapita ?? "-", sector, size,
            requiresAllProvinces ? "all" : "any", regions?.joined(separator: "|") ?? "provinces",
        ].joined(separator: ";")
    }

    /// `grdp_nominal / population`, or `grdp_nominal` for levels.
    public var basis: String {
        let numerator = measures.joined(separator: " or ")
        return perCapita.map { "\(numerator) / \($0)" } ?? numerator
    }
}
