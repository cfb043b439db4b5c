/// Reads a file as a pipeline's extractor would, every row, and counts them: for the fuzz
/// targets, which must find the readers refusing bad input by throwing, never crashing.
public enum TableProbe {
    /// The data rows of the file (CSV with its SDMX and Eurostat forms, xlsx, xls, a JSON
    /// reply), its form found as `run` finds it; a refusal throws.
    public static func rows(path: String) throws -> Int {
        let read = ReadSpec(
            encoding: .auto, delimiter: UInt8(ascii: ","), commentPrefix: nil, skipRecords: 0,
            strayQuotes: .reject)
        var rows = 0
        let extractor = TableExtractor(
            read: read, headerRowCount: 1, path: path, displayPath: "fuzz")
        _ = try extractor.extract(
            onHeader: { _ in },
            onRow: { row in
                for index in 0..<row.count { _ = (row[index], row.sourceColumn(index)) }
                rows += 1
            })
        return rows
    }
}
