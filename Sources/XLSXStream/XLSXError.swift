/// Something wrong with a workbook: `file.xlsx: message` or `file.xlsx:데이터!C14: message`.
public struct XLSXError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// `sheet!cell` or `sheet` when the problem has one.
    public let place: String?
    public let message: String

    public init(file: String, place: String? = nil, message: String) {
        self.file = file
        self.place = place
        self.message = message
    }

    public var description: String {
        place.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
