/// A pipeline named with `--only` that has nothing to fetch: a mistake of the command line.
public struct FetchSelectionError: CategorizedError, Equatable, Sendable,
    CustomStringConvertible
{
    public let name: String
    /// The pipelines that have a `fetch` key.
    public let fetching: [String]

    public var category: ErrorCategory { .usage }

    public var description: String {
        let known =
            fetching.isEmpty
            ? "none has one" : "those with one: \(fetching.joined(separator: ", "))"
        return "--only: pipeline \"\(name)\" has no fetch key, so nothing to fetch (\(known))"
    }
}
