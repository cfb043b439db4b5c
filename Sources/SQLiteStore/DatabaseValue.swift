/// A value stored in, or bound to, an SQLite database, one case per SQLite storage class.
public enum DatabaseValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// Whether the value is SQL `NULL`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The text of a `.text` value; nil for every other storage class.
    public var textValue: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The number of an `.integer` value; nil for every other storage class.
    public var integerValue: Int64? {
        if case .integer(let number) = self { return number }
        return nil
    }

    /// The number of an `.integer` or `.real` value; nil otherwise.
    public var doubleValue: Double? {
        switch self {
        case .integer(let number): return Double(number)
        case .real(let number): return number
        default: return nil
        }
    }

    /// `.text`, or `.null` for nil: an optional binds without a `map` at every call.
    public init(_ text: String?) {
        if let text { self = .text(text) } else { self = .null }
    }

    /// `.real`, or `.null` for nil.
    public init(_ number: Double?) {
        if let number { self = .real(number) } else { self = .null }
    }

    /// `.integer`, or `.null` for nil.
    public init(_ number: Int64?) {
        if let number { self = .integer(number) } else { self = .null }
    }

    /// `.integer`, or `.null` for nil.
    public init(_ number: Int?) {
        if let number { self = .integer(Int64(number)) } else { self = .null }
    }
}

extension DatabaseValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) {
        self = .integer(value)
    }
}

extension DatabaseValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) {
        self = .real(value)
    }
}

extension DatabaseValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension DatabaseValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) {
        self = .null
    }
}
