/// One row a query returned: its values in column order, read by position or by column name.
///
/// `row["value"]` traps for a name the query does not return, so a SELECT that changes breaks
/// loudly instead of shifting every later column.
public struct Row: Sendable, Equatable, RandomAccessCollection, ExpressibleByArrayLiteral {
    public let values: [DatabaseValue]
    private let names: ColumnNames

    init(values: [DatabaseValue], names: ColumnNames) {
        self.values = values
        self.names = names
    }

    public init(arrayLiteral values: DatabaseValue...) {
        self.values = values
        names = ColumnNames([])
    }

    public var startIndex: Int { values.startIndex }
    public var endIndex: Int { values.endIndex }
    public subscript(position: Int) -> DatabaseValue { values[position] }

    /// The value of the column named `name` (as the query names it: `AS` aliases included).
    public subscript(name: String) -> DatabaseValue {
        guard let index = names.index[name] else {
            preconditionFailure(
                "no column \"\(name)\" in this row (\(names.list.joined(separator: ", ")))")
        }
        return values[index]
    }

    public func text(_ name: String) -> String? { self[name].textValue }
    public func integer(_ name: String) -> Int64? { self[name].integerValue }
    public func int(_ name: String) -> Int? { self[name].integerValue.map { Int($0) } }
    public func double(_ name: String) -> Double? { self[name].doubleValue }

    public static func == (lhs: Row, rhs: Row) -> Bool { lhs.values == rhs.values }
}

/// The column names of a statement, shared by the rows it returns.
final class ColumnNames: Sendable {
    let list: [String]
    let index: [String: Int]

    init(_ list: [String]) {
        self.list = list
        index = Dictionary(list.enumerated().map { ($1, $0) }) { first, _ in first }
    }
}
