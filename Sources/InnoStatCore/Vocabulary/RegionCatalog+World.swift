extension RegionCatalog {
    /// Korea and its divisions, every other ISO 3166-1 country, and the aggregates publishers
    /// report (OECD, EU27_2020, EA20, WLD, the World Bank's income groups): the warehouse's
    /// region vocabulary. Korea keeps its own names; the country table adds its numeric code and
    /// the names other publishers give it.
    public static let standard: RegionCatalog = {
        var regions = korea.regions
        var aliases = korea.aliases
        for line in countryTable.split(separator: "\n") {
            let country = CountryEntry(line: line)
            if country.alpha2 != "KR" {
                regions.append(
                    Region(
                        code: country.alpha2, nameEN: country.name, nameKO: nil, level: "country",
                        parentCode: nil, isCapitalRegion: false, validFrom: nil, validTo: nil))
            }
            aliases += country.aliases
        }
        // Eurostat writes Greece EL (ISO GR); its UK is CLDR's name for GB, already an alias.
        aliases.append(RegionAlias(alias: "EL", regionCode: "GR"))
        for aggregate in aggregates {
            regions.append(
                Region(
                    code: aggregate.code, nameEN: aggregate.name, nameKO: nil, level: "aggregate",
                    parentCode: nil, isCapitalRegion: false, validFrom: nil, validTo: nil))
            aliases += aggregate.aliases
        }
        var seen: Set<String> = []
        aliases = aliases.filter {
            seen.insert("\($0.codeSystem?.rawValue ?? "name")\u{0}\($0.alias)").inserted
        }
        return RegionCatalog(
            regions: regions, aliases: aliases, lineage: korea.lineage,
            excludedLabels: koreaExcludedLabels)
    }()

    /// Aggregates by the codes OECD and Eurostat SDMX replies and the World Bank use, with the
    /// other publishers' codes for the same grouping: WDI's `OED`, `EUU`, `EMU` are its current
    /// OECD, EU (27 since 2020) and euro area (20 since 2023); UIS's income groups are the
    /// World Bank's classification.
    private static let aggregates: [(code: String, name: String, aliases: [RegionAlias])] = [
        aggregate("OECD", "OECD", names: ["OED", "OECD members", "OECD total", "OECD - Total"]),
        aggregate(
            "EU27_2020", "European Union (27 countries from 2020)",
            names: ["EUU", "European Union", "EU27", "European Union - 27 countries (from 2020)"]),
        aggregate("EA20", "Euro area (20 countries)", names: ["EMU", "Euro area", "Euro area 20"]),
        aggregate("WLD", "World", names: ["W", "W0", "World"], uis: ["40510"]),
        aggregate(
            "HIC", "High income", names: ["High income countries"], uis: ["40041"]),
        aggregate(
            "UMC", "Upper middle income", names: ["Upper middle income countries"],
            uis: ["40043"]),
        aggregate("MIC", "Middle income", names: ["Middle income countries"], uis: ["40030"]),
        aggregate(
            "LMC", "Lower middle income", names: ["Lower middle income countries"],
            uis: ["40042"]),
        aggregate("LIC", "Low income", names: ["Low income countries"], uis: ["40044"]),
        aggregate("LMY", "Low & middle income", names: ["Low and middle income"]),
    ]

    private static func aggregate(
        _ code: String, _ name: String, names: [String], uis: [String] = []
    ) -> (code: String, name: String, aliases: [RegionAlias]) {
        let aliases =
            ([code, name] + names).map { RegionAlias(alias: $0, regionCode: code) }
            + uis.map { RegionAlias(alias: $0, regionCode: code, codeSystem: .uis) }
        return (code, name, aliases)
    }
}
