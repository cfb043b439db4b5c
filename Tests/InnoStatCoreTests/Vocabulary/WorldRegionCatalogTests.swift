import SQLiteStore
import Testing

@testable import InnoStatCore

/// The warehouse's region vocabulary beyond Korea: every ISO 3166-1 country of
/// Fixtures/country-codes/country-codes.csv (datasets/country-codes, ORIGIN.md) and the
/// aggregates, without changing what any Korean label resolves to.
struct WorldRegionCatalogTests {
    let catalog = RegionCatalog.standard

    struct CountryRow {
        let alpha2, alpha3, numeric, officialName, cldrName: String
    }

    static func countryRows() throws -> [CountryRow] {
        try Fixtures.csvRows("country-codes/country-codes.csv").map { row in
            CountryRow(
                alpha2: row["ISO3166-1-Alpha-2"]!, alpha3: row["ISO3166-1-Alpha-3"]!,
                numeric: row["ISO3166-1-numeric"]!, officialName: row["official_name_en"]!,
                cldrName: row["CLDR display name"]!)
        }
    }

    @Test func everyCountryOfTheCodeTableResolvesByEveryCode() throws {
        let rows = try Self.countryRows()
        #expect(rows.count == 249)
        for row in rows {
            #expect(catalog.region(code: row.alpha2)?.level == "country", "\(row.alpha2)")
            for label in [row.alpha2, row.alpha3, row.officialName, row.cldrName] {
                #expect(catalog.resolve(label) == row.alpha2, "\(label)")
            }
            let padded = String(repeating: "0", count: 3 - row.numeric.count) + row.numeric
            for code in [row.numeric, padded] {
                #expect(catalog.resolve(code, codeSystem: .isoNumeric) == row.alpha2, "\(code)")
            }
        }
        #expect(catalog.regions.filter { $0.level == "country" }.count == 249)
    }

    @Test func koreanLabelsResolveAsInTheKoreanCatalog() {
        for alias in RegionCatalog.korea.aliases {
            #expect(
                catalog.resolve(alias.alias, codeSystem: alias.codeSystem) == alias.regionCode,
                "\(alias.alias)")
        }
        #expect(catalog.regions.filter { $0.level == "province" }.count == 17)
        #expect(catalog.region(code: "KR")?.nameKO == "대한민국")
        #expect(catalog.region(code: "JP")?.nameKO == nil)
    }

    /// What is not a Korean province is no country either, but for `do`, the Dominican
    /// Republic's alpha-2 code.
    @Test func labelsThatAreNoProvinceAreNoCountry() {
        for label in RegionCatalogTests.notProvinces where label != "do" {
            #expect(catalog.resolve(label) == nil, "\(label)")
        }
        #expect(catalog.resolve("do") == "DO")
    }

    static let publisherLabels: [(String, RegionCodeSystem?, String?)] = [
        ("Korea, Rep.", nil, "KR"), ("KOR", nil, "KR"), ("410", .isoNumeric, "KR"),
        ("Korea, Dem. People's Rep.", nil, "KP"), ("North Korea", nil, "KP"),
        ("Egypt, Arab Rep.", nil, "EG"), ("Turkiye", nil, "TR"), ("United States", nil, "US"),
        ("USA", nil, "US"), ("United Kingdom", nil, "GB"), ("JPN", nil, "JP"),
        ("392", .isoNumeric, "JP"), ("392", nil, nil), ("392", .kostat, nil),
        ("OED", nil, "OECD"), ("OECD", nil, "OECD"), ("EUU", nil, "EU27_2020"),
        ("EU27_2020", nil, "EU27_2020"), ("EMU", nil, "EA20"), ("EA20", nil, "EA20"),
        ("WLD", nil, "WLD"), ("World", nil, "WLD"), ("40510", .uis, "WLD"), ("40510", nil, nil),
        ("40041", .uis, "HIC"), ("High income", nil, "HIC"), ("LMY", nil, "LMY"),
        ("40675", .uis, nil), ("XKX", nil, nil), ("CHI", nil, nil),
    ]

    @Test(arguments: publisherLabels)
    func resolvesWhatPublishersWrite(label: String, system: RegionCodeSystem?, code: String?) {
        #expect(catalog.resolve(label, codeSystem: system) == code)
    }

    @Test func aggregatesAreTheirOwnLevel() {
        let codes = catalog.regions.filter { $0.level == "aggregate" }.map(\.code)
        #expect(
            codes == ["OECD", "EU27_2020", "EA20", "WLD", "HIC", "UMC", "MIC", "LMC", "LIC", "LMY"])
    }

    @Test func theWarehouseHoldsEveryRegionAndMigratesAnOlderOne() throws {
        let folder = try TemporaryFolder()
        let database = try Database(path: folder.path + "/w.sqlite")
        let seven = Array(WarehouseSchema.migrations.prefix { $0.version <= 7 })
        _ = try Migrator(seven).migrate(database)
        try database.execute(
            "INSERT INTO region VALUES ('KR', 'Korea', '대한민국', 'country', NULL, 0, NULL, NULL)")
        #expect(throws: (any Error).self) {
            try database.execute(
                "INSERT INTO region VALUES ('OECD', 'OECD', NULL, 'aggregate', NULL, 0, NULL, NULL)"
            )
        }
        #expect(try WarehouseSchema.migrator.migrate(database) == [8])
        #expect(
            try database.rows("SELECT region_code FROM region").map { $0.text("region_code") } == [
                "KR"
            ])
        _ = try Warehouse(path: folder.path + "/w.sqlite")
        let counts = try database.rows(
            "SELECT level, count(*) AS n, count(name_ko) AS named FROM region GROUP BY level ORDER BY level"
        )
        #expect(
            counts.map { "\($0.text("level") ?? "") \($0.int("n") ?? 0) \($0.int("named") ?? 0)" }
                == ["aggregate 10 0", "country 249 1", "province 17 17"])
        #expect(
            try database.scalar(
                "SELECT region_code FROM region_alias WHERE alias = '410' AND code_system = 'iso_numeric'"
            )
                == "KR")
        #expect(try database.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(throws: (any Error).self) {
            try database.execute(
                "INSERT INTO region VALUES ('KR-99', 'X', NULL, 'province', 'KR', 0, NULL, NULL)")
        }
    }
}
