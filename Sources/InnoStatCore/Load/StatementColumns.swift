import SQLiteStore

/// A prepared statement's result columns by name, for loops that step the statement and read
/// its columns without building rows: look the positions up once before the loop
/// (`let value = columns["value"]`), then `statement.double(at: value)` per row. A name the
/// query does not return traps, as `Row`'s does.
struct StatementColumns {
    private let index: [String: Int]

    init(_ statement: Statement) {
        var index: [String: Int] = [:]
        for position in 0..<statement.columnCount {
            let name = statement.columnName(at: position)
            if index[name] == nil { index[name] = position }
        }
        self.index = index
    }

    subscript(name: String) -> Int {
        guard let position = index[name] else {
            preconditionFailure("no column \"\(name)\" in this statement (\(index.keys.sorted()))")
        }
        return position
    }
}
