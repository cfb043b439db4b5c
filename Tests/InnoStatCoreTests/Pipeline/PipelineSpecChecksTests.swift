import Testing

@testable import InnoStatCore

struct PipelineSpecChecksTests {
    static let valid = """
        source: {id: s, publisher: P, title: T}
        inputs: [a.csv]
        layout: long
        columns: {period: year, value: value, region: region, sector: sector}
        defaults: {measure: m}
        measures:
          m: {name: M, unit: percent}
          n: {name: N, unit: million KRW}
        checks:
          - {kind: range, measure: m, min: 0, max: 100}
        """

    func parse(_ yaml: String) throws -> PipelineSpec {
        try PipelineSpec.parse(yaml: yaml, file: "Pipelines/x.yaml", defaultName: "x")
    }

    func parseChecks(_ checks: String) throws -> [CheckSpec] {
        try parse(
            Self.valid.replacingOccurrences(
                of: "  - {kind: range, measure: m, min: 0, max: 100}", with: checks)
        ).checks
    }

    @Test func readsEachKindWithItsDefaults() throws {
        let checks = try parseChecks(
            """
              - {kind: range, measure: [m, n], min: 0, severity: warn}
              - {kind: change, measure: n, max_ratio: 3}
              - {kind: sum, measure: n, parts: provinces, total: KR, tolerance_percent: 0.5}
              - {kind: sum, measure: m, over: sector, total: 100}
              - {kind: sum, measure: n, over: sector, parts: [government, BUS], total: total}
              - {kind: sum, measure: n}
            """)
        #expect(
            checks == [
                CheckSpec(
                    number: 0, measures: ["m", "n"], severity: .warn, kind: .range(min: 0, max: nil)
                ),
                CheckSpec(number: 1, measures: ["n"], severity: .error, kind: .change(maxRatio: 3)),
                CheckSpec(
                    number: 2, measures: ["n"], severity: .error,
                    kind: .sum(
                        SumRule(
                            over: .region, parts: .provinces, total: .code("KR"),
                            tolerancePercent: 0.5))),
                CheckSpec(
                    number: 3, measures: ["m"], severity: .error,
                    kind: .sum(
                        SumRule(
                            over: .sector, parts: .codes(["GOV", "BUS", "OTH", "ABR"]),
                            total: .constant(100),
                            tolerancePercent: 0.5))),
                CheckSpec(
                    number: 4, measures: ["n"], severity: .error,
                    kind: .sum(
                        SumRule(
                            over: .sector, parts: .codes(["GOV", "BUS"]), total: .code("TOT"),
                            tolerancePercent: 0.5))),
                CheckSpec(
                    number: 5, measures: ["n"], severity: .error,
                    kind: .sum(
                        SumRule(
                            over: .region, parts: .provinces, total: .code("KR"),
                            tolerancePercent: 0.5))),
            ])
        #expect(
            checks.map(\.summary) == [
                "checks[0] range m, n (min 0)",
                "checks[1] change n (max_ratio 3)",
                "checks[2] sum n: region provinces = KR (tolerance_percent 0.5)",
                "checks[3] sum m: sector GOV + BUS + OTH + ABR = 100 (tolerance_percent 0.5)",
                "checks[4] sum n: sector GOV + BUS = TOT (tolerance_percent 0.5)",
                "checks[5] sum n: region provinces = KR (tolerance_percent 0.5)",
            ])
    }

    @Test func aPipelineWithoutChecksHasNone() throws {
        #expect(try parseChecks("").isEmpty)
    }

    @Test func readsAConflictTolerancePerMeasure() throws {
        let spec = try parse(
            Self.valid.replacingOccurrences(
                of: "m: {name: M, unit: percent}",
                with: "m: {name: M, unit: percent, conflict_tolerance_percent: 2}"))
        #expect(spec.measure("m")?.conflictTolerancePercent == 2)
        #expect(spec.measure("n")?.conflictTolerancePercent == nil)
    }

    struct Mistake: Sendable, CustomTestStringConvertible {
        let checks: String
        let error: String
        var testDescription: String { error }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            checks: "  - {kind: ratio, measure: m}",
            error:
                "Pipelines/x.yaml: checks[0].kind: unknown check kind \"ratio\" (known: range, change, sum)"
        ),
        Mistake(
            checks: "  - {measure: m, min: 0}",
            error: "Pipelines/x.yaml: checks[0].kind: is required"),
        Mistake(
            checks: "  - {kind: range, min: 0}",
            error: "Pipelines/x.yaml: checks[0].measure: is required"),
        Mistake(
            checks: "  - {kind: range, measure: q, min: 0}",
            error: "Pipelines/x.yaml: checks[0].measure: unknown measure \"q\" (declared: m, n)"),
        Mistake(
            checks:
                "  - {kind: range, measure: m, min: 0}\n  - {kind: range, measure: [n, q], min: 0}",
            error: "Pipelines/x.yaml: checks[1].measure[1]: unknown measure \"q\" (declared: m, n)"),
        Mistake(
            checks: "  - {kind: range, measure: m, min: 0, severity: fatal}",
            error: "Pipelines/x.yaml: checks[0].severity: expected warn or error, got \"fatal\""),
        Mistake(
            checks: "  - {kind: range, measure: m}",
            error: "Pipelines/x.yaml: checks[0]: a range check needs min, max or both"),
        Mistake(
            checks: "  - {kind: range, measure: m, min: 10, max: 5}",
            error: "Pipelines/x.yaml: checks[0].max: 5 is below min 10"),
        Mistake(
            checks: "  - {kind: range, measure: m, min: none}",
            error: "Pipelines/x.yaml: checks[0].min: expected a number, got \"none\""),
        Mistake(
            checks: "  - {kind: range, measure: m, min: 0, max_ratio: 3}",
            error:
                "Pipelines/x.yaml: checks[0].max_ratio: unknown key (known here: kind, max, measure, min, severity)"
        ),
        Mistake(
            checks: "  - {kind: change, measure: n}",
            error: "Pipelines/x.yaml: checks[0].max_ratio: is required"),
        Mistake(
            checks: "  - {kind: change, measure: n, max_ratio: 0.5}",
            error:
                "Pipelines/x.yaml: checks[0].max_ratio: must be greater than 1 (a figure may be at most this many times larger or smaller than the one before)"
        ),
        Mistake(
            checks: "  - {kind: change, measure: n, max_ratio: 3, min: 0}",
            error:
                "Pipelines/x.yaml: checks[0].min: unknown key (known here: kind, max_ratio, measure, severity)"
        ),
        Mistake(
            checks: "  - {kind: sum, measure: n, over: industry}",
            error:
                "Pipelines/x.yaml: checks[0].over: unknown dimension \"industry\" (known: region, sector, size)"
        ),
        Mistake(
            checks: "  - {kind: sum, measure: n, over: sector, parts: provinces}",
            error: "Pipelines/x.yaml: checks[0].parts: provinces needs over: region"),
        Mistake(
            checks: "  - {kind: sum, measure: n, over: sector, parts: [GOV, GOB]}",
            error: "Pipelines/x.yaml: checks[0].parts[1]: unknown sector \"GOB\""),
        Mistake(
            checks: "  - {kind: sum, measure: n, over: sector, parts: [GOV, government]}",
            error: "Pipelines/x.yaml: checks[0].parts[1]: GOV is listed twice"),
        Mistake(
            checks: "  - {kind: sum, measure: n, total: Atlantis}",
            error: "Pipelines/x.yaml: checks[0].total: unknown region \"Atlantis\""),
        Mistake(
            checks: "  - {kind: sum, measure: n, total: Seoul}",
            error: "Pipelines/x.yaml: checks[0].total: KR-11 is also one of the parts"),
        Mistake(
            checks: "  - {kind: sum, measure: n, over: size, parts: [SME], total: SME}",
            error: "Pipelines/x.yaml: checks[0].total: SME is also one of the parts"),
        Mistake(
            checks: "  - {kind: sum, measure: n, tolerance_percent: -1}",
            error: "Pipelines/x.yaml: checks[0].tolerance_percent: must not be negative"),
        Mistake(
            checks: "  - [range, m]",
            error: "Pipelines/x.yaml: checks[0]: expected a mapping"),
    ]

    @Test(arguments: mistakes)
    func reportsMistakeWithKeyPath(_ mistake: Mistake) throws {
        let error = try #require(throws: PipelineError.self) { try parseChecks(mistake.checks) }
        #expect(error.description == mistake.error)
    }

    @Test func checksMustBeAList() throws {
        let yaml = Self.valid.replacingOccurrences(
            of: "checks:\n  - {kind: range, measure: m, min: 0, max: 100}",
            with: "checks: {kind: range}")
        let error = try #require(throws: PipelineError.self) { try parse(yaml) }
        #expect(error.description == "Pipelines/x.yaml: checks: expected a list")
    }

    @Test func aNegativeConflictToleranceIsAMistake() throws {
        let yaml = Self.valid.replacingOccurrences(
            of: "m: {name: M, unit: percent}",
            with: "m: {name: M, unit: percent, conflict_tolerance_percent: -0.5}")
        let error = try #require(throws: PipelineError.self) { try parse(yaml) }
        #expect(
            error.description
                == "Pipelines/x.yaml: measures.m.conflict_tolerance_percent: must not be negative")
    }
}
