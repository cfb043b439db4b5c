import SQLiteStore

/// Rows of the run ledger as a report shows them: column titles and the values in order.
public struct LedgerTable: Sendable, Equatable {
    public let columns: [String]
    public let rows: [[DatabaseValue]]

    init(columns: [String], rows: [Row]) {
        self.columns = columns
        self.rows = rows.map(\.values)
    }

    public var isEmpty: Bool { rows.isEmpty }
}
