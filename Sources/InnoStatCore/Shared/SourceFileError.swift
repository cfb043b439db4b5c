/// Something wrong with a raw-data file as a whole: `file:line:column: message`.
public struct SourceFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "\(SourcePlace.text(file: file, line: line, column: column)): \(message)"
    }
}
