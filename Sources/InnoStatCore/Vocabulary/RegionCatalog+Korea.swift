extension RegionCatalog {
    /// The Republic of Korea and its 17 first-level divisions (ISO 3166-2:KR), with the aliases
    /// met in KOSIS, resident-registration, GCAM-Korea, regional R&D and survey files.
    public static let korea = RegionCatalog(
        regions: koreaDivisions.map(\.region),
        aliases: koreaDivisions.flatMap(\.aliases),
        lineage: [
            RegionLineage(childCode: "KR-29", parentCode: "KR-46", splitDate: "1986-11-01"),
            RegionLineage(childCode: "KR-30", parentCode: "KR-44", splitDate: "1989-01-01"),
            RegionLineage(childCode: "KR-31", parentCode: "KR-48", splitDate: "1997-07-15"),
            RegionLineage(childCode: "KR-50", parentCode: "KR-44", splitDate: "2012-07-01"),
        ],
        excludedLabels: koreaExcludedLabels
    )

    static let koreaExcludedLabels = [
        // 광주시 / Gwangju-si is a city of Gyeonggi; Kwangju-si also names the pre-1986 city
        // of South Chŏlla. The metropolitan city is 광주광역시 / Gwangju Metropolitan City.
        "광주시", "Gwangju-si", "Gwangju City", "Kwangju-si", "Kwangju City",
        // 제주시 / Jeju City is a city inside the province, not the province.
        "제주시", "Jeju-si", "Jeju City", "Cheju-si", "Cheju City",
    ]

    private static let koreaDivisions: [RegionDivision] = [
        RegionDivision(
            code: "KR", nameEN: "Korea", nameKO: "대한민국",
            names: [
                "전국", "계", "합계", "총계", "한국", "National", "Nationwide", "Whole country",
                "Republic of Korea", "South Korea", "Korea, Rep.", "Korea, Republic of",
                "Rep. of Korea", "ROK", "KOR", "Total",
            ],
            kostat: ["00"]
        ),
        RegionDivision(
            code: "KR-11", nameEN: "Seoul", nameKO: "서울특별시", capital: true,
            names: [
                "서울", "서울시", "Seoul Special City", "Seoul-teukbyeolsi", "Soul", "Sŏul",
                "Sŏul-t'ŭkpyŏlsi",
            ],
            kostat: ["11"], administrative: ["11"], gcam: ["SU"]
        ),
        RegionDivision(
            code: "KR-26", nameEN: "Busan", nameKO: "부산광역시",
            names: [
                "부산", "부산시", "부산직할시", "Busan Metropolitan City", "Busan-gwangyeoksi",
                "Pusan", "Pusan-gwangyŏksi",
            ],
            kostat: ["21"], administrative: ["26"], gcam: ["BS"]
        ),
        RegionDivision(
            code: "KR-27", nameEN: "Daegu", nameKO: "대구광역시",
            names: [
                "대구", "대구시", "대구직할시", "Daegu Metropolitan City", "Daegu-gwangyeoksi",
                "Taegu", "Taegu-gwangyŏksi",
            ],
            kostat: ["22"], administrative: ["27"], gcam: ["DG"]
        ),
        RegionDivision(
            code: "KR-28", nameEN: "Incheon", nameKO: "인천광역시", capital: true,
            names: [
                "인천", "인천시", "인천직할시", "Incheon Metropolitan City", "Incheon-gwangyeoksi",
                "Inchon", "Inch'on", "Inch'ŏn", "Inch'ŏn-gwangyŏksi",
            ],
            kostat: ["23"], administrative: ["28"], gcam: ["IC"]
        ),
        RegionDivision(
            code: "KR-29", nameEN: "Gwangju", nameKO: "광주광역시", validFrom: "1986-11-01",
            names: [
                "광주", "광주직할시", "Gwangju Metropolitan City", "Gwangju-gwangyeoksi",
                "Kwangju", "Kwangju-gwangyŏksi",
            ],
            kostat: ["24"], administrative: ["29"], gcam: ["GJ"]
        ),
        RegionDivision(
            code: "KR-30", nameEN: "Daejeon", nameKO: "대전광역시", validFrom: "1989-01-01",
            names: [
                "대전", "대전시", "대전직할시", "Daejeon Metropolitan City", "Daejeon-gwangyeoksi",
                "Taejon", "Taejŏn", "Taejŏn-gwangyŏksi",
            ],
            kostat: ["25"], administrative: ["30"], gcam: ["DJ"]
        ),
        RegionDivision(
            code: "KR-31", nameEN: "Ulsan", nameKO: "울산광역시", validFrom: "1997-07-15",
            names: ["울산", "울산시", "Ulsan Metropolitan City", "Ulsan-gwangyeoksi"],
            kostat: ["26"], administrative: ["31"], gcam: ["US"]
        ),
        RegionDivision(
            code: "KR-41", nameEN: "Gyeonggi", nameKO: "경기도", capital: true,
            names: [
                "경기", "Gyeonggi-do", "Gyeonggi Province", "Kyonggi", "Kyonggi-do", "Kyŏnggi",
                "Kyŏnggi-do", "Kyunggi", "Kyunggi-do",
            ],
            kostat: ["31"], administrative: ["41"], gcam: ["GG"]
        ),
        RegionDivision(
            code: "KR-42", nameEN: "Gangwon", nameKO: "강원특별자치도",
            names: [
                "강원도", "강원", "Gangwon-do", "Gangwon Province", "Gangwon State",
                "Gangwon Special Self-Governing Province", "Gangwon-teukbyeoljachido", "Kangwon",
                "Kangwon-do", "Kangwŏn", "Kangwŏn-do",
            ],
            kostat: ["32"], administrative: ["42", "51"], gcam: ["GW"]
        ),
        RegionDivision(
            code: "KR-43", nameEN: "Chungbuk", nameKO: "충청북도",
            names: [
                "충북", "Chungcheongbuk-do", "Chungcheongbuk", "North Chungcheong",
                "North Chungcheong Province", "Chungchongbuk", "Chungchongbuk-do",
                "Ch'ungch'ŏng-bukto", "Ch'ungch'ŏng-pukto", "Ch'ungbuk",
            ],
            kostat: ["33"], administrative: ["43"], gcam: ["CB"]
        ),
        RegionDivision(
            code: "KR-44", nameEN: "Chungnam", nameKO: "충청남도",
            names: [
                "충남", "Chungcheongnam-do", "Chungcheongnam", "South Chungcheong",
                "South Chungcheong Province", "Chungchongnam", "Chungchongnam-do",
                "Ch'ungch'ŏng-namdo", "Ch'ungnam",
            ],
            kostat: ["34"], administrative: ["44"], gcam: ["CN"]
        ),
        RegionDivision(
            code: "KR-45", nameEN: "Jeonbuk", nameKO: "전북특별자치도",
            names: [
                "전라북도", "전북", "Jeollabuk-do", "Jeollabuk", "North Jeolla",
                "North Jeolla Province", "Jeonbuk State", "Jeonbuk Special Self-Governing Province",
                "Jeonbuk-teukbyeoljachido", "Chollabuk", "Chollabuk-do", "Chŏlla-bukto",
                "Chŏlla-pukto", "Chonbuk", "Chŏnbuk",
            ],
            kostat: ["35"], administrative: ["45", "52"], gcam: ["JB"]
        ),
        RegionDivision(
            code: "KR-46", nameEN: "Jeonnam", nameKO: "전라남도",
            names: [
                "전남", "Jeollanam-do", "Jeollanam", "South Jeolla", "South Jeolla Province",
                "Chollanam", "Chollanam-do", "Chŏlla-namdo", "Chonnam", "Chŏnnam",
            ],
            kostat: ["36"], administrative: ["46"], gcam: ["JN"]
        ),
        RegionDivision(
            code: "KR-47", nameEN: "Gyeongbuk", nameKO: "경상북도",
            names: [
                "경북", "Gyeongsangbuk-do", "Gyeongsangbuk", "North Gyeongsang",
                "North Gyeongsang Province", "Kyongsangbuk", "Kyongsangbuk-do", "Kyŏngsang-bukto",
                "Kyŏngsang-pukto", "Kyongbuk", "Kyŏngbuk",
            ],
            kostat: ["37"], administrative: ["47"], gcam: ["GB"]
        ),
        RegionDivision(
            code: "KR-48", nameEN: "Gyeongnam", nameKO: "경상남도",
            names: [
                "경남", "Gyeongsangnam-do", "Gyeongsangnam", "South Gyeongsang",
                "South Gyeongsang Province", "Kyongsangnam", "Kyongsangnam-do", "Kyŏngsang-namdo",
                "Kyongnam", "Kyŏngnam",
            ],
            kostat: ["38"], administrative: ["48"], gcam: ["GN"]
        ),
        RegionDivision(
            code: "KR-49", nameEN: "Jeju", nameKO: "제주특별자치도",
            names: [
                "제주도", "제주", "Jeju-do", "Jeju Province", "Jeju Special Self-Governing Province",
                "Jeju-teukbyeoljachido", "Cheju", "Cheju-do",
            ],
            // 49 was the administrative code of 제주도 until it became a special
            // self-governing province on 2006-07-01; 50 since then.
            kostat: ["39"], administrative: ["50", "49"], gcam: ["JJ"]
        ),
        RegionDivision(
            code: "KR-50", nameEN: "Sejong", nameKO: "세종특별자치시", validFrom: "2012-07-01",
            names: [
                "세종", "세종시", "Sejong City", "Sejong Special Self-Governing City",
                "Sejong-teukbyeoljachisi",
            ],
            kostat: ["29"], administrative: ["36"]
        ),
    ]
}

/// The definition of one region and its aliases, from which the Korean catalog is built.
private struct RegionDivision {
    let region: Region
    let aliases: [RegionAlias]

    init(
        code: String,
        nameEN: String,
        nameKO: String,
        capital: Bool = false,
        validFrom: String? = nil,
        names: [String],
        kostat: [String] = [],
        administrative: [String] = [],
        gcam: [String] = []
    ) {
        let isNation = code == "KR"
        region = Region(
            code: code,
            nameEN: nameEN,
            nameKO: nameKO,
            level: isNation ? "country" : "province",
            parentCode: isNation ? nil : "KR",
            isCapitalRegion: capital,
            validFrom: validFrom,
            validTo: nil
        )
        var aliases = ([nameEN, nameKO] + names).map { RegionAlias(alias: $0, regionCode: code) }
        aliases.append(RegionAlias(alias: code, regionCode: code, codeSystem: .iso))
        if !isNation {
            let number = String(code.dropFirst("KR-".count))
            aliases.append(RegionAlias(alias: number, regionCode: code, codeSystem: .iso))
        }
        let codes: [(RegionCodeSystem, [String])] = [
            (.kostat, kostat), (.administrative, administrative), (.gcam, gcam),
        ]
        for (system, values) in codes {
            aliases += values.map { RegionAlias(alias: $0, regionCode: code, codeSystem: system) }
        }
        self.aliases = aliases
    }
}
