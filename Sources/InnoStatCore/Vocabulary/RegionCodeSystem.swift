/// A system of region codes a pipeline can declare for a column.
///
/// Bare numbers mean different regions in different systems (`26` is Ulsan in the KOSTAT
/// statistical codes and Busan in the administrative codes), so they resolve only through the
/// system declared for the column.
public enum RegionCodeSystem: String, Sendable, CaseIterable {
    /// ISO 3166-2:KR (`KR-11`; bare `11` with this system).
    case iso
    /// KOSTAT statistical region codes (`11` Seoul, `21` Busan, …, `26` Ulsan, `29` Sejong).
    case kostat
    /// Administrative (legal-dong) codes (`11` Seoul, `26` Busan, …, `42` and `51` Gangwon).
    case administrative
    /// Two-letter state codes of GCAM-Korea (`SU` Seoul, `GG` Gyeonggi).
    case gcam
    /// ISO 3166-1 numeric country codes (`410` Korea, `392` Japan; `004` or `4`).
    case isoNumeric = "iso_numeric"
    /// UNESCO UIS numeric codes of its aggregates (`40510` World, `40041` High income
    /// countries); its countries are alpha-3 codes, which resolve in every system.
    case uis
}
