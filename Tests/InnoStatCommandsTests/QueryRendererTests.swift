import SQLiteStore
import Testing

@testable import InnoStatCommands

struct QueryRendererTests {
    let renderer = QueryRenderer(
        columns: ["name", "value", "note"],
        rows: [
            [.text("서울"), .real(56), .null],
            [.text("a \"quoted\", text"), .integer(-3), .text("two\nlines")],
        ])

    @Test func csvQuotesWhatNeedsIt() {
        #expect(
            renderer.render(.csv)
                == "name,value,note\n서울,56,\n\"a \"\"quoted\"\", text\",-3,\"two\nlines\"\n")
    }

    @Test func jsonKeepsNumbersAndNulls() {
        #expect(
            renderer.render(.json) == """
                [
                  {"name": "서울", "value": 56, "note": null},
                  {"name": "a \\"quoted\\", text", "value": -3, "note": "two\\nlines"}
                ]

                """)
    }

    @Test func markdownEscapesPipes() {
        let table = QueryRenderer(columns: ["a|b"], rows: [[.text("x|y")]])
        #expect(table.render(.markdown) == "| a\\|b |\n| --- |\n| x\\|y |\n")
    }

    @Test func tableAlignsWideCharactersAndNumbers() {
        #expect(
            renderer.render(.table) == """
                ┌──────────────────┬───────┬───────────┐
                │ name             │ value │ note      │
                ├──────────────────┼───────┼───────────┤
                │ 서울             │    56 │           │
                │ a "quoted", text │    -3 │ two lines │
                └──────────────────┴───────┴───────────┘

                """)
    }

    @Test func emptyResultIsAnEmptyArray() {
        #expect(
            QueryRenderer(columns: ["a"], rows: [] as [[DatabaseValue]]).render(.json) == "[]\n")
    }

    @Test(arguments: [
        (QueryFormat.table, ""), (.csv, ""), (.markdown, ""), (.json, "[]\n"),
    ])
    func aStatementWithoutColumnsPrintsNoTable(format: QueryFormat, expected: String) {
        #expect(QueryRenderer(columns: [], rows: [[]]).render(format) == expected)
    }
}
