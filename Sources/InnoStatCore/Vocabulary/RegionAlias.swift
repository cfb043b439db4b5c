/// A row of the `region_alias` table: one form in which a region is written in a source.
public struct RegionAlias: Sendable, Equatable {
    /// The alias as written in sources (`Kyonggi-do`, `서울`, `26`).
    public let alias: String
    /// ISO code of the region it names.
    public let regionCode: String
    /// The code system for codes: `.iso` for ISO codes, `.kostat`/`.administrative` for bare
    /// numbers, `.gcam` for GCAM codes; `nil` for names, which resolve in every system.
    public let codeSystem: RegionCodeSystem?

    public init(alias: String, regionCode: String, codeSystem: RegionCodeSystem? = nil) {
        self.alias = alias
        self.regionCode = regionCode
        self.codeSystem = codeSystem
    }
}
