import Testing

@testable import InnoStatCore

struct PipelineSpecTests {
    static let valid = """
        source: {id: s, publisher: P, title: T}
        inputs: [a.csv]
        layout: long
        columns: {period: year, value: value, region: region}
        defaults: {measure: m}
        measures:
          m: {name: M, unit: percent}
        """

    func parse(_ yaml: String) throws -> PipelineSpec {
        try PipelineSpec.parse(yaml: yaml, file: "Pipelines/x.yaml", defaultName: "x")
    }

    @Test func readsAValidPipeline() throws {
        let spec = try parse(Self.valid)
        #expect(spec.name == "x")
        #expect(spec.enabled)
        #expect(spec.tolerance == 0)
        #expect(spec.precedence == 100)
        #expect(spec.columns[.period] == "year")
        #expect(
            spec.measures == [MeasureSpec(code: "m", name: "M", unit: "percent", description: nil)])
    }

    struct Mistake: Sendable, CustomTestStringConvertible {
        let replace: String
        let with: String
        let error: String
        var testDescription: String { error }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            replace: "layout: long", with: "layout: long\nenabeld: false",
            error:
                "Pipelines/x.yaml: enabeld: unknown key (known here: checks, columns, defaults, description, enabled, fetch, indented_rows, inputs, layout, may_shrink, measures, name, precedence, read, region_code_system, rules, series_breaks, source, status_codes, tolerance, unit_from_label, unmatched, wide)"
        ),
        Mistake(
            replace: "unit: percent", with: "unit: 억",
            error:
                "Pipelines/x.yaml: measures.m.unit: unknown unit \"억\" (known: KRW, thousand KRW, million KRW, 100 million KRW, billion KRW, trillion KRW, USD, million USD, billion USD, current PPP USD, thousand current PPP USD, million current PPP USD, billion current PPP USD, percent, percent of GDP, count, persons, thousand persons, per million people, ratio, per mille, percentage points, ten thousand persons, thousand USD, households, thousand households, cases, tonnes, thousand tonnes, million tonnes, tonnes CO2 eq, thousand tonnes CO2 eq, million tonnes CO2 eq, square km, hectares, years, hours, national currency)"
        ),
        Mistake(
            replace: "layout: long", with: "layout: tall",
            error:
                "Pipelines/x.yaml: layout: unknown layout \"tall\" (known: long, wide, firm_survey)"
        ),
        Mistake(
            replace: "source: {id: s, publisher: P, title: T}", with: "source: {id: s, title: T}",
            error: "Pipelines/x.yaml: source.publisher: is required"),
        Mistake(
            replace: "inputs: [a.csv]", with: "inputs: []",
            error: "Pipelines/x.yaml: inputs: name at least one input file"),
        Mistake(
            replace: "defaults: {measure: m}", with: "defaults: {measure: q}",
            error: "Pipelines/x.yaml: defaults.measure: unknown measure \"q\" (declared: m)"),
        Mistake(
            replace: "defaults: {measure: m}", with: "defaults: {measure: m, region: Atlantis}",
            error: "Pipelines/x.yaml: defaults.region: unknown region \"Atlantis\""),
        Mistake(
            replace: "defaults: {measure: m}", with: "defaults: {measure: m, colour: red}",
            error:
                "Pipelines/x.yaml: defaults.colour: unknown dimension (known: measure, region, sector, size, unit, status, period)"
        ),
        Mistake(
            replace: "layout: long", with: "layout: long\ntolerance: many",
            error: "Pipelines/x.yaml: tolerance: expected a whole number"),
        Mistake(
            replace: "layout: long", with: "layout: long\nread: {encoding: latin1}",
            error:
                "Pipelines/x.yaml: read.encoding: unknown encoding \"latin1\" (known: auto, utf-8, cp949, euc-kr, windows-1252, cp1252)"
        ),
        Mistake(
            replace: "layout: long", with: "layout: long\nread: {delimiter: \"\\n\"}",
            error:
                "Pipelines/x.yaml: read.delimiter: must be one ASCII character other than a quote or line end"
        ),
        Mistake(
            replace: "layout: long", with: "layout: long\nread: {delimiter: \"；\"}",
            error:
                "Pipelines/x.yaml: read.delimiter: must be one ASCII character other than a quote or line end"
        ),
        Mistake(
            replace: "layout: long", with: "layout: wide\nwide: {period_pattern: '\\d{4}'}",
            error:
                "Pipelines/x.yaml: wide.period_pattern: needs a capture group for the period, e.g. ^(\\d{4})"
        ),
        Mistake(
            replace: "layout: long", with: "layout: long\nrules: [{when: {a: b}}]",
            error: "Pipelines/x.yaml: rules[0]: a rule needs `set` or `skip`"),
        Mistake(
            replace: "columns: {period: year, value: value, region: region}",
            with: "columns: {period: year, region: region}",
            error: "Pipelines/x.yaml: columns.value: is required with layout: long"),
        Mistake(
            replace: "layout: long", with: "layout: long\nregion_code_system: postal",
            error:
                "Pipelines/x.yaml: region_code_system: unknown code system \"postal\" (known: iso, kostat, administrative, gcam, iso_numeric, uis)"
        ),
        Mistake(
            replace: "layout: long", with: "layout: long\nseries_breaks: {\"19x0\": new counting}",
            error:
                "Pipelines/x.yaml: series_breaks.19x0: \"19x0\" is not a period (YYYY, YYYY-MM, YYYY-Qn or YYYY-Sn)"
        ),
        Mistake(
            replace: "region: region}", with: "region: region, note: []}",
            error: "Pipelines/x.yaml: columns.note: name at least one column"),
        Mistake(
            replace: "defaults: {measure: m}", with: "defaults: {measure: m, source_url: url}",
            error:
                "Pipelines/x.yaml: defaults.source_url: unknown dimension (known: measure, region, sector, size, unit, status, period)"
        ),
        Mistake(
            replace: "layout: long",
            with: "layout: long\nrules: [{unless: {country: []}, skip: other}]",
            error: "Pipelines/x.yaml: rules[0].unless.country: name at least one value"),
        Mistake(
            replace: "layout: long",
            with: "layout: long\nrules: [{unles: {country: KOR}, skip: other}]",
            error:
                "Pipelines/x.yaml: rules[0].unles: unknown key (known here: set, skip, unless, when)"
        ),
    ]

    @Test func readsRowSourcesNotesBreaksAndExclusions() throws {
        let spec = try parse(
            Self.valid
                .replacingOccurrences(
                    of: "region: region}",
                    with: "region: region, source_url: url, note: [outlet, note]}"
                )
                .replacingOccurrences(
                    of: "layout: long",
                    with: """
                        layout: long
                        series_breaks: {"2010.1": new counting}
                        rules:
                          - unless: {country: [KOR, Korea]}
                            skip: other countries
                          - when: {kind: [a, b]}
                            set: {measure: m}
                        description: >
                          folded
                          text
                        """))
        #expect(spec.columns[.sourceURL] == "url")
        #expect(spec.columns[.note] == nil)
        #expect(spec.noteColumns == ["outlet", "note"])
        #expect(spec.seriesBreaks == ["2010-01": "new counting"])
        #expect(spec.rules.count == 2)
        #expect(spec.rules[0].conditions.isEmpty)
        #expect(spec.rules[0].exclusions.map(\.column) == ["country"])
        #expect(spec.rules[0].exclusions.first?.values == ["KOR", "Korea"])
        #expect(spec.rules[1].conditions.first?.values == ["a", "b"])
        #expect(spec.description == "folded text")
    }

    struct RowSource: Sendable, CustomTestStringConvertible {
        let url: String
        let id: String
        var testDescription: String { url }
    }

    @Test(arguments: [
        RowSource(url: "https://etnews.com/199610010054", id: "s:etnews.com/199610010054"),
        RowSource(url: "http://klb.news/article/view/159804", id: "s:klb.news/article/view/159804"),
        RowSource(
            url: "https://m.wowtv.co.kr/News?articleId=A2011&x=1",
            id: "s:m.wowtv.co.kr/News?articleId=A2011&x=1"),
    ])
    func rowSourceIDIsTheSourceIDAndTheURLWithoutItsScheme(_ source: RowSource) throws {
        #expect(try parse(Self.valid).rowSourceID(url: source.url) == source.id)
    }

    @Test(arguments: mistakes)
    func reportsMistakeWithKeyPath(_ mistake: Mistake) throws {
        let yaml = Self.valid.replacingOccurrences(of: mistake.replace, with: mistake.with)
        #expect(yaml != Self.valid)
        let error = try #require(throws: PipelineError.self) { try parse(yaml) }
        #expect(error.description == mistake.error)
    }

    static let firmSurvey = """
        source: {id: synthetic, publisher: generator, title: T, synthetic: true}
        inputs: [firm_survey/*.csv]
        layout: firm_survey
        region_code_system: kostat
        measures:
          sme_conducting_rd_share: {name: Share of SMEs conducting R&D, unit: percent}
          firm_survey_responses: {name: Responses, unit: count}
        """

    @Test func readsAFirmSurveyPipeline() throws {
        let spec = try parse(Self.firmSurvey)
        guard case .firmSurvey = spec.layout else {
            Issue.record("layout is \(spec.layout)")
            return
        }
        #expect(spec.source.isSynthetic)
        #expect(spec.regionCodeSystem == .kostat)
        #expect(spec.measures.map(\.code) == ["sme_conducting_rd_share", "firm_survey_responses"])
        #expect(try !parse(Self.valid).source.isSynthetic)
    }

    static let firmSurveyMistakes: [Mistake] = [
        Mistake(
            replace: "layout: firm_survey", with: "layout: firm_survey\ncolumns: {region: region}",
            error:
                "Pipelines/x.yaml: columns: not used with layout: firm_survey (its columns are fixed by the contract)"
        ),
        Mistake(
            replace: "layout: firm_survey", with: "layout: firm_survey\ndefaults: {size: SME}",
            error:
                "Pipelines/x.yaml: defaults: not used with layout: firm_survey (its columns are fixed by the contract)"
        ),
        Mistake(
            replace: "layout: firm_survey",
            with: "layout: firm_survey\nrules: [{when: {a: b}, skip: c}]",
            error:
                "Pipelines/x.yaml: rules: not used with layout: firm_survey (its columns are fixed by the contract)"
        ),
        Mistake(
            replace: "layout: firm_survey", with: "layout: firm_survey\nunmatched: reject",
            error:
                "Pipelines/x.yaml: unmatched: not used with layout: firm_survey (its columns are fixed by the contract)"
        ),
        Mistake(
            replace: "layout: firm_survey", with: "layout: firm_survey\nread: {skip_records: 2}",
            error:
                "Pipelines/x.yaml: read.skip_records: not used with layout: firm_survey (the header is the first row)"
        ),
        Mistake(
            replace: "layout: firm_survey",
            with: "layout: firm_survey\nread: {comment_prefix: '#'}",
            error:
                "Pipelines/x.yaml: read.comment_prefix: not used with layout: firm_survey (the header is the first row)"
        ),
        Mistake(
            replace: "layout: firm_survey",
            with: "layout: firm_survey\nwide: {period_pattern: '(x)'}",
            error: "Pipelines/x.yaml: wide: only allowed with layout: wide"),
        Mistake(
            replace: "region_code_system: kostat\n", with: "",
            error:
                "Pipelines/x.yaml: region_code_system: is required with layout: firm_survey (numeric regions in the contract are kostat codes)"
        ),
        Mistake(
            replace: "firm_survey_responses: {name: Responses, unit: count}",
            with: "firm_survey_sales: {name: Sales, unit: million KRW}",
            error:
                "Pipelines/x.yaml: measures.firm_survey_sales: not a firm-survey aggregate (known: sme_conducting_rd_share, firm_survey_rd_expenditure, firm_survey_responses)"
        ),
        Mistake(
            replace: "unit: count", with: "unit: persons",
            error:
                "Pipelines/x.yaml: measures.firm_survey_responses.unit: \"persons\", but this aggregate is in count"
        ),
        Mistake(
            replace: "synthetic: true", with: "synthetic: maybe",
            error: "Pipelines/x.yaml: source.synthetic: expected true or false"),
        Mistake(
            replace: "synthetic: true", with: "synthetic: true, fake: yes",
            error:
                "Pipelines/x.yaml: source.fake: unknown key (known here: id, licence, note, publisher, synthetic, title, url)"
        ),
    ]

    @Test(arguments: firmSurveyMistakes)
    func reportsFirmSurveyMistakeWithKeyPath(_ mistake: Mistake) throws {
        let yaml = Self.firmSurvey.replacingOccurrences(of: mistake.replace, with: mistake.with)
        #expect(yaml != Self.firmSurvey)
        let error = try #require(throws: PipelineError.self) { try parse(yaml) }
        #expect(error.description == mistake.error)
    }

    @Test func reportsBrokenYAML() throws {
        let error = try #require(throws: PipelineError.self) { try parse("source: [unclosed") }
        #expect(
            error.description
                == "Pipelines/x.yaml:2:1: not valid YAML: did not find expected ',' or ']' "
                + "(while parsing a flow sequence at line 1, column 9)")
    }

    @Test func everyShippedPipelineParses() throws {
        let catalog = try PipelineCatalog(directory: TestPaths.packageRoot + "/Pipelines")
        #expect(catalog.errors.isEmpty, "\(catalog.errors)")
        #expect(catalog.specs.count >= 2)
    }
}
