import Testing

@testable import InnoStatCore

/// YAML syntax errors keep libyaml's own problem with its line and column, and what libyaml was
/// reading where; a misspelt key is reported before the value it leaves missing.
struct PipelineSyntaxErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let yaml: String
        let error: String
        var testDescription: String { error }
    }

    static let source = "source: {id: s, publisher: P, title: T}\n"

    static let cases: [Case] = [
        Case(
            yaml: source + "inputs: [a.csv]\ncolumns:\n\tregion: r\n",
            error: "Pipelines/x.yaml:4:1: not valid YAML: found character that cannot start any "
                + "token (while scanning for the next token at line 4, column 1)"),
        Case(
            yaml: source + "inputs:\n  - a.csv\n\t- b.csv\n",
            error: "Pipelines/x.yaml:4:1: not valid YAML: found a tab character that violates "
                + "indentation (while scanning a plain scalar at line 3, column 5)"),
        Case(
            yaml: source + " inputs: [a.csv]\n",
            error: "Pipelines/x.yaml:2:2: not valid YAML: did not find expected key (while "
                + "parsing a block mapping at line 1, column 1)"),
        Case(
            yaml: "source: [unclosed\n",
            error: "Pipelines/x.yaml:2:1: not valid YAML: did not find expected ',' or ']' "
                + "(while parsing a flow sequence at line 1, column 9)"),
        Case(
            yaml: "description: \"open\n",
            error: "Pipelines/x.yaml:2:1: not valid YAML: found unexpected end of stream (while "
                + "scanning a quoted scalar at line 1, column 14)"),
        Case(
            yaml: "key: value: other\n",
            error: "Pipelines/x.yaml:1:11: not valid YAML: mapping values are not allowed in "
                + "this context"),
        Case(
            yaml: source + "source: {id: t, publisher: P, title: T}\n",
            error: "Pipelines/x.yaml:1:1: not valid YAML: key \"source\" appears more than once "
                + "in a mapping"),
        Case(
            yaml: source + "inputs: [a.csv]\ncolums: {region: r}\n",
            error: "Pipelines/x.yaml: colums: unknown key (known here: checks, columns, "
                + "defaults, description, enabled, fetch, indented_rows, inputs, layout, may_shrink, measures, name, precedence, "
                + "read, region_code_system, rules, series_breaks, source, status_codes, tolerance, "
                + "unit_from_label, unmatched, wide)"),
        Case(
            yaml: "source: {id: s, publisher: P, titel: T}\ninputs: [a.csv]\n",
            error: "Pipelines/x.yaml: source.title: is required (is \"titel\" a misspelling of "
                + "it?)"),
        Case(
            yaml: source + "inputs: [a.csv]\nread: {encoding: auto, skip_record: 1}\n",
            error: "Pipelines/x.yaml: read.skip_record: unknown key (known here: carry_down, "
                + "comment_prefix, dataset, delimiter, derive, encoding, max_field_bytes, sheet, skip_records, "
                + "stray_quotes)"),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAndWhere(_ example: Case) throws {
        let error = try #require(throws: PipelineError.self) {
            try PipelineSpec.parse(yaml: example.yaml, file: "Pipelines/x.yaml", defaultName: "x")
        }
        #expect(error.description == example.error)
    }
}
