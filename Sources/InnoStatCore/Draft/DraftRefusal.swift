/// Why `init` cannot draft a pipeline for a file: one line, naming the file.
public struct DraftRefusal: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let reason: String

    public var description: String { "\(file): cannot draft a pipeline: \(reason)" }
}
