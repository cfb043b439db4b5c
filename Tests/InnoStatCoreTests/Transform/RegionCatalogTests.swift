import Testing

@testable import InnoStatCore

@Suite struct RegionCatalogTests {
    let catalog = RegionCatalog.korea

    // MARK: Labels met in the shared data files

    /// Column 1 of kosis/시도별 지역내총생산.csv and population/주민등록인구_시도별_2000_2024.csv.
    static let kosisLabels: [(String, String)] = [
        ("전국", "KR"), ("서울특별시", "KR-11"), ("부산광역시", "KR-26"), ("대구광역시", "KR-27"),
        ("인천광역시", "KR-28"), ("광주광역시", "KR-29"), ("대전광역시", "KR-30"),
        ("울산광역시", "KR-31"), ("세종특별자치시", "KR-50"), ("경기도", "KR-41"),
        ("강원특별자치도", "KR-42"), ("충청북도", "KR-43"), ("충청남도", "KR-44"),
        ("전북특별자치도", "KR-45"), ("전라남도", "KR-46"), ("경상북도", "KR-47"),
        ("경상남도", "KR-48"), ("제주특별자치도", "KR-49"),
    ]

    /// regional_rd/rnd_money.csv, rnd_population.csv and the region_ko column of
    /// regional_rd_from_pages_round2.csv.
    static let shortKoreanLabels: [(String, String)] = [
        ("서울", "KR-11"), ("부산", "KR-26"), ("대구", "KR-27"), ("인천", "KR-28"),
        ("광주", "KR-29"), ("대전", "KR-30"), ("울산", "KR-31"), ("세종", "KR-50"),
        ("경기", "KR-41"), ("강원", "KR-42"), ("충북", "KR-43"), ("충남", "KR-44"),
        ("전북", "KR-45"), ("전남", "KR-46"), ("경북", "KR-47"), ("경남", "KR-48"),
        ("제주", "KR-49"), ("전국", "KR"),
    ]

    /// The region column of regional_rd/*_from_pages*.csv and state_name of
    /// population/states_subregions.csv.
    static let englishLabels: [(String, String)] = [
        ("National", "KR"), ("Seoul", "KR-11"), ("Busan", "KR-26"), ("Daegu", "KR-27"),
        ("Incheon", "KR-28"), ("Gwangju", "KR-29"), ("Daejeon", "KR-30"), ("Ulsan", "KR-31"),
        ("Sejong", "KR-50"), ("Gyeonggi", "KR-41"), ("Gangwon", "KR-42"), ("Chungbuk", "KR-43"),
        ("Chungnam", "KR-44"), ("Jeonbuk", "KR-45"), ("Jeonnam", "KR-46"),
        ("Gyeongbuk", "KR-47"), ("Gyeongnam", "KR-48"), ("Jeju", "KR-49"),
    ]

    /// REGIONS of bench/gen_microdata.py: Korean and old romanized names.
    static let microdataLabels: [(String, String)] = [
        ("서울특별시", "KR-11"), ("Soul", "KR-11"), ("부산광역시", "KR-26"), ("Pusan", "KR-26"),
        ("대구광역시", "KR-27"), ("Taegu", "KR-27"), ("인천광역시", "KR-28"),
        ("Inchon", "KR-28"), ("광주광역시", "KR-29"), ("Kwangju", "KR-29"),
        ("대전광역시", "KR-30"), ("Taejon", "KR-30"), ("울산광역시", "KR-31"), ("Ulsan", "KR-31"),
        ("세종특별자치시", "KR-50"), ("Sejong", "KR-50"), ("경기도", "KR-41"),
        ("Kyonggi-do", "KR-41"), ("강원도", "KR-42"), ("Kangwon-do", "KR-42"),
        ("충청북도", "KR-43"), ("Chungchongbuk-do", "KR-43"), ("충청남도", "KR-44"),
        ("Chungchongnam-do", "KR-44"), ("전라북도", "KR-45"), ("Chollabuk-do", "KR-45"),
        ("전라남도", "KR-46"), ("Chollanam-do", "KR-46"), ("경상북도", "KR-47"),
        ("Kyongsangbuk-do", "KR-47"), ("경상남도", "KR-48"), ("Kyongsangnam-do", "KR-48"),
        ("제주특별자치도", "KR-49"), ("Cheju-do", "KR-49"),
    ]

    @Test(arguments: kosisLabels + shortKoreanLabels + englishLabels + microdataLabels)
    func resolvesLabelFromTheData(label: String, code: String) {
        #expect(catalog.resolve(label) == code)
        for system in RegionCodeSystem.allCases {
            #expect(catalog.resolve(label, codeSystem: system) == code)
        }
    }

    /// KOSTAT statistical codes of bench/gen_microdata.py.
    static let kostatCodes: [(String, String)] = [
        ("11", "KR-11"), ("21", "KR-26"), ("22", "KR-27"), ("23", "KR-28"), ("24", "KR-29"),
        ("25", "KR-30"), ("26", "KR-31"), ("29", "KR-50"), ("31", "KR-41"), ("32", "KR-42"),
        ("33", "KR-43"), ("34", "KR-44"), ("35", "KR-45"), ("36", "KR-46"), ("37", "KR-47"),
        ("38", "KR-48"), ("39", "KR-49"), ("00", "KR"),
    ]

    @Test(arguments: kostatCodes)
    func resolvesKOSTATCode(label: String, code: String) {
        #expect(catalog.resolve(label, codeSystem: .kostat) == code)
        #expect(catalog.resolve(label) == nil)
    }

    static let administrativeCodes: [(String, String)] = [
        ("11", "KR-11"), ("26", "KR-26"), ("27", "KR-27"), ("28", "KR-28"), ("29", "KR-29"),
        ("30", "KR-30"), ("31", "KR-31"), ("36", "KR-50"), ("41", "KR-41"), ("42", "KR-42"),
        ("51", "KR-42"), ("43", "KR-43"), ("44", "KR-44"), ("45", "KR-45"), ("52", "KR-45"),
        ("46", "KR-46"), ("47", "KR-47"), ("48", "KR-48"), ("50", "KR-49"), ("49", "KR-49"),
    ]

    @Test(arguments: administrativeCodes)
    func resolvesAdministrativeCode(label: String, code: String) {
        #expect(catalog.resolve(label, codeSystem: .administrative) == code)
        #expect(catalog.resolve(label) == nil)
    }

    /// `26` is Ulsan in KOSTAT statistical codes and Busan in administrative codes.
    @Test(arguments: [
        (RegionCodeSystem.kostat, "KR-31"), (.administrative, "KR-26"), (.iso, "KR-26"),
    ])
    func resolves26ThroughItsSystemOnly(system: RegionCodeSystem, code: String) {
        #expect(catalog.resolve("26", codeSystem: system) == code)
        #expect(catalog.resolve(" 26 ", codeSystem: system) == code)
        #expect(catalog.resolve("26", codeSystem: .gcam) == nil)
        #expect(catalog.resolve("26") == nil)
    }

    @Test(arguments: ["11", "26", "31", "00", "99", "1", "011"])
    func bareNumberWithoutSystemIsNil(label: String) {
        #expect(catalog.resolve(label) == nil)
    }

    @Test(arguments: ["99", "12", "20", "53", "011", "1", "KR"])
    func unknownNumberIsNilInEverySystem(label: String) {
        for system in [RegionCodeSystem.kostat, .administrative] {
            #expect(catalog.resolve(label, codeSystem: system) == (label == "KR" ? "KR" : nil))
        }
    }

    /// state column of population/Census_pop_hist.csv and states_subregions.csv.
    static let gcamCodes: [(String, String)] = [
        ("SU", "KR-11"), ("IC", "KR-28"), ("DJ", "KR-30"), ("DG", "KR-27"), ("GJ", "KR-29"),
        ("BS", "KR-26"), ("US", "KR-31"), ("GG", "KR-41"), ("GW", "KR-42"), ("CB", "KR-43"),
        ("CN", "KR-44"), ("JB", "KR-45"), ("JN", "KR-46"), ("GB", "KR-47"), ("GN", "KR-48"),
        ("JJ", "KR-49"),
    ]

    @Test(arguments: gcamCodes)
    func resolvesGCAMCodeOnlyWithGCAM(label: String, code: String) {
        #expect(catalog.resolve(label, codeSystem: .gcam) == code)
        #expect(catalog.resolve(label.lowercased(), codeSystem: .gcam) == code)
        #expect(catalog.resolve(label) == nil)
        #expect(catalog.resolve(label, codeSystem: .kostat) == nil)
        #expect(catalog.resolve(label, codeSystem: .administrative) == nil)
        #expect(catalog.resolve(label, codeSystem: .iso) == nil)
    }

    static let isoCodes = [
        "KR", "KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-41", "KR-42",
        "KR-43", "KR-44", "KR-45", "KR-46", "KR-47", "KR-48", "KR-49", "KR-50",
    ]

    @Test(arguments: isoCodes)
    func resolvesISOCodeInEverySystem(code: String) {
        #expect(catalog.resolve(code) == code)
        #expect(catalog.resolve(code.lowercased()) == code)
        for system in RegionCodeSystem.allCases {
            #expect(catalog.resolve(code, codeSystem: system) == code)
        }
        if code != "KR" {
            #expect(catalog.resolve(String(code.dropFirst(3)), codeSystem: .iso) == code)
        }
    }

    @Test func isoNumberFollowsISONotAdministrative() {
        #expect(catalog.resolve("50", codeSystem: .iso) == "KR-50")
        #expect(catalog.resolve("50", codeSystem: .administrative) == "KR-49")
        #expect(catalog.resolve("49", codeSystem: .iso) == "KR-49")
    }

    // MARK: Aliases from the brief

    static let nationAliases = [
        "전국", "계", "합계", "총계", "대한민국", "National", "Korea", "Republic of Korea",
        "South Korea", "Korea, Rep.", "Total", "KR", "KOR", "total", "NATIONAL", " 전국 ",
    ]

    @Test(arguments: nationAliases)
    func resolvesNation(label: String) {
        #expect(catalog.resolve(label) == "KR")
    }

    static let koreanNames: [(String, String)] = [
        ("서울시", "KR-11"), ("부산직할시", "KR-26"), ("대구직할시", "KR-27"),
        ("인천직할시", "KR-28"), ("광주직할시", "KR-29"), ("대전직할시", "KR-30"),
        ("울산시", "KR-31"), ("세종시", "KR-50"), ("강원도", "KR-42"),
        ("강원특별자치도", "KR-42"), ("전라북도", "KR-45"), ("전북특별자치도", "KR-45"),
        ("제주도", "KR-49"), ("제주특별자치도", "KR-49"), ("서울 특별시", "KR-11"),
        ("\u{00A0}경기도\u{3000}", "KR-41"), ("\u{FEFF}전국", "KR"),
        // NFD (conjoining jamo) input.
        ("\u{1109}\u{1165}\u{110B}\u{116E}\u{11AF}", "KR-11"),
    ]

    @Test(arguments: koreanNames)
    func resolvesKoreanName(label: String, code: String) {
        #expect(catalog.resolve(label) == code)
    }

    static let revisedRomanizations: [(String, String)] = [
        ("Seoul", "KR-11"), ("Busan", "KR-26"), ("Daegu", "KR-27"), ("Incheon", "KR-28"),
        ("Gwangju", "KR-29"), ("Daejeon", "KR-30"), ("Ulsan", "KR-31"), ("Sejong", "KR-50"),
        ("Gyeonggi", "KR-41"), ("Gangwon", "KR-42"), ("Chungcheongbuk", "KR-43"),
        ("Chungcheongnam", "KR-44"), ("Jeollabuk", "KR-45"), ("Jeollanam", "KR-46"),
        ("Gyeongsangbuk", "KR-47"), ("Gyeongsangnam", "KR-48"), ("Jeju", "KR-49"),
        ("Gyeonggi-do", "KR-41"), ("Gyeonggi Province", "KR-41"), ("gyeonggi do", "KR-41"),
        ("Chungcheongbuk-do", "KR-43"), ("Chungcheongnam-do", "KR-44"),
        ("Jeollabuk-do", "KR-45"), ("Jeollanam-do", "KR-46"), ("Gyeongsangbuk-do", "KR-47"),
        ("Gyeongsangnam-do", "KR-48"), ("Jeju-do", "KR-49"), ("Gangwon-do", "KR-42"),
        ("North Chungcheong", "KR-43"), ("South Chungcheong", "KR-44"),
        ("North Jeolla", "KR-45"), ("South Jeolla", "KR-46"), ("North Gyeongsang", "KR-47"),
        ("South Gyeongsang", "KR-48"), ("North Jeolla Province", "KR-45"),
        ("Seoul Special City", "KR-11"), ("Seoul-si", "KR-11"), ("Seoul-teukbyeolsi", "KR-11"),
        ("Busan Metropolitan City", "KR-26"), ("Busan-gwangyeoksi", "KR-26"),
        ("Daegu City", "KR-27"), ("Gwangju Metropolitan City", "KR-29"),
        ("Gwangju-gwangyeoksi", "KR-29"), ("Daejeon-si", "KR-30"),
        ("Sejong Special Self-Governing City", "KR-50"), ("Sejong-si", "KR-50"),
        ("Jeju Special Self-Governing Province", "KR-49"), ("Gangwon State", "KR-42"),
        ("Gangwon Special Self-Governing Province", "KR-42"), ("Jeonbuk State", "KR-45"),
        ("Jeonbuk Special Self-Governing Province", "KR-45"), ("SEOUL", "KR-11"),
        ("ｓｅｏｕｌ", "KR-11"), ("Chungbuk", "KR-43"), ("Chungnam", "KR-44"),
        ("Jeonbuk", "KR-45"), ("Jeonnam", "KR-46"), ("Gyeongbuk", "KR-47"),
        ("Gyeongnam", "KR-48"),
    ]

    @Test(arguments: revisedRomanizations)
    func resolvesRevisedRomanization(label: String, code: String) {
        #expect(catalog.resolve(label) == code)
    }

    static let mccuneReischauer: [(String, String)] = [
        ("Soul", "KR-11"), ("Sŏul", "KR-11"), ("Pusan", "KR-26"), ("Taegu", "KR-27"),
        ("Inchon", "KR-28"), ("Inch'on", "KR-28"), ("Inch’ŏn", "KR-28"), ("Kwangju", "KR-29"),
        ("Taejon", "KR-30"), ("Taejŏn", "KR-30"), ("Ulsan", "KR-31"), ("Kyonggi", "KR-41"),
        ("Kyŏnggi", "KR-41"), ("Kyŏnggi-do", "KR-41"), ("KYONGGI-DO", "KR-41"),
        ("Kangwon", "KR-42"), ("Kangwŏn-do", "KR-42"), ("Chungchongbuk", "KR-43"),
        ("Ch'ungch'ŏng-bukto", "KR-43"), ("Ch’ungch’ŏng-pukto", "KR-43"),
        ("Chʼungchʼŏng-bukto", "KR-43"), ("Chungchongnam", "KR-44"),
        ("Ch'ungch'ŏng-namdo", "KR-44"), ("Chollabuk", "KR-45"), ("Chŏlla-bukto", "KR-45"),
        ("Chollanam", "KR-46"), ("Chŏlla-namdo", "KR-46"), ("Kyongsangbuk", "KR-47"),
        ("Kyŏngsang-bukto", "KR-47"), ("Kyongsangnam", "KR-48"), ("Kyŏngsang-namdo", "KR-48"),
        ("Cheju", "KR-49"), ("Cheju-do", "KR-49"),
        // ŏ written with a combining breve (NFD).
        ("Kyo\u{0306}nggi", "KR-41"),
    ]

    @Test(arguments: mccuneReischauer)
    func resolvesMcCuneReischauer(label: String, code: String) {
        #expect(catalog.resolve(label) == code)
    }

    /// Cities, macro-regions and aggregates are not provinces and must not resolve.
    static let notProvinces = [
        "Kumi", "Gumi", "Kwangyang", "Gwangyang", "Daeduck", "Daedeok", "Suwon", "Suwon-si",
        "Changwon", "Pohang", "광주시", "Gwangju-si", "Gwangju City", "Kwangju-si", "제주시",
        "Jeju City", "Jeju-si", "Yeongnam", "Honam", "", "  ", "-", "do", "Province", "City",
        // Aggregates in regional_rd/*_from_pages*.csv.
        "Capital region", "Capital region (Seoul+Gyeonggi+Incheon)",
        "Capital region (Seoul+Incheon+Gyeonggi)", "Capital / Daejeon / other",
        "Capital region / Daejeon / other regions", "Non-capital", "Non-capital region",
        "Non-capital (other 14)", "Non-capital excl. Daejeon", "Other 13 provinces",
        "Daejeon/Seoul/Gyeonggi/Sejong", "Gyeonggi/Gwangju/Jeonnam/Jeonbuk/Jeju",
        "Gyeonggi/Seoul/Daejeon/Gyeongbuk/Jeju", "Gyeonggi/Seoul/Incheon/Gyeongnam/Busan",
        "Gyeonggi/Seoul/capital/Gyeongnam", "수도권", "비수도권", "지방", "대전 제외 지방",
        "대전/서울/경기/세종", "경기/광주/전남/전북/제주", "경기/서울/대전/경북/제주",
        "경기/서울/수도권/경남", "경기/서울/인천/경남/부산", "수도권/대전/기타지방",
        "수도권/대전/지방",
        // Column headers of the KOSIS and resident-registration files.
        "시도별", "행정구역(시군구)별",
    ]

    @Test(arguments: notProvinces)
    func doesNotResolveNonProvince(label: String) {
        #expect(catalog.resolve(label) == nil)
        for system in RegionCodeSystem.allCases {
            #expect(catalog.resolve(label, codeSystem: system) == nil)
        }
    }

    // MARK: Suggestions

    @Test(arguments: [
        ("Kyongi", "Kyonggi"), ("서을", "서울"), ("Gyeongi", "Gyeonggi"), ("Seol", "Seoul"),
        ("Chungbok", "Chungbuk"), ("경기두", "경기도"), ("Jeolabuk-do", "Jeollabuk-do"),
    ])
    func suggestsClosestName(label: String, expected: String) {
        let names = catalog.closestNames(to: label)
        #expect(names.count == 3)
        #expect(names.contains(expected))
        #expect(catalog.resolve(label) == nil)
    }

    @Test func suggestsBestFirstAndHonoursLimit() {
        #expect(catalog.closestNames(to: "Kyongi").first == "Kyonggi")
        #expect(catalog.closestNames(to: "서을", limit: 1) == ["서울"])
        #expect(catalog.closestNames(to: "Kyongi", limit: 0).isEmpty)
        #expect(catalog.closestNames(to: "Kyongi", limit: 5).count == 5)
    }

    @Test func suggestsNamesNotCodes() {
        let names = catalog.closestNames(to: "KR-1", limit: 10)
        #expect(!names.contains("KR-11"))
        #expect(!catalog.closestNames(to: "1", limit: 10).contains("11"))
    }

    // MARK: Regions, lineage, capital region

    @Test func listsNationThenProvincesInISOOrder() {
        #expect(catalog.regions.map(\.code) == Self.isoCodes)
        #expect(catalog.regions.first?.level == "country")
        #expect(catalog.regions.first?.parentCode == nil)
        #expect(catalog.regions.first?.nameKO == "대한민국")
        #expect(catalog.regions.first?.nameEN == "Korea")
        for region in catalog.regions.dropFirst() {
            #expect(region.level == "province")
            #expect(region.parentCode == "KR")
            #expect(region.validTo == nil)
        }
    }

    @Test(arguments: [
        ("KR-11", "Seoul", "서울특별시"), ("KR-42", "Gangwon", "강원특별자치도"),
        ("KR-45", "Jeonbuk", "전북특별자치도"), ("KR-49", "Jeju", "제주특별자치도"),
        ("KR-50", "Sejong", "세종특별자치시"), ("KR-41", "Gyeonggi", "경기도"),
    ])
    func namesRegion(code: String, nameEN: String, nameKO: String) {
        let region = catalog.region(code: code)
        #expect(region?.nameEN == nameEN)
        #expect(region?.nameKO == nameKO)
    }

    @Test(arguments: [
        ("KR-29", "KR-46", "1986-11-01"), ("KR-30", "KR-44", "1989-01-01"),
        ("KR-31", "KR-48", "1997-07-15"), ("KR-50", "KR-44", "2012-07-01"),
    ])
    func knowsLineage(child: String, parent: String, date: String) {
        #expect(catalog.lineageParent(of: child) == parent)
        #expect(catalog.region(code: child)?.validFrom == date)
        #expect(
            catalog.lineage.contains(
                RegionLineage(childCode: child, parentCode: parent, splitDate: date)
            )
        )
    }

    @Test func hasNoOtherLineage() {
        #expect(catalog.lineage.count == 4)
        #expect(catalog.lineageParent(of: "KR-11") == nil)
        #expect(catalog.lineageParent(of: "KR") == nil)
        let dated = catalog.regions.filter { $0.validFrom != nil }.map(\.code)
        #expect(dated == ["KR-29", "KR-30", "KR-31", "KR-50"])
    }

    @Test func capitalRegionIsSeoulIncheonGyeonggi() {
        #expect(catalog.capitalRegionCodes == ["KR-11", "KR-28", "KR-41"])
        #expect(catalog.region(code: "KR-28")?.isCapitalRegion == true)
        #expect(catalog.region(code: "KR-30")?.isCapitalRegion == false)
    }

    @Test func unknownCodeHasNoRegion() {
        #expect(catalog.region(code: "KR-99") == nil)
        #expect(catalog.region(code: "kr-11") == nil)
    }

    // MARK: The alias table

    @Test func aliasesDoNotCollideAfterNormalization() {
        var codeByKey: [String: String] = [:]
        for alias in catalog.aliases {
            let isName =
                alias.codeSystem == nil
                || (alias.codeSystem == .iso && !LabelNormalizer.isDigits(alias.alias))
            let scope = isName ? "name" : alias.codeSystem!.rawValue
            let key = scope + ":" + RegionCatalog.normalize(alias.alias)
            if let existing = codeByKey[key] {
                #expect(existing == alias.regionCode, "\(alias.alias) is both")
            }
            codeByKey[key] = alias.regionCode
        }
    }

    @Test func aliasTableHasNoExactDuplicates() {
        let rows = catalog.aliases.map { "\($0.alias)|\($0.codeSystem?.rawValue ?? "")" }
        #expect(Set(rows).count == rows.count)
    }

    @Test func everyAliasResolvesToItsRegion() {
        for alias in catalog.aliases {
            #expect(
                catalog.resolve(alias.alias, codeSystem: alias.codeSystem) == alias.regionCode,
                "\(alias.alias)"
            )
        }
    }

    @Test func everyRegionHasItsNamesAndCodeAsAliases() {
        for region in catalog.regions {
            let mine = catalog.aliases.filter { $0.regionCode == region.code }
            #expect(mine.contains(RegionAlias(alias: region.nameEN, regionCode: region.code)))
            #expect(mine.contains(RegionAlias(alias: region.nameKO!, regionCode: region.code)))
            #expect(
                mine.contains(
                    RegionAlias(alias: region.code, regionCode: region.code, codeSystem: .iso)
                )
            )
        }
    }

    @Test func codeSystemIsSetOnlyForCodes() {
        for alias in catalog.aliases where alias.codeSystem == nil {
            #expect(!LabelNormalizer.isDigits(alias.alias))
            #expect(!alias.alias.hasPrefix("KR-"))
        }
        let gcam = catalog.aliases.filter { $0.codeSystem == .gcam }
        #expect(gcam.count == 16)
    }

    @Test func noAliasIsAnExcludedCityLabel() {
        let excluded = ["광주시", "gwangjusi", "gwangjucity", "제주시", "jejusi", "jejucity"]
        for alias in catalog.aliases {
            #expect(!excluded.contains(LabelNormalizer.fold(alias.alias)), "\(alias.alias)")
        }
    }

    // MARK: The UTF-8 path

    static func variants(of label: String) -> [String] {
        [
            label, label.uppercased(), label.lowercased(), " \(label) ", label + "-do",
            label + " City",
        ]
    }

    @Test func utf8PathAgreesWithStringPath() {
        let labels =
            catalog.aliases.map(\.alias) + Self.notProvinces + Self.nationAliases
            + Self.mccuneReischauer.map(\.0) + Self.koreanNames.map(\.0) + ["\u{FF}\u{80}", "1 1"]
        let systems: [RegionCodeSystem?] = [nil] + RegionCodeSystem.allCases
        for label in labels.flatMap(Self.variants(of:)) {
            for system in systems {
                var copy = label
                let viaBytes = copy.withUTF8 { catalog.resolve(utf8: $0, codeSystem: system) }
                #expect(viaBytes == catalog.resolve(label, codeSystem: system), "\(label)")
            }
        }
    }

    @Test(
        arguments: [
            ("Kyonggi-do", nil, "KR-41"), ("서울특별시", nil, "KR-11"), ("SEOUL", nil, "KR-11"),
            ("26", RegionCodeSystem.kostat, "KR-31"), ("26", .administrative, "KR-26"),
            ("26", nil, nil), ("su", .gcam, "KR-11"), ("SU", nil, nil), ("KR-11", nil, "KR-11"),
            ("Kumi", nil, nil), ("Gwangju-si", nil, nil), ("Seoul Special City", .kostat, "KR-11"),
        ] as [(String, RegionCodeSystem?, String?)])
    func resolvesUTF8Field(label: String, system: RegionCodeSystem?, code: String?) {
        var copy = label
        #expect(copy.withUTF8 { catalog.resolve(utf8: $0, codeSystem: system) } == code)
    }

    // MARK: Normalization

    @Test(arguments: [
        ("Kyŏnggi-do", "kyonggi"), ("Ch'ungch'ŏng-bukto", "chungchongbukto"),
        ("Seoul Special City", "seoul"), ("Busan Metropolitan City", "busan"),
        ("Gyeonggi-do Province", "gyeonggi"), ("서울 특별시", "서울특별시"), ("KR-11", "kr11"),
        ("  Jeju Special Self-Governing Province\u{00A0}", "jeju"), ("Korea, Rep.", "korearep"),
        ("Do", "do"),
    ])
    func normalizes(label: String, key: String) {
        #expect(RegionCatalog.normalize(label) == key)
    }
}
