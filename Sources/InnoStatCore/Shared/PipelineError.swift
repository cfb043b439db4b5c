/// A mistake in a pipeline file, reported as `Pipelines/x.yaml: key.path: what is wrong`, or
/// `Pipelines/x.yaml:3:1: what is wrong` where the place is a line and column (YAML syntax).
public struct PipelineError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let keyPath: String
    public let message: String

    public init(
        file: String, line: Int? = nil, column: Int? = nil, keyPath: String, message: String
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
    }

    public var description: String {
        let place = SourcePlace.text(file: file, line: line, column: column)
        return keyPath.isEmpty ? "\(place): \(message)" : "\(place): \(keyPath): \(message)"
    }
}
