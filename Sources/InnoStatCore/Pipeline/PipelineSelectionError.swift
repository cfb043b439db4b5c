/// Why the pipelines named with `--only` cannot be taken. ``unknown`` and ``repeated`` are
/// mistakes of the command line; ``invalid`` is a mistake in the named pipeline's own file.
public enum PipelineSelectionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `closest` is empty when no known name is close.
    case unknown(name: String, closest: [String], known: [String])
    case repeated(name: String)
    /// The file that would define the pipeline has errors, so it defines none.
    case invalid(name: String, errors: [PipelineError])

    public var isUsageError: Bool {
        if case .invalid = self { return false }
        return true
    }

    /// One line per problem.
    public var lines: [String] {
        switch self {
        case .unknown(let name, let closest, let known):
            let hint =
                closest.isEmpty
                ? " (known: \(known.joined(separator: ", ")))"
                : " (closest: \(closest.joined(separator: ", ")))"
            return ["--only: no pipeline named \"\(name)\"\(hint)"]
        case .repeated(let name):
            return ["--only: \"\(name)\" is given more than once"]
        case .invalid(_, let errors):
            return errors.map(\.description)
        }
    }

    public var description: String { lines.joined(separator: "\n") }
}
