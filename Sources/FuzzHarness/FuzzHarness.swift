import CSVStream
import Foundation
import InnoStatCore
import XLSXStream

/// What each fuzz target does with one input, shared with the regression tests that replay
/// the inputs a fuzzer once crashed on. A reader may refuse an input by throwing; it must
/// never crash, hang or read out of bounds.
public enum FuzzHarness {
    /// The file the xlsx target writes each input to (the reader opens a path).
    public static let scratchFile =
        NSTemporaryDirectory() + "/innostat-fuzz-\(ProcessInfo.processInfo.processIdentifier).xlsx"

    /// The target's one input reader, for the C callback that cannot capture it.
    nonisolated(unsafe) private static var target: ([UInt8]) -> Void = { _ in }

    /// A fuzz target's `main`: built with `-DFUZZING` (and `-sanitize=fuzzer`) it hands
    /// `body` to libFuzzer's driver with the command line; otherwise it runs `body` on the bytes
    /// of each file named, as the fuzzer did.
    public static func main(_ body: @escaping ([UInt8]) -> Void) throws {
        target = body
        #if FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
        #else
            for path in CommandLine.arguments.dropFirst() {
                body([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
            }
        #endif
    }

    private static let fuzzOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = {
        data, size in
        target(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }

    /// The CSV reader under every encoding and quote policy, every field read as text.
    public static func csv(_ bytes: [UInt8]) {
        for encoding in [TextEncoding.auto, .utf8, .cp949, .windows1252] {
            for strayQuotes in [StrayQuotePolicy.reject, .literal] {
                let options = CSVReaderOptions(
                    encoding: encoding, chunkSize: 7, strayQuotes: strayQuotes, maxFieldBytes: 64)
                let reader = CSVReader(bytes: bytes, displayPath: "fuzz.csv", options: options)
                try? reader.forEachRecord { record in
                    for index in 0..<record.count { _ = record.lineOfField(index) }
                    _ = record.fields
                }
            }
        }
    }

    /// The xlsx reader on a workbook file holding the bytes: every sheet, every row.
    public static func xlsx(_ bytes: [UInt8], scratch: String) {
        guard FileManager.default.createFile(atPath: scratch, contents: Data(bytes)) else {
            return
        }
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var limits = XLSXLimits()
        limits.maxEntryBytes = 8 * 1024 * 1024
        guard let workbook = try? XLSXWorkbook(path: scratch, limits: limits) else { return }
        for sheet in workbook.sheetNames {
            try? workbook.forEachRow(inSheet: sheet) { row in _ = row.cells.map(\.text) }
        }
    }

    /// The exchange-form readers on the bytes as a `.json` reply (JSON-stat, KOSIS OpenAPI), a
    /// `.tsv` (Eurostat) and a `.csv` (SDMX-CSV, labelled too): every row of each.
    public static func replies(_ bytes: [UInt8], scratch: String) {
        for form in ["json", "tsv", "csv"] {
            let path = "\(scratch).\(form)"
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
                continue
            }
            _ = try? TableProbe.rows(path: path)
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// The value, period and unit-label readers on the bytes as text, whole and line by line.
    public static func values(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        for piece in [Substring(text)] + text.split(separator: "\n") {
            let cell = String(piece)
            _ = ValueParser.parse(cell)
            _ = PeriodParser.parse(cell)
            for frequency in PeriodParser.Frequency.allCases {
                _ = PeriodParser.parse(api: cell, frequency: frequency)
            }
            _ = UnitCatalog.unitInLabel(cell)
        }
    }
}

#if FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt
#endif
