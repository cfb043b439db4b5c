import CSVStream

/// One data row as Extract hands it on, whatever the file was: a CSV record or a sheet's row.
/// Valid only inside the closure it is passed to.
protocol TableRow {
    /// The 1-based physical line of a CSV record, or the row number of a sheet's row.
    var line: Int { get }
    var count: Int { get }
    subscript(index: Int) -> String { get }
    func fieldIsEmpty(_ index: Int) -> Bool
    var fields: [String] { get }
    /// The line a field starts on (a quoted CSV field may span lines).
    func lineOfField(_ index: Int) -> Int
    /// False only for a CSV file's last record when the file ends inside it.
    var endsWithLineEnd: Bool { get }
    var overlongFields: [OverlongField] { get }
    /// The 1-based column of the file a field was read from.
    func sourceColumn(_ index: Int) -> Int
}

extension TableRow {
    /// The field's own place, but in a table the reader reshaped (a Eurostat TSV line is a
    /// row per period).
    func sourceColumn(_ index: Int) -> Int { index + 1 }
}

extension CSVRecord: TableRow {}

/// A sheet's row with a cell in every column up to the table's width: a column the sheet has
/// no cell in reads as empty text.
struct SheetRow: TableRow {
    let line: Int
    let fields: [String]

    var count: Int { fields.count }
    subscript(index: Int) -> String { fields[index] }
    func fieldIsEmpty(_ index: Int) -> Bool { fields[index].isEmpty }
    func lineOfField(_ index: Int) -> Int { line }
    var endsWithLineEnd: Bool { true }
    var overlongFields: [OverlongField] { [] }
}
