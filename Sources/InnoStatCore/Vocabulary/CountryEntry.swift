/// One country of ISO 3166-1, a line of ``RegionCatalog/countryTable``.
struct CountryEntry: Sendable {
    let alpha2: String
    let alpha3: String
    /// Three digits, as ISO writes it (`004`).
    let numeric: String
    let name: String
    /// Other names publishers use (official, CLDR, UNTERM, World Bank, UIS).
    let names: [String]

    /// Reads `alpha-2|alpha-3|numeric|name|other names…`.
    init(line: Substring) {
        let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        precondition(fields.count >= 4, "country line \"\(line)\" has fewer than four fields")
        (alpha2, alpha3, numeric, name) = (fields[0], fields[1], fields[2], fields[3])
        names = Array(fields.dropFirst(4))
    }

    /// The country's aliases: alpha-2 and alpha-3 (names, so they resolve in every system),
    /// the numeric code with and without its leading zeros, and every name.
    var aliases: [RegionAlias] {
        var aliases = ([name, alpha3] + names).map { RegionAlias(alias: $0, regionCode: alpha2) }
        aliases.append(RegionAlias(alias: alpha2, regionCode: alpha2, codeSystem: .iso))
        let trimmed = String(numeric.drop { $0 == "0" })
        for code in Set([numeric, trimmed.isEmpty ? "0" : trimmed]).sorted() {
            aliases.append(RegionAlias(alias: code, regionCode: alpha2, codeSystem: .isoNumeric))
        }
        return aliases
    }
}
