import Foundation
import Testing

@testable import InnoStatCore

struct IndicatorCatalogTests {
    @Test func theProjectFileDeclaresEveryIndicatorOfTheDesign() throws {
        let catalog = try #require(
            try IndicatorCatalog.load(directory: TestPaths.packageRoot + "/Pipelines"))
        let codes = catalog.indicators.map(\.code)
        let indices = [
            "gini", "gini_w", "theil_t", "theil_l", "theil_t_between", "theil_t_within", "cv",
            "williamson", "max_min_ratio",
        ]
        let expected =
            [
                "rd_private_share", "rd_government_share", "rd_private_to_government_ratio",
                "rd_funding_crossover_year", "rd_funding_last_year_below",
                "rd_private_share_logistic_midpoint", "rd_private_share_logistic_rate",
                "rd_centers_total", "rd_centers_sme_share", "rd_centers_cagr", "sme_rd_share",
                "grdp_capital_share", "rd_personnel_capital_share", "rd_expenditure_capital_share",
                "rd_intensity", "rd_private_share_by_country", "rd_government_share_by_country",
            ] + (indices + ["sigma", "beta", "moran_i", "lisa"]).map { "grdp_per_capita_\($0)" }
            + indices.map { "rd_personnel_per_capita_\($0)" }
        #expect(Set(codes) == Set(expected))
        #expect(codes.count == expected.count)
        // Whatever reads another indicator comes after it.
        #expect(
            codes.firstIndex(of: "rd_government_share")! < codes.firstIndex(
                of: "rd_private_to_government_ratio")!)
        #expect(
            codes.firstIndex(of: "rd_centers_total")! < codes.firstIndex(of: "rd_centers_cagr")!)

        let gini = try #require(catalog.indicator(code: "grdp_per_capita_gini"))
        #expect(gini.unit == "index")
        #expect(gini.years == 1985...2023)
        #expect(
            gini.method
                == .disparity(
                    DisparitySpec(
                        base: "grdp_per_capita", index: .gini, measures: ["grdp_nominal"],
                        perCapita: "population")))
        #expect(catalog.indicator(code: "rd_centers_total")?.periodChoice == .stock)
        #expect(catalog.indicator(code: "rd_centers_total")?.unit == "count")
        #expect(catalog.indicator(code: "rd_funding_crossover_year")?.unit == "percent")
        #expect(catalog.indicator(code: "rd_private_share_logistic_midpoint")?.unit == "year")
        #expect(catalog.indicator(code: "rd_centers_cagr")?.unit == "percent per year")
        #expect(
            catalog.indicator(code: "rd_private_share")?.method
                == .share(
                    published: MeasureSelector(measure: "rd_funding_share", sector: "BUS"),
                    part: MeasureSelector(measure: "rd_expenditure", sector: "BUS"),
                    whole: MeasureSelector(measure: "rd_expenditure")))
        #expect(catalog.measureUnits["population"] == "persons")
        // The transition never reads the S&T investment basis.
        #expect(
            !catalog.indicators.flatMap(\.method.sources).map(\.description).contains {
                $0.hasPrefix("st_")
            })
    }

    @Test func aFolderWithoutTheFileHasNoCatalog() throws {
        let folder = try TemporaryFolder()
        #expect(try IndicatorCatalog.load(directory: folder.path) == nil)
    }

    static let measures = """
        measures:
          share: {unit: percent}
          grdp: {unit: million KRW}
        indicators:

        """

    static let level = "  - {code: a, method: level, name: A, input: {measure: share}}\n"

    struct Mistake: Sendable {
        let entries: String
        let message: String
    }

    static let mistakes: [Mistake] = [
        Mistake(
            entries: "  - {code: a, method: smooth, name: A}\n",
            message:
                "indicators[0].method: unknown method \"smooth\" (known: cagr, crossover, "
                + "disparity, level, logistic_fit, ratio, share)"),
        Mistake(
            entries: "  - {code: a, method: level, name: A, input: {measure: gdp}}\n",
            message: "indicators[0].input.measure: unknown measure \"gdp\" (known: grdp, share)"),
        Mistake(
            entries:
                "  - {code: a, method: level, name: A, input: {measure: share}, colour: red}\n",
            message:
                "indicators[0].colour: unknown key (known here: code, definition, input, method, "
                + "name, percent, region, regions, stock, unit, years)"),
        Mistake(
            entries:
                "  - {code: a, method: level, name: A, input: {measure: share, sector: PRIVATE}}\n",
            message:
                "indicators[0].input.sector: unknown code \"PRIVATE\" (known: GOV, BUS, OTH, ABR, "
                + "TOT)"),
        Mistake(
            entries:
                "  - {code: a, method: level, name: A, input: {measure: share, region: Seoul}}\n",
            message:
                "indicators[0].input.region: unknown region \"Seoul\" (use ISO codes: KR, KR-11 "
                + "… KR-50)"
        ),
        Mistake(
            entries: level
                + "  - {code: b, method: ratio, name: B, numerator: a, denominator: c}\n",
            message: "indicators[1].denominator: unknown indicator \"c\" (known: a, b)"),
        Mistake(
            entries: "  - {code: a, method: ratio, name: A, numerator: b, denominator: b}\n"
                + "  - {code: b, method: cagr, name: B, input: a}\n",
            message: "indicators[0]: indicators read each other in a cycle: a → b → a"),
        Mistake(
            entries: level + level,
            message: "indicators[1].code: \"a\" is declared twice (also indicators[0])"),
        Mistake(
            entries: "  - {code: A-1, method: level, name: A, input: {measure: share}}\n",
            message: "indicators[0].code: \"A-1\" is not a code: lower-case letters, digits and _"),
        Mistake(
            entries: "  - {method: disparity, base: g, measure: grdp, indices: [gini, atkinson]}\n",
            message:
                "indicators[0].indices[1]: unknown index \"atkinson\" (known: capital_share, gini, "
                + "gini_w, theil_t, theil_l, theil_t_between, theil_t_within, cv, williamson, "
                + "max_min_ratio, sigma, sigma_w, beta, moran_i, lisa)"),
        Mistake(
            entries:
                "  - {method: disparity, base: g, measure: grdp, indices: [gini], years: 1985}\n",
            message: "indicators[0].years: expected a year range such as 1985-2023, got \"1985\""),
        Mistake(
            entries: "  - {method: disparity, code: g, base: g, measure: grdp, indices: [gini]}\n",
            message:
                "indicators[0].code: unknown key (known here: base, complete, definition, indices, "
                + "measure, method, per_capita, regions, sector, size, stock, weights, years)"),
        Mistake(
            entries: "  - {code: a, method: share, name: A, part: {measure: share}}\n",
            message: "indicators[0].whole: is required with the other"),
        Mistake(
            entries: "  - {code: a, method: crossover, name: A, series: {measure: share},\n"
                + "     against: {measure: share}, report: middle}\n",
            message:
                "indicators[0].report: unknown value \"middle\" (known: crossing, last_below)"),
        Mistake(
            entries:
                "  - {code: a, method: logistic_fit, name: A, input: {measure: share},\n"
                + "     report: rate,\n"
                + "     min_observations: 2}\n",
            message: "indicators[0].min_observations: must be at least 3"),
    ]

    @Test(arguments: mistakes)
    func mistakesNameTheKey(_ mistake: Mistake) {
        let error = #expect(throws: PipelineError.self) {
            try IndicatorCatalog.parse(
                yaml: Self.measures + mistake.entries, file: "Pipelines/indicators.yaml")
        }
        #expect(error?.description == "Pipelines/indicators.yaml: \(mistake.message)")
    }

    @Test func measuresAreRequired() {
        let error = #expect(throws: PipelineError.self) {
            try IndicatorCatalog.parse(yaml: "indicators: []\n", file: "f.yaml")
        }
        #expect(error?.description == "f.yaml: measures: is required")
    }

    @Test func oneDisparityEntryDeclaresAnIndicatorPerIndex() throws {
        let catalog = try IndicatorCatalog.parse(
            yaml: Self.measures
                + "  - {method: disparity, base: g, measure: [grdp, share], complete: true,\n"
                + "     indices: [capital_share, cv]}\n",
            file: "f.yaml")
        #expect(catalog.indicators.map(\.code) == ["g_capital_share", "g_cv"])
        #expect(catalog.indicators.map(\.unit) == ["percent", "index"])
        guard case .disparity(let spec) = catalog.indicators[0].method else {
            Issue.record("not a disparity index")
            return
        }
        #expect(spec.measures == ["grdp", "share"])
        #expect(spec.requiresAllProvinces)
        #expect(spec.perCapita == nil)
    }
}
