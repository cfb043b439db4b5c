import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// The lines of docs/values-and-checks.md "CSV policy" that the pipeline, not the reader,
/// decides: ragged rows, trimming, empty cells and duplicate column names. The reader's lines are
/// tested in CSVStreamTests (see CSVPolicyTests there).
struct CSVPolicyPipelineTests {
    static let widePipeline = """
        source: {id: t, publisher: P, title: T}
        inputs: [t.csv]
        tolerance: 100
        layout: wide
        wide: {period_pattern: '^(\\d{4})$', ignore_columns: '^Unnamed: \\d+$'}
        columns: {region: region}
        defaults: {measure: m, unit: count}
        measures:
          m: {name: M, unit: count}
        """

    /// Ragged rows (Papa Parse's TooFewFields and TooManyFields cases) and
    /// surrounding spaces, line by line.
    static let wideCSV = """
        region,2020,2021,Unnamed: 3
        서울특별시,1,2,
        부산광역시,3,4
        대구광역시,5,6,,,
        인천광역시,7,8,,x
        광주광역시,9
          대전광역시  , 10 ," 11",
        울산광역시,12,13,x

        """

    @Test func raggedRowsAndSpaces() throws {
        let fixture = try PipelineRunnerTests.Fixture(
            pipelines: ["t": Self.widePipeline], files: ["t.csv": Self.wideCSV])
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let db = try fixture.database()
        #expect(
            try db.rows(
                "SELECT region_code, period, value, source_line FROM observation ORDER BY 4, 2")
                == [
                    // A full row.
                    ["KR-11", "2020", .real(1), 2], ["KR-11", "2021", .real(2), 2],
                    // The trailing ignored column missing, on a line with a line end.
                    ["KR-26", "2020", .real(3), 3], ["KR-26", "2021", .real(4), 3],
                    // Extra fields, all empty.
                    ["KR-27", "2020", .real(5), 4], ["KR-27", "2021", .real(6), 4],
                    // The transform trims the label and the numbers; the reader kept the spaces.
                    ["KR-30", "2020", .real(10), 7], ["KR-30", "2021", .real(11), 7],
                ])
        #expect(
            try db.rows(
                "SELECT line, column_number, raw_text, reason_code, message FROM etl_reject") == [
                    [
                        5, .null, "인천광역시,7,8,,x", "ragged_row",
                        "the record has 5 fields, the header has 4",
                    ],
                    [
                        6, .null, "광주광역시,9", "ragged_row",
                        "the record has 2 fields, the header has 4",
                    ],
                    [
                        8, 4, "x", "unexpected_value",
                        "\"x\" in column \"Unnamed: 3\", which must stay empty",
                    ],
                ])
        #expect(
            try db.rows("SELECT rows_read, rows_loaded, rows_rejected FROM etl_load")
                == [[7, 4, 3]])
    }

    /// Empty cells in mapped columns are absent: the unit falls back to the measure's and the
    /// status to `A`; an empty value is a missing figure.
    @Test func emptyCellsFallBack() throws {
        let pipeline = """
            source: {id: n, publisher: P, title: T}
            inputs: [n.csv]
            layout: long
            columns: {period: period, region: region, value: value, unit: unit, status: status}
            defaults: {measure: rd}
            measures:
              rd: {name: R&D, unit: 100 million KRW}
            """
        let csv = """
            period,region,value,unit,status
            2010,서울특별시,5,,
            2011,서울특별시,3,억원,P
            2012,서울특별시,,억원,

            """
        let fixture = try PipelineRunnerTests.Fixture(
            pipelines: ["n": pipeline], files: ["n.csv": csv])
        #expect(try fixture.run().0.succeeded)
        #expect(
            try fixture.database().rows("SELECT period, value, status FROM observation ORDER BY 1")
                == [["2010", .real(5), "A"], ["2011", .real(3), "P"], ["2012", .null, "M"]])
    }

    /// Papa Parse's duplicate-header cases: the reader keeps the names as they are, and a
    /// pipeline refuses to map a name that appears twice rather than take the first.
    @Test func aMappedColumnThatAppearsTwiceIsRefused() throws {
        let fixture = try PipelineRunnerTests.Fixture(
            pipelines: ["t": Self.widePipeline],
            files: ["t.csv": "region,2020,region,Unnamed: 3\n서울특별시,1,부산광역시,\n"])
        let (summary, events) = try fixture.run()
        #expect(!summary.succeeded)
        #expect(try fixture.database().scalar("SELECT count(*) FROM observation") == .integer(0))
        let diagnostics = events.flatMap { event -> [String] in
            guard case .fileFinished(let result) = event else { return [] }
            return result.diagnostics
        }
        #expect(try fixture.database().scalar("SELECT status FROM etl_load") == "failed")
        #expect(
            diagnostics == [
                "\(fixture.configuration.pipelinesDirectory)/t.yaml: columns.region: column "
                    + "\"region\" appears 2 times in \(fixture.folder.file("RawData"))/t.csv "
                    + "(fields 1, 3)"
            ])
    }
}
