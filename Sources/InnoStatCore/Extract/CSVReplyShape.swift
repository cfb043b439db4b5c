import CSVStream

/// The exchange forms that arrive as CSV, told by their first record: a Eurostat TSV is
/// reshaped into its long rows, a labelled SDMX-CSV read as its codes; any other file passes
/// as it is. Shared by the extractor and by `init`'s survey of a file.
struct CSVReplyShape {
    private var labelled: Bool?
    private var eurostat: EurostatTSV?

    /// The delimiter a file is read with: the declared one, else a tab for a `.tsv` file, else
    /// a comma.
    static func delimiter(path: String, declared: UInt8?) -> UInt8 {
        declared ?? UInt8(ascii: path.lowercased().hasSuffix(".tsv") ? "\t" : ",")
    }

    /// Calls `body` with the row or rows `record` stands for, in order.
    mutating func rows(
        of record: CSVRecord, file: String, _ body: (any TableRow) throws -> Void
    ) throws {
        if labelled == nil {
            labelled = SDMXLabels.isLabelledHeader(record.fields)
            if EurostatTSV.isHeader(record.fields) {
                let tsv = EurostatTSV(header: record.fields)
                eurostat = tsv
                return try body(SheetRow(line: record.line, fields: tsv.header))
            }
        }
        if let eurostat {
            for row in try eurostat.rows(of: record, file: file) { try body(row) }
        } else if labelled == true {
            try body(SheetRow(line: record.line, fields: record.fields.map(SDMXLabels.code)))
        } else {
            try body(record)
        }
    }
}
