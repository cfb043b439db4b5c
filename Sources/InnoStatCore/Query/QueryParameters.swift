import SQLiteStore

/// The `--param NAME=VALUE` values of a query and the rules for binding them: every parameter
/// of the SQL gets exactly one value and every value is used, so nothing binds NULL or is
/// dropped unnoticed. A value is an integer or a real when it is written as one (`7`, `-2`,
/// `0.5`, `1e3`); anything else, a leading zero (`007`) or an integer too large included, is
/// text.
public struct QueryParameters: Sendable {
    /// A command-line mistake in the parameters, printed as is.
    public struct Mistake: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
    }

    public let values: [(name: String, value: DatabaseValue)]

    /// Parses `NAME=VALUE` arguments; a name given twice is a mistake.
    public init(arguments: [String]) throws {
        var values: [(name: String, value: DatabaseValue)] = []
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "=") else {
                throw Mistake(description: "--param takes NAME=VALUE, got \"\(argument)\"")
            }
            var name = String(argument[..<equals])
            if let first = name.first, ":$@".contains(first) { name.removeFirst() }
            guard !name.isEmpty else {
                throw Mistake(description: "--param takes NAME=VALUE, got \"\(argument)\"")
            }
            if values.contains(where: { $0.name == name }) {
                throw Mistake(description: "--param \(name) is given more than once")
            }
            values.append(
                (name, Self.value(of: String(argument[argument.index(after: equals)...]))))
        }
        self.values = values
    }

    /// The value `text` binds as.
    public static func value(of text: String) -> DatabaseValue {
        guard isNumeral(text) else { return .text(text) }
        if !text.contains(where: { ".eE".contains($0) }) {
            return Int64(text).map { .integer($0) } ?? .text(text)
        }
        guard let real = Double(text), real.isFinite else { return .text(text) }
        return .real(real)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`: a number as SQL and JSON write it.
    private static func isNumeral(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" { rest.removeFirst() }
        let whole = rest.prefix(while: \.isASCIIDigit)
        guard !whole.isEmpty, whole == "0" || whole.first != "0" else { return false }
        rest = rest.dropFirst(whole.count)
        if rest.first == "." {
            rest.removeFirst()
            let fraction = rest.prefix(while: \.isASCIIDigit)
            guard !fraction.isEmpty else { return false }
            rest = rest.dropFirst(fraction.count)
        }
        if let e = rest.first, e == "e" || e == "E" {
            rest.removeFirst()
            if let sign = rest.first, sign == "+" || sign == "-" { rest.removeFirst() }
            let exponent = rest.prefix(while: \.isASCIIDigit)
            guard !exponent.isEmpty else { return false }
            rest = rest.dropFirst(exponent.count)
        }
        return rest.isEmpty
    }

    /// Binds every value to its parameter; a value the SQL does not use, or a parameter of the
    /// SQL without a value, is a mistake.
    public func bind(to statement: Statement) throws {
        var bound: Set<Int> = []
        for (name, value) in values {
            let candidates = [":" + name, "$" + name, "@" + name]
            guard
                let index = candidates.lazy.compactMap({ statement.parameterIndex(named: $0) })
                    .first
            else {
                throw Mistake(description: "the SQL has no parameter :\(name)")
            }
            try statement.bind(value, at: index)
            bound.insert(index)
        }
        for index in stride(from: 1, through: statement.parameterCount, by: 1)
        where !bound.contains(index) {
            guard let name = statement.parameterName(at: index), !name.hasPrefix("?") else {
                throw Mistake(
                    description: "the SQL has a positional parameter (?) that --param cannot "
                        + "bind; name it (:name)")
            }
            let bare = String(name.dropFirst())
            throw Mistake(
                description: "the SQL's parameter \(name) has no value (--param \(bare)=VALUE)")
        }
    }
}
