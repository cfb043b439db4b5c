import CSVStream
import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// Same content, any form, same observations: a wide KOSIS table (Fixtures/korean-forms, see
/// its README) in UTF-8, UTF-8 with BOM, CP949 and EUC-KR, each with LF, CRLF and CR line ends,
/// loaded through a pipeline into a fresh warehouse.
struct EncodingFormTests {
    struct Form: Sendable, CustomTestStringConvertible {
        let encoding: String
        let lineEnd: String
        /// The encoding a pipeline may declare for it, and what `auto` detects.
        let declared: TextEncoding
        let detected: TextEncoding
        var file: String { "korean-forms/grdp.\(encoding).\(lineEnd).csv" }
        var testDescription: String { "\(encoding) \(lineEnd)" }
    }

    static let encodings: [(name: String, declared: TextEncoding, detected: TextEncoding)] = [
        ("utf8", .utf8, .utf8), ("utf8bom", .utf8, .utf8), ("cp949", .cp949, .cp949),
        ("euckr", .eucKR, .cp949),
    ]

    static let forms: [Form] = encodings.flatMap { encoding, declared, detected in
        ["lf", "crlf", "cr"].map {
            Form(encoding: encoding, lineEnd: $0, declared: declared, detected: detected)
        }
    }

    static func pipeline(encoding: TextEncoding) -> String {
        """
        source: {id: grdp, publisher: Statistics Korea (KOSIS), title: 시도별 지역내총생산}
        inputs: [grdp.csv]
        read: {encoding: \(encoding.rawValue), comment_prefix: "#"}
        layout: wide
        wide: {period_pattern: '^(\\d{4})\\s*년$', ignore_columns: '^Unnamed: \\d+$'}
        columns: {region: 시도별}
        defaults: {unit: million KRW}
        rules:
          - when: {경제활동별: 지역내총생산(시장가격), 항목: 명목}
            set: {measure: grdp_nominal}
          - when: {경제활동별: 지역내총생산(시장가격), 항목: 실질}
            set: {measure: grdp_real}
        unmatched: {skip: contribution to growth is not loaded}
        measures:
          grdp_nominal: {name: GRDP at current prices, unit: million KRW}
          grdp_real: {name: GRDP real, unit: million KRW}
        """
    }

    /// A fresh warehouse loaded from `bytes` as RawData/grdp.csv.
    struct Load {
        let folder: TemporaryFolder
        let summary: RunSummary
        let events: [RunEvent]
        let database: Database

        init(_ bytes: Data, encoding: TextEncoding = .auto) throws {
            folder = try TemporaryFolder()
            try folder.write("Pipelines/grdp.yaml", EncodingFormTests.pipeline(encoding: encoding))
            try folder.write("RawData/grdp.csv", bytes)
            var configuration = RunConfiguration()
            configuration.pipelinesDirectory = folder.file("Pipelines")
            configuration.rawDataDirectory = folder.file("RawData")
            configuration.warehousePath = folder.file("Warehouse/warehouse.sqlite")
            configuration.exportsDirectory = folder.file("Warehouse/exports")
            var events: [RunEvent] = []
            summary = try PipelineRunner(configuration: configuration).run { events.append($0) }
            self.events = events
            database = try Database(path: configuration.warehousePath, mode: .readOnly)
        }

        var file: String { folder.file("RawData/grdp.csv") }

        func observations() throws -> [[DatabaseValue]] {
            try database.rows(
                """
                SELECT measure_code, region_code, period, value, status, source_line,
                       source_column, sector_code, size_code, note
                FROM observation ORDER BY source_line, source_column
                """
            ).map(\.values)
        }

        var diagnostics: [String] {
            events.flatMap { event -> [String] in
                guard case .fileFinished(let result) = event else { return [] }
                return result.diagnostics
            }
        }
    }

    /// Lines 1-2 are the quoted comment, 3 the header, 7 blank and 8 the skipped row.
    static let rows: [(measure: String, region: String, line: Int, values: [Int?])] = [
        ("grdp_nominal", "KR", 4, [1_387_312_268, 1_454_384_791, 1_509_908_856, 1_574_868_314]),
        ("grdp_nominal", "KR-11", 5, [326_942_113, 339_841_574, 348_077_389, 355_173_174]),
        ("grdp_nominal", "KR-50", 6, [nil, nil, nil, 7_040_434]),
        ("grdp_real", "KR-42", 9, [39_343_638, 40_069_040, 40_960_113, 42_411_170]),
        ("grdp_nominal", "KR-49", 10, [12_072_773, 13_128_328, 14_135_353, 14_926_681]),
    ]

    static let expected: [[DatabaseValue]] = rows.flatMap { measure, region, line, values in
        values.enumerated().map { index, value -> [DatabaseValue] in
            [
                .text(measure), .text(region), .text("\(2010 + index)"),
                value.map { .real(Double($0)) } ?? .null, .text(value == nil ? "M" : "A"),
                .integer(Int64(line)), .integer(Int64(5 + index)), "TOT", "ALL", .null,
            ]
        }
    }

    @Test(arguments: forms)
    func everyFormLoadsTheSameObservations(form: Form) throws {
        let bytes = try Fixtures.data(form.file)
        let choices = [(TextEncoding.auto, form.detected), (form.declared, form.declared)]
        for (encoding, detected) in choices {
            let load = try Load(bytes, encoding: encoding)
            #expect(load.summary.succeeded, "\(encoding): \(load.diagnostics)")
            #expect(try load.observations() == Self.expected, "\(encoding)")
            #expect(
                try load.database.rows(
                    """
                    SELECT status, encoding, rows_read, rows_loaded, rows_skipped, rejects
                    FROM etl_load
                    """)
                    == [["loaded", .text(detected.rawValue), 6, 5, 1, 0]], "\(encoding)")
        }
    }

    /// Cut points in each form, found by ASCII text that reads the same in all four encodings.
    struct Cut: Sendable, CustomTestStringConvertible {
        let name: String
        /// The file ends `offset` bytes after the start of `needle`.
        let needle: String
        let offset: Int
        let reject: [DatabaseValue]
        var testDescription: String { name }
    }

    static func cutOff(fields: Int) -> String {
        "the record has \(fields) fields, the header has 9 (the last record, without a line end: "
            + "the file may be cut off)"
    }

    static let cuts: [Cut] = [
        Cut(
            name: "inside a quoted field", needle: "\"339841574.0\"", offset: 4,
            reject: [5, 6, "malformed_record", "file ends inside a quoted field"]),
        Cut(
            name: "inside the last value", needle: "14926681.0", offset: 4,
            reject: [
                10, .null, "ragged_row",
                .text(cutOff(fields: 8)),
            ]),
        Cut(
            name: "before the trailing empty column", needle: "14926681.0", offset: 10,
            reject: [
                10, .null, "ragged_row",
                .text(cutOff(fields: 8)),
            ]),
        Cut(
            name: "after a delimiter", needle: "12072773.0,", offset: 11,
            reject: [
                10, .null, "ragged_row",
                .text(cutOff(fields: 6)),
            ]),
    ]

    /// A file cut off inside a quoted field or a record fails with its file and line; no
    /// short last row is loaded, and nothing else from the file either.
    @Test(arguments: cuts)
    func aCutOffFileFailsWithItsLine(cut: Cut) throws {
        for form in Self.forms {
            let bytes = try Fixtures.data(form.file)
            let needle = try #require(bytes.range(of: Data(cut.needle.utf8)), "\(form)")
            let load = try Load(bytes.prefix(upTo: needle.lowerBound + cut.offset))
            #expect(!load.summary.succeeded)
            #expect(try load.observations() == [], "\(form)")
            #expect(
                try load.database.rows(
                    "SELECT line, column_number, reason_code, message FROM etl_reject"
                ).map(\.values) == [cut.reject], "\(form)")
            #expect(try load.database.scalar("SELECT status FROM etl_load") == "failed")
            let place = cut.reject[1] == .null ? "10" : "5:6"
            let message = cut.reject[3].textValue ?? ""
            #expect(load.diagnostics == ["\(load.file):\(place): \(message)"], "\(form)")
        }
    }

    /// Bytes that are neither UTF-8 nor CP949 anywhere in the file: one line with the line,
    /// field and byte offset, one ledger row, and the rows read before it are not loaded.
    @Test(arguments: [
        ("utf8.lf", "14926681.0", [0xFF] as [UInt8], 10),
        ("utf8bom.crlf", "7040434.0", [0xC3, 0x28], 6),
        ("cp949.cr", "14926681.0", [0xB0, 0x80], 10), ("euckr.crlf", "355173174.0", [0xFF], 5),
    ])
    func bytesInNoKnownEncodingLeaveTheWarehouseUntouched(
        form: String, before needle: String, insert: [UInt8], line: Int
    ) throws {
        var bytes = try Fixtures.data("korean-forms/grdp.\(form).csv")
        let offset = try #require(bytes.range(of: Data(needle.utf8))).lowerBound
        bytes.insert(contentsOf: insert, at: offset)
        let load = try Load(bytes)
        #expect(!load.summary.succeeded)
        #expect(
            load.diagnostics == [
                "\(load.file):\(line):8: not valid UTF-8 or CP949 text (byte \(offset))"
            ])
        #expect(try load.observations() == [])
        #expect(
            try load.database.rows("SELECT status, message FROM etl_load")
                == [["failed", "unreadable: nothing from this file was loaded"]])
        #expect(
            try load.database.rows(
                "SELECT line, column_number, reason_code, message FROM etl_reject")
                == [
                    [
                        .integer(Int64(line)), 8, "malformed_record",
                        .text("not valid UTF-8 or CP949 text (byte \(offset))"),
                    ]
                ])
    }
}
