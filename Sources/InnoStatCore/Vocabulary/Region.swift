/// A row of the `region` table: a country (Korea, or any other of ISO 3166-1), one of Korea's
/// first-level divisions, or an aggregate of countries (`OECD`, `WLD`, `HIC`).
public struct Region: Sendable, Equatable {
    /// ISO 3166-1 alpha-2 for a country (`KR`, `JP`), ISO 3166-2:KR for a division (`KR-11` …
    /// `KR-50`), the publishers' code for an aggregate (`OECD`, `EU27_2020`, `WLD`).
    public let code: String
    /// English name: `Seoul`, `Gyeonggi`, …; `Korea` for `KR`.
    public let nameEN: String
    /// Current official full Korean name: `서울특별시`, `강원특별자치도`, …; `대한민국` for `KR`;
    /// nil for the other countries and the aggregates (no source of their Korean names here).
    public let nameKO: String?
    /// `country`, `province` (metropolitan and special cities are provinces here) or
    /// `aggregate`.
    public let level: String
    /// `KR` for a province, `nil` for the nation.
    public let parentCode: String?
    /// Whether the region belongs to the Capital Region (Seoul, Incheon, Gyeonggi).
    public let isCapitalRegion: Bool
    /// ISO date from which the region exists as a separate unit; `nil` means always.
    public let validFrom: String?
    /// ISO date until which the region existed; `nil` means it still does.
    public let validTo: String?

    public init(
        code: String,
        nameEN: String,
        nameKO: String?,
        level: String,
        parentCode: String?,
        isCapitalRegion: Bool,
        validFrom: String?,
        validTo: String?
    ) {
        self.code = code
        self.nameEN = nameEN
        self.nameKO = nameKO
        self.level = level
        self.parentCode = parentCode
        self.isCapitalRegion = isCapitalRegion
        self.validFrom = validFrom
        self.validTo = validTo
    }
}
