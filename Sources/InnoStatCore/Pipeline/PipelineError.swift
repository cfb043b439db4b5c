/// A mistake in a pipeline file, reported as `Pipelines/x.yaml: key.path: what is wrong`.
public struct PipelineError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let keyPath: String
    public let message: String

    public init(file: String, keyPath: String, message: String) {
        self.file = file
        self.keyPath = keyPath
        self.message = message
    }

    public var description: String {
        keyPath.isEmpty ? "\(file): \(message)" : "\(file): \(keyPath): \(message)"
    }
}
