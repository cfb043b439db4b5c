/// One cell of a sheet row: its 1-based column and what it holds.
public struct XLSXCell: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case text(String)
        /// A number as the sheet writes it (`4.7732558E7`) and as a Double.
        case number(Double, written: String)
        case boolean(Bool)
        /// An error value such as `#DIV/0!`.
        case error(String)
    }

    public let column: Int
    public let value: Value

    public init(column: Int, value: Value) {
        self.column = column
        self.value = value
    }

    /// Whether the cell holds empty text.
    public var isBlank: Bool {
        if case .text(let text) = value { return text.isEmpty }
        return false
    }

    /// The cell's text as a table reads it: a number as written, a boolean as `TRUE`/`FALSE`.
    public var text: String {
        switch value {
        case .text(let text): text
        case .number(_, let written): written
        case .boolean(let flag): flag ? "TRUE" : "FALSE"
        case .error(let code): code
        }
    }
}

/// One row of a sheet: its 1-based number and its cells, by column, gaps left out.
public struct XLSXRow: Equatable, Sendable {
    public let number: Int
    public let cells: [XLSXCell]

    public init(number: Int, cells: [XLSXCell]) {
        self.number = number
        self.cells = cells
    }
}
