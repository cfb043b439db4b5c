import Yams

/// A position in a parsed YAML document that knows its key path, for precise error messages.
/// Every mapping read through a cursor must have all its keys consumed or declared optional:
/// `finish()` reports the first unknown key, so a typo never passes silently.
final class YAMLCursor {
    let file: String
    let path: String
    let node: Node?
    private var readKeys: Set<String> = []
    /// The other keys of the mapping this value was looked up in, to name a misspelt one.
    private let siblingKeys: [String]

    init(file: String, path: String, node: Node?, siblingKeys: [String] = []) {
        self.file = file
        self.path = path
        self.node = node
        self.siblingKeys = siblingKeys
    }

    static func parse(yaml: String, file: String) throws -> YAMLCursor {
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw PipelineError(file: file, keyPath: "", message: "the file is empty")
            }
            return YAMLCursor(file: file, path: "", node: node)
        } catch let error as PipelineError {
            throw error
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            let text = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
            throw PipelineError(file: file, keyPath: "", message: "not valid YAML: \(text)")
        }
    }

    /// libyaml's problem at its line and column, then what it was reading where.
    private static func syntaxError(_ error: YamlError, file: String) -> PipelineError {
        func within(_ context: YamlError.Context?) -> String {
            guard let context else { return "" }
            return " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return PipelineError(
                file: file, line: mark.line, column: mark.column, keyPath: "",
                message: "not valid YAML: \(problem)\(within(context))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            return PipelineError(
                file: file, line: context.mark.line, column: context.mark.column, keyPath: "",
                message: "not valid YAML: key \(keys) appears more than once in a mapping")
        case .reader(let problem, let offset, _, _):
            return PipelineError(
                file: file, keyPath: "",
                message: "not valid YAML: \(problem)" + (offset.map { " at byte \($0)" } ?? ""))
        default:
            let text = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
            return PipelineError(file: file, keyPath: "", message: "not valid YAML: \(text)")
        }
    }

    /// A required value that is absent; a key beside it a letter or two away is named.
    func missing() -> PipelineError {
        let key = Array((path.split(separator: ".").last ?? "").unicodeScalars)
        let near = siblingKeys.first {
            EditDistance.between(Array($0.unicodeScalars), key) <= (key.count >= 5 ? 2 : 1)
        }
        return error("is required" + (near.map { " (is \"\($0)\" a misspelling of it?)" } ?? ""))
    }

    func error(_ message: String) -> PipelineError {
        PipelineError(file: file, keyPath: path, message: message)
    }

    private func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    var isMapping: Bool { node?.mapping != nil }
    var isSequence: Bool { node?.sequence != nil }
    var exists: Bool { node != nil && node?.null == nil }

    func requireMapping() throws -> Node.Mapping {
        guard let mapping = node?.mapping else { throw error("expected a mapping") }
        return mapping
    }

    subscript(key: String) -> YAMLCursor {
        readKeys.insert(key)
        return YAMLCursor(
            file: file, path: childPath(key), node: node?.mapping?[key],
            siblingKeys: node?.mapping?.keys.compactMap(\.string).filter { $0 != key } ?? [])
    }

    func has(_ key: String) -> Bool {
        guard let value = node?.mapping?[key] else { return false }
        return value.null == nil
    }

    /// The mapping's keys in document order.
    func keys() throws -> [String] {
        try requireMapping().keys.map { key in
            guard let name = key.string else { throw error("keys must be text") }
            return name
        }
    }

    func elements() throws -> [YAMLCursor] {
        guard exists else { return [] }
        guard let sequence = node?.sequence else { throw error("expected a list") }
        return sequence.enumerated().map { index, element in
            YAMLCursor(file: file, path: "\(path)[\(index)]", node: element)
        }
    }

    /// A scalar or a list of scalars, as a list.
    func stringList() throws -> [String] {
        guard exists else { return [] }
        if node?.sequence != nil {
            return try elements().map { try $0.string() }
        }
        return [try string()]
    }

    func string() throws -> String {
        guard let node, node.null == nil else { throw missing() }
        guard let scalar = node.scalar else { throw error("expected a text value") }
        // A folded or literal block (`note: >`) ends with a line end that is not text.
        var text = Substring(scalar.string)
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }

    func optionalString() throws -> String? {
        exists ? try string() : nil
    }

    func int(default value: Int? = nil) throws -> Int {
        guard exists else {
            if let value { return value }
            throw missing()
        }
        guard let number = Int(try string()) else { throw error("expected a whole number") }
        return number
    }

    func double() throws -> Double {
        let text = try string()
        guard let number = Double(text), number.isFinite else {
            throw error("expected a number, got \"\(text)\"")
        }
        return number
    }

    func optionalDouble() throws -> Double? {
        exists ? try double() : nil
    }

    func bool(default value: Bool) throws -> Bool {
        guard exists else { return value }
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected true or false")
        }
    }

    /// Fails on the first key of this mapping that is neither in `keys` nor asked for yet.
    func finish(knowing keys: [String]) throws {
        readKeys.formUnion(keys)
        try finish()
    }

    /// Fails on the first key of this mapping that no reader asked for.
    func finish() throws {
        guard let mapping = node?.mapping else { return }
        for key in mapping.keys {
            guard let name = key.string else { continue }
            if !readKeys.contains(name) {
                let known = readKeys.sorted().joined(separator: ", ")
                throw PipelineError(
                    file: file, keyPath: childPath(name),
                    message: "unknown key (known here: \(known))")
            }
        }
    }
}
