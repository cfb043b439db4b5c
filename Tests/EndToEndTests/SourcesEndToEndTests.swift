import Foundation
import Testing

/// Every real source under RawData/, loaded by the built binary: counts per file, and figures
/// traced by hand to their file, line and column.
@Suite(.serialized)
struct SourcesEndToEndTests {
    struct FileCounts: Sendable, CustomTestStringConvertible {
        let pipeline: String
        let file: String
        let read: Int
        let loaded: Int
        let skipped: Int
        let observations: Int
        var rejected = 0
        var testDescription: String { file }
    }

    /// rows read = loaded + skipped + rejected per file; the one reject is explained in its
    /// pipeline (the dropped digit of rnd_money.csv, refused by the change check).
    static let counts: [FileCounts] = [
        FileCounts(
            pipeline: "funding_rd_expenditure", file: "funding/rd_expenditure_by_source_level.csv",
            read: 26, loaded: 26, skipped: 0, observations: 26),
        FileCounts(
            pipeline: "funding_rd_share", file: "funding/rd_expenditure_share_by_source.csv",
            read: 28, loaded: 28, skipped: 0, observations: 28),
        FileCounts(
            pipeline: "funding_st_investment", file: "funding/st_investment_level.csv", read: 1,
            loaded: 1, skipped: 0, observations: 1),
        FileCounts(
            pipeline: "funding_st_investment_share",
            file: "funding/st_investment_share_by_source.csv", read: 8, loaded: 8, skipped: 0,
            observations: 8),
        FileCounts(
            pipeline: "kedi_universities", file: "education/대학_개황_20250626194556.xlsx",
            read: 72, loaded: 18, skipped: 54, observations: 1872),
        FileCounts(
            pipeline: "kistep_regional_rd_expenditure", file: "regional_rd/rnd_money.csv", read: 8,
            loaded: 7, skipped: 0, observations: 39, rejected: 1),
        FileCounts(
            pipeline: "kistep_regional_rd_personnel", file: "regional_rd/rnd_population.csv",
            read: 17, loaded: 17, skipped: 0, observations: 102),
        FileCounts(
            pipeline: "koita_rd_centers", file: "koita/rd_centers_count.csv", read: 83, loaded: 83,
            skipped: 0, observations: 83),
        FileCounts(
            pipeline: "koita_rd_centers_researchers", file: "koita/rd_centers_researchers.csv",
            read: 12, loaded: 12, skipped: 0, observations: 12),
        FileCounts(
            pipeline: "koita_rd_centers_sme_share", file: "koita/rd_centers_sme_share.csv",
            read: 24, loaded: 24, skipped: 0, observations: 24),
        FileCounts(
            pipeline: "kosis_grdp", file: "kosis/시도별 지역내총생산.csv", read: 1782, loaded: 36,
            skipped: 1746, observations: 1404),
        FileCounts(
            pipeline: "kosis_population_estimates", file: "population/Census_pop_hist.csv",
            read: 16, loaded: 16, skipped: 0, observations: 656),
        FileCounts(
            pipeline: "mois_population_register",
            file: "population/행정구역_시군구_별__성별_인구수_20250626192009.xlsx", read: 18,
            loaded: 18, skipped: 0, observations: 1350),
        FileCounts(
            pipeline: "ncses_sei_10936", file: "international/ncses_sei/10936/data.csv", read: 72,
            loaded: 40, skipped: 32, observations: 40),
        FileCounts(
            pipeline: "ncses_sei_10937", file: "international/ncses_sei/10937/data.csv", read: 270,
            loaded: 120, skipped: 150, observations: 120),
        FileCounts(
            pipeline: "ncses_sei_10946", file: "international/ncses_sei/10946/data.csv", read: 423,
            loaded: 235, skipped: 188, observations: 235),
        FileCounts(
            pipeline: "ncses_sei_10978", file: "international/ncses_sei/10978/data.csv", read: 1175,
            loaded: 376, skipped: 799, observations: 376),
        FileCounts(
            pipeline: "ncses_sei_1875", file: "international/ncses_sei/1875/data.csv", read: 142,
            loaded: 138, skipped: 4, observations: 138),
        FileCounts(
            pipeline: "ncses_sei_1877", file: "international/ncses_sei/1877/data.csv", read: 72,
            loaded: 40, skipped: 32, observations: 40),
        FileCounts(
            pipeline: "ncses_sei_6304", file: "international/ncses_sei/6304/data.csv", read: 148,
            loaded: 144, skipped: 4, observations: 144),
        FileCounts(
            pipeline: "ncses_sei_6306", file: "international/ncses_sei/6306/data.csv", read: 72,
            loaded: 40, skipped: 32, observations: 40),
        FileCounts(
            pipeline: "park2001_seed", file: "seed/park2001_figures.csv", read: 13, loaded: 7,
            skipped: 6, observations: 7),
        FileCounts(
            pipeline: "regional_rd_expenditure",
            file: "regional_rd/rd_expenditure_regional_level.csv", read: 13, loaded: 13, skipped: 0,
            observations: 13),
        FileCounts(
            pipeline: "regional_rd_expenditure_share_2022",
            file: "regional_rd/rd_expenditure_share_2022.csv", read: 17, loaded: 17, skipped: 0,
            observations: 17),
        FileCounts(
            pipeline: "regional_rd_researchers", file: "regional_rd/rd_researchers_regional.csv",
            read: 16, loaded: 16, skipped: 0, observations: 16),
        FileCounts(
            pipeline: "sme_rd_share_all_smes", file: "sme/sme_rd_share_all_smes.csv", read: 2,
            loaded: 2, skipped: 0, observations: 2),
        FileCounts(
            pipeline: "sme_rd_share_manufacturing", file: "sme/sme_rd_share_manufacturing.csv",
            read: 3, loaded: 3, skipped: 0, observations: 3),
        FileCounts(
            pipeline: "unesco_uis", file: "international/unesco_uis/SCN_DS_16122020083400698.csv",
            read: 22839, loaded: 4167, skipped: 18672, observations: 4167),
        FileCounts(
            pipeline: "world_bank_wdi",
            file: "international/wdi/API_GB.XPD.RSDV.GD.ZS_DS2_en_csv_v2_232.csv", read: 265,
            loaded: 225, skipped: 40, observations: 14850),
        FileCounts(
            pipeline: "world_bank_wdi",
            file: "international/wdi/API_SP.POP.SCIE.RD.P6_DS2_en_csv_v2_37695.csv", read: 265,
            loaded: 225, skipped: 40, observations: 14850),
    ]

    @Test func everyFileLoadsWithItsCountsAndNoReject() throws {
        let innostat = try InnoStatBinary()
        let run = try innostat.run("run")
        #expect(run.status == 0, "\(run.stderr)")
        let loads = try innostat.run(
            "query", "--format", "csv",
            """
            SELECT pipeline, substr(source_file, 9), status, rows_read, rows_loaded, rows_skipped,
                   rows_rejected, observations_loaded, rejects
            FROM etl_load ORDER BY pipeline, source_file
            """)
        let expected = Self.counts.map {
            "\($0.pipeline),\($0.file),loaded,\($0.read),\($0.loaded),\($0.skipped),\($0.rejected),"
                + "\($0.observations),\($0.rejected)"
        }
        let lines = loads.stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(lines == expected)
        #expect(
            try innostat.scalar(
                "SELECT source_file || ':' || line || ':' || column_number || ': ' || message FROM etl_reject"
            )
                == "RawData/regional_rd/rnd_money.csv:2:4: 13449 changes by a factor of 10.0 from 134754 (2018): beyond the change check (max_ratio 3)"
        )
        #expect(
            try innostat.scalar(
                "SELECT count(*) FROM etl_load "
                    + "WHERE rows_read != rows_loaded + rows_skipped + rows_rejected"
            ) == "0")
        #expect(
            try innostat.scalar("SELECT sum(rows_skipped) FROM etl_load")
                == innostat.scalar("SELECT sum(rows) FROM etl_skip"))
        let status = try innostat.run("status")
        #expect(status.status == 0)
        #expect(status.stdout.contains("rejects: 1\n"))
        #expect(
            status.stdout.contains(
                "UIS and SDG regional groupings have no region code here (40675, the SDG World, repeats 40510) │  4466 │"
            ))
    }

    struct Figure: Sendable, CustomTestStringConvertible {
        let what: String
        let key: String
        /// `value|status|source_file:line:column`
        let expected: String
        var testDescription: String { what }

        /// `key` is `measure region period [sector] [size] [source LIKE pattern]`.
        var sql: String {
            let parts = key.split(separator: " ").map(String.init)
            var condition =
                "measure_code = '\(parts[0])' AND region_code = '\(parts[1])' AND period = '\(parts[2])'"
            for part in parts.dropFirst(3) {
                if ["TOT", "GOV", "BUS", "OTH", "ABR"].contains(part) {
                    condition += " AND sector_code = '\(part)'"
                } else if ["ALL", "LARGE", "SME"].contains(part) {
                    condition += " AND size_code = '\(part)'"
                } else {
                    condition += " AND source_id LIKE '\(part)'"
                }
            }
            return """
                SELECT coalesce(value, '') || '|' || status || '|' || substr(source_file, 9) || ':'
                       || source_line || ':' || source_column AS figure
                FROM observation WHERE \(condition)
                """
        }
    }

    /// A sheet's figures are at their row and column number: `데이터!BV4` is 4:74.
    static let register = "population/행정구역_시군구_별__성별_인구수_20250626192009.xlsx"
    static let uis = "international/unesco_uis/SCN_DS_16122020083400698.csv"
    static let wdi = "international/wdi/API_"
    static let kacta = "curated_rd_funding_share:www.kacta.or.kr/%"
    static let newsway = "curated_rd_funding_share:newsway.co.kr/%"

    /// Each traced by hand to the raw file (line = physical line, header = 1).
    static let figures: [Figure] = [
        Figure(
            what: "Seoul population 2024, register", key: "population KR-11 2024 mois%",
            expected: "9331828.0|A|\(register):4:74"),
        Figure(
            what: "Seoul women 2024, register", key: "population_female KR-11 2024",
            expected: "4826473.0|A|\(register):4:76"),
        Figure(
            what: "Seoul 2010 is a break in the register", key: "population KR-11 2010 mois%",
            expected: "10312545.0|B|\(register):4:32"),
        Figure(
            what: "Sejong 2011 is missing in the register, never 0",
            key: "population KR-50 2011 mois%", expected: "|M|\(register):11:35"),
        Figure(
            what: "Seoul (GCAM SU) estimate 1970", key: "population KR-11 1970 kosis%",
            expected: "5685932.0|A|population/Census_pop_hist.csv:9:2"),
        Figure(
            what: "Jeju (GCAM JJ) estimate 2010", key: "population KR-49 2010 kosis%",
            expected: "547917.0|A|population/Census_pop_hist.csv:24:42"),
        Figure(
            what: "Gyeonggi R&D personnel 2017", key: "rd_personnel KR-41 2017",
            expected: "211620.0|A|regional_rd/rnd_population.csv:10:4"),
        Figure(
            what: "Seoul R&D expenditure 2020, after the refused dropped digit of 2019",
            key: "rd_expenditure KR-11 2020 kistep%",
            expected: "144320.0|A|regional_rd/rnd_money.csv:2:5"),
        Figure(
            what: "private share 1981, KACTA reprint", key: "rd_funding_share KR 1981 BUS \(kacta)",
            expected: "56.0|A|funding/rd_expenditure_share_by_source.csv:3:4"),
        Figure(
            what: "private share 1981, 뉴스웨이", key: "rd_funding_share KR 1981 BUS \(newsway)",
            expected: "56.0|A|funding/rd_expenditure_share_by_source.csv:4:4"),
        Figure(
            what: "private share 1990", key: "rd_funding_share KR 1990 BUS curated%",
            expected: "84.0|A|funding/rd_expenditure_share_by_source.csv:6:4"),
        Figure(
            what: "S&T-investment private share 1990, kept apart",
            key: "st_investment_share KR 1990 BUS",
            expected: "72.0|A|funding/st_investment_share_by_source.csv:9:4"),
        Figure(
            what: "GERD 2018 in 조원, scaled to 억원", key: "rd_expenditure KR 2018 curated%",
            expected: "857287.0|A|funding/rd_expenditure_by_source_level.csv:24:4"),
        Figure(
            what: "GERD 1963 in million USD", key: "rd_expenditure_usd KR 1963 GOV",
            expected: "9.2|A|funding/rd_expenditure_by_source_level.csv:3:4"),
        Figure(
            what: "private share 2021 from NCSES RD-4",
            key: "rd_funding_share KR 2021 BUS ncses_sei_10936",
            expected: "76.1|A|international/ncses_sei/10936/data.csv:52:7"),
        Figure(
            what: "other domestic 2017 from NCSES 4-7",
            key: "rd_funding_share KR 2017 OTH ncses_sei_1877",
            expected: "0.9|A|international/ncses_sei/1877/data.csv:45:7"),
        Figure(
            what: "GERD/GDP 2017 from NCSES 4-5, no measure column",
            key: "gerd_gdp_ratio KR 2017 ncses_sei_1875",
            expected: "4.55|A|international/ncses_sei/1875/data.csv:119:4"),
        Figure(
            what: "GERD/GDP 1990 from NCSES RD-5 is NA",
            key: "gerd_gdp_ratio KR 1990 ncses_sei_10937",
            expected: "|M|international/ncses_sei/10937/data.csv:100:8"),
        Figure(
            what: "R&D centres October 1981", key: "rd_centers KR 1981-10 ALL",
            expected: "46.0|A|koita/rd_centers_count.csv:2:4"),
        Figure(
            what: "R&D centres end-1995", key: "rd_centers KR 1995-12 ALL",
            expected: "2270.0|A|koita/rd_centers_count.csv:35:4"),
        Figure(
            what: "large-firm centres 1990-12, derived", key: "rd_centers KR 1990-12 LARGE",
            expected: "421.0|E|koita/rd_centers_count.csv:11:4"),
        Figure(
            what: "manufacturing SMEs 2010, an upper bound",
            key: "sme_conducting_rd_share KR 2010 curated_sme_rd_manufacturing:%",
            expected: "30.0|E|sme/sme_rd_share_manufacturing.csv:4:4"),
        Figure(
            what: "Gyeonggi share of R&D 2022", key: "rd_expenditure_region_share KR-41 2022",
            expected: "51.2|A|regional_rd/rd_expenditure_share_2022.csv:4:4"),
        Figure(
            what: "UIS GERD/GDP 2018", key: "gerd_gdp_ratio KR 2018 unesco_uis_2020",
            expected: "4.81009|A|\(uis):5660:7"),
        Figure(
            what: "UIS GERD 2018 in '000 KRW, scaled to 억원", key: "rd_expenditure KR 2018 unesco%",
            expected: "857287.14738|A|\(uis):350:7"),
        Figure(
            what: "WDI GERD/GDP 2023", key: "gerd_gdp_ratio KR 2023 world_bank_wdi",
            expected: "4.94352|A|\(wdi)GB.XPD.RSDV.GD.ZS_DS2_en_csv_v2_232.csv:131:68"),
        Figure(
            what: "WDI researchers per million 1996", key: "researchers_per_million KR 1996",
            expected: "2186.08907|A|\(wdi)SP.POP.SCIE.RD.P6_DS2_en_csv_v2_37695.csv:131:41"),
    ]

    @Test func knownFiguresTraceToTheirLine() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        for figure in Self.figures {
            let found = try innostat.scalar(figure.sql)
            #expect(found == figure.expected, "\(figure.what)")
        }
    }

    @Test func eachCuratedRowIsItsOwnSourceWithItsURL() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let twoOutlets = try innostat.run(
            "query", "--format", "csv",
            """
            SELECT o.value, s.url FROM observation o JOIN source s USING (source_id)
            WHERE o.measure_code = 'rd_funding_share' AND o.sector_code = 'BUS' AND o.period = '2012'
            ORDER BY o.value
            """)
        #expect(
            twoOutlets.stdout == """
                value,url
                74.7,https://www.kacta.or.kr/webzine/article.asp?atc_key=31538&cate_key=88
                75,https://newsway.co.kr/news/view?ud=2014051913213872614

                """)
        #expect(
            try innostat.scalar(
                """
                SELECT note FROM observation WHERE measure_code = 'rd_centers' AND period = '1983'
                """)
                == "동아일보 2004-09-09; from notes/corporate_rnd_centers_from_pages.csv line 4; lower bound: '1983년에 100개' (passed 100 during 1983); not a year-end count"
        )
        #expect(
            try innostat.scalar(
                "SELECT count(*) FROM observation "
                    + "WHERE source_id LIKE 'curated_%' AND source_id NOT LIKE 'curated_%:%'"
            ) == "0")
        #expect(
            try innostat.scalar(
                """
                SELECT count(*) FROM observation o JOIN source s USING (source_id)
                WHERE o.source_id LIKE 'curated_%' AND s.url IS NULL
                """) == "0")
        #expect(
            try innostat.scalar("SELECT count(*) FROM source WHERE source_id LIKE 'curated_%:%'")
                == "81")
    }

    @Test func eachMeasureKeepsOneUnit() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let measures = try innostat.run(
            "query", "--format", "csv", "SELECT measure_code, unit FROM measure ORDER BY 1")
        #expect(
            measures.stdout == """
                measure_code,unit
                gerd_gdp_ratio,percent of GDP
                grdp_nominal,million KRW
                grdp_real,million KRW
                population,persons
                population_female,persons
                population_male,persons
                rd_centers,count
                rd_centers_researchers,persons
                rd_centers_share_by_size,percent
                rd_expenditure,100 million KRW
                rd_expenditure_ppp,million current PPP USD
                rd_expenditure_region_share,percent
                rd_expenditure_usd,million USD
                rd_funding_share,percent
                rd_personnel,persons
                rd_researchers,persons
                researchers_per_million,per million people
                sme_conducting_rd_share,percent
                st_investment,100 million KRW
                st_investment_share,percent
                universities,count
                university_departments,count
                university_entrants,persons
                university_staff,persons
                university_students,persons

                """)
    }

    @Test func validatePassesOnTheRealData() throws {
        let innostat = try InnoStatBinary()
        let result = try innostat.run("validate")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr
                == "RawData/regional_rd/rnd_money.csv:2:4: 13449 changes by a factor of 10.0 from 134754 (2018): beyond the change check (max_ratio 3)\n"
        )
        #expect(result.stdout.split(separator: "\n").count == Self.counts.count)
        #expect(
            result.stdout.contains(
                "unesco_uis\tRawData/\(Self.uis)\t22839 rows\t4167 observations\t18672 skipped\t0 rejects"
            ))
    }
}
