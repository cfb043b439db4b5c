import CSVStream
import Testing

@testable import InnoStatCore

/// KOSIS layouts through the mapper: header rows named for rules, periods down a column,
/// carried-down row dimensions, units inside labels, indented lower levels, provisional and
/// quarterly periods, notes on members. Each case is CSV text and a pipeline; the outcome is
/// written `measure region period value status [note]` per figure, or `skip: …`/`reject: …`.
struct RowMapperLayoutTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let pipeline: String
        let csv: String
        let expected: [String]
        var testDescription: String { name }
    }

    static let source = "source: {id: s, publisher: P, title: T}\ninputs: [a.csv]\n"

    static let cases: [Case] = [
        Case(
            name: "a period row and an item row; the rule tests the item row; 천명 scaled",
            pipeline: """
                layout: wide
                wide: {header_rows: [period, 항목]}
                columns: {region: 시도별}
                unit_from_label: 항목
                rules:
                  - when: {항목: 경제활동인구 (천명)}
                    set: {measure: labour}
                  - when: {항목: 비율 (%)}
                    skip: shares are not loaded
                measures:
                  labour: {name: L, unit: persons}
                """,
            csv: "시도별,2023,2023,2024\n시도별,경제활동인구 (천명),비율 (%),경제활동인구 (천명)\n"
                + "서울특별시,5.5,20.1,5.25\n",
            expected: ["labour KR-11 2023 5500 A", "labour KR-11 2024 5250 A"]),
        Case(
            name: "merged period cells left empty after the first take its text",
            pipeline: """
                layout: wide
                wide: {header_rows: [period, 항목]}
                columns: {region: 시도별}
                rules:
                  - when: {항목: 학교수 (개)}
                    set: {measure: schools}
                  - when: {항목: 학과수 (개)}
                    set: {measure: departments}
                measures:
                  schools: {name: S, unit: count}
                  departments: {name: D, unit: count}
                """,
            csv: "시도별,2000,\n시도별,학교수 (개),학과수 (개)\n부산광역시,12,340\n",
            expected: ["schools KR-26 2000 12 A", "departments KR-26 2000 340 A"]),
        Case(
            name: "periods down a 시점 column, items across",
            pipeline: """
                layout: wide
                wide: {header_rows: [항목]}
                columns: {period: 시점}
                defaults: {region: KR}
                rules:
                  - when: {항목: CO2}
                    set: {measure: co2}
                  - when: {항목: CH4}
                    set: {measure: ch4}
                measures:
                  co2: {name: CO2, unit: million tonnes CO2 eq}
                  ch4: {name: CH4, unit: million tonnes CO2 eq}
                """,
            csv: "시점,CO2,CH4\n1990,251.99,30.235\n1991,274.849,-\n",
            expected: [
                "co2 KR 1990 251.99 A", "ch4 KR 1990 30.235 A", "co2 KR 1991 274.849 A",
                "ch4 KR 1991 nil M",
            ]),
        Case(
            name: "a row dimension written once carries down to the rows below",
            pipeline: """
                read: {carry_down: [시도별]}
                layout: wide
                wide: {header_rows: [period]}
                columns: {region: 시도별}
                rules:
                  - when: {설립: 계}
                    set: {measure: all}
                  - when: {설립: 국립}
                    set: {measure: national}
                measures:
                  all: {name: A, unit: count}
                  national: {name: N, unit: count}
                """,
            csv: "시도별,설립,2024\n서울특별시,계,39\n,국립,1\n대구광역시,계,4\n,국립,1\n",
            expected: [
                "all KR-11 2024 39 A", "national KR-11 2024 1 A", "all KR-27 2024 4 A",
                "national KR-27 2024 1 A",
            ]),
        Case(
            name: "indented lower levels are skipped by declaration, a known region is not",
            pipeline: """
                layout: wide
                wide: {header_rows: [period]}
                columns: {region: 행정구역별}
                defaults: {measure: p}
                indented_rows: {skip: 시군구 are not loaded}
                measures:
                  p: {name: P, unit: persons}
                """,
            csv: "행정구역별,2024\n서울특별시,9331828\n\u{3000}\u{3000}종로구,139417\n"
                + "  세종특별자치시,386525\n",
            expected: [
                "p KR-11 2024 9331828 A", "skip: 시군구 are not loaded", "p KR-50 2024 386525 A",
            ]),
        Case(
            name: "an indented unknown label without the declaration is rejected",
            pipeline: """
                layout: wide
                wide: {header_rows: [period]}
                columns: {region: 행정구역별}
                defaults: {measure: p}
                measures:
                  p: {name: P, unit: persons}
                """,
            csv: "행정구역별,2024\n\u{3000}종로구,139417\n",
            expected: [
                "reject: unknown region \"종로구\" (closest: 총계, 전국, 대구)"
            ]),
        Case(
            name: "quarters and a provisional mark as KOSIS writes them",
            pipeline: """
                layout: wide
                wide: {header_rows: [period]}
                columns: {region: 시도별}
                defaults: {measure: g}
                measures:
                  g: {name: G, unit: percent}
                """,
            csv: "시도별,2024.3/4,2024 4/4,2025 1/4 p)\n전국,1.5,1.2,0.9\n",
            expected: ["g KR 2024-Q3 1.5 A", "g KR 2024-Q4 1.2 A", "g KR 2025-Q1 0.9 P"]),
        Case(
            name: "a unit in a label the catalogue does not know is a reject",
            pipeline: """
                layout: wide
                wide: {header_rows: [period, 항목]}
                columns: {region: 시도별}
                unit_from_label: 항목
                defaults: {measure: f}
                measures:
                  f: {name: F, unit: count}
                """,
            csv: "시도별,2020\n시도별,농가 (농가수)\n전국,1\n",
            expected: ["reject: unknown unit \"농가수\""]),
        Case(
            name: "the unit in a column's label: the register CSV's 항목",
            pipeline: """
                layout: wide
                wide: {period_pattern: '^(\\d{4}) 년$'}
                columns: {region: 시도별}
                unit_from_label: 항목
                defaults: {measure: p}
                measures:
                  p: {name: P, unit: persons}
                """,
            csv: "시도별,항목,2000 년\n전국,총인구수 (천명),47732.558\n",
            expected: ["p KR 2000 47732558 A"]),
    ]

    static func describe(_ outcome: RowMapper.Outcome) -> [String] {
        switch outcome {
        case .skipped(let reason): return ["skip: \(reason)"]
        case .rejected(let rejects): return rejects.map { "reject: \($0.message)" }
        case .observations(let observations, let rejects):
            return observations.map { figure in
                let value = figure.value.map { DecimalFormat.shortest($0) } ?? "nil"
                let note = figure.note.map { " [\($0)]" } ?? ""
                return "\(figure.measure) \(figure.region) \(figure.period) \(value) "
                    + "\(figure.status.rawValue)\(note)"
            } + rejects.map { "reject: \($0.message)" }
        }
    }

    static func map(_ csv: String, _ pipeline: String, metadata: KOSISMetadata? = nil) throws
        -> [String]
    {
        let spec = try PipelineSpec.parse(
            yaml: source + pipeline, file: "Pipelines/x.yaml", defaultName: "x")
        var headerRows: [[String]] = []
        var mapper: RowMapper?
        var described: [String] = []
        try CSVReader(bytes: Array(csv.utf8), displayPath: "a.csv").forEachRecord { record in
            if mapper != nil {
                described += describe(mapper!.map(record))
                return
            }
            headerRows.append(record.fields)
            if headerRows.count == spec.headerRowCount {
                var header = TableHeader(rows: headerRows, lines: [])
                header.metadata = metadata
                mapper = try RowMapper(spec: spec, table: header, file: "a.csv")
            }
        }
        return described
    }

    @Test(arguments: cases)
    func mapsTheLayout(_ testCase: Case) throws {
        let outcome = try Self.map(testCase.csv, testCase.pipeline)
        #expect(outcome == testCase.expected)
    }

    @Test func metadataNotesGoToTheirMembersRowsAndItemsColumns() throws {
        let metadata = KOSISMetadata(rows: [
            ["○ 주석", ""], ["통계표", "연말기준"],
            ["행정구역(시군구)별 > 세종특별자치시", "2012.7.1  신설"],
            ["학교현황별 > 재적학생수", "2021년부터 유예생 포함"],
        ])
        let pipeline = """
            layout: wide
            wide: {header_rows: [period, 항목]}
            columns: {region: 행정구역(시군구)별(1)}
            rules:
              - when: {항목: 학교수 (개)}
                set: {measure: schools}
              - when: {항목: 재적학생수 (명)}
                set: {measure: students}
            measures:
              schools: {name: S, unit: count}
              students: {name: E, unit: persons}
            """
        let csv =
            "행정구역(시군구)별(1),2024,2024\n행정구역(시군구)별(1),학교수 (개),재적학생수 (명)\n"
            + "세종특별자치시,2,1000\n서울특별시,39,500\n"
        #expect(
            try Self.map(csv, pipeline, metadata: metadata) == [
                "schools KR-50 2024 2 A [2012.7.1 신설]",
                "students KR-50 2024 1000 A [2012.7.1 신설; 2021년부터 유예생 포함]",
                "schools KR-11 2024 39 A", "students KR-11 2024 500 A [2021년부터 유예생 포함]",
            ])
    }

    struct Mistake: Sendable, CustomTestStringConvertible {
        let pipeline: String
        let error: String
        var testDescription: String { error }
    }

    static let mistakes = [
        Mistake(
            pipeline: "layout: wide\nwide: {header_rows: [항목], period_pattern: '^(\\d{4})$'}\n"
                + "columns: {period: p}\ndefaults: {measure: m}\nmeasures:\n  m: {name: M, unit: count}\n",
            error: "Pipelines/x.yaml: wide.period_pattern: needs a header row named period in "
                + "wide.header_rows"),
        Mistake(
            pipeline: "layout: wide\nwide: {header_rows: [항목]}\n"
                + "defaults: {measure: m}\nmeasures:\n  m: {name: M, unit: count}\n",
            error: "Pipelines/x.yaml: columns: wide.header_rows has no period row, so "
                + "columns.period must name the period column"),
        Mistake(
            pipeline: "layout: wide\nwide: {header_rows: [period, 항목, 항목]}\n"
                + "defaults: {measure: m}\nmeasures:\n  m: {name: M, unit: count}\n",
            error: "Pipelines/x.yaml: wide.header_rows: names a header row twice"),
        Mistake(
            pipeline: "layout: wide\nwide: {header_rows: [period]}\ncolumns: {period: p}\n"
                + "defaults: {measure: m}\nmeasures:\n  m: {name: M, unit: count}\n",
            error: "Pipelines/x.yaml: columns: period comes from the period header row with "
                + "layout: wide"),
        Mistake(
            pipeline:
                "layout: wide\nwide: {header_rows: [period]}\nindented_rows: {skip: 1, x: 2}\n"
                + "defaults: {measure: m}\nmeasures:\n  m: {name: M, unit: count}\n",
            error: "Pipelines/x.yaml: indented_rows.x: unknown key (known here: skip)"),
    ]

    @Test(arguments: mistakes)
    func refusesAMistakenTableDeclaration(_ mistake: Mistake) {
        #expect {
            try PipelineSpec.parse(
                yaml: Self.source + mistake.pipeline, file: "Pipelines/x.yaml", defaultName: "x")
        } throws: { "\($0)" == mistake.error }
    }
}
