import CSVStream

/// A record copied out of a ``CSVRecord`` view, with its line numbers.
struct ReadRecord: Equatable, Sendable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    var fieldLines: [Int]

    init(line: Int, fields: [String], fieldLines: [Int]? = nil) {
        self.line = line
        self.fields = fields
        self.fieldLines = fieldLines ?? Array(repeating: line, count: fields.count)
    }

    init(_ record: CSVRecord) {
        line = record.line
        fields = record.fields
        fieldLines = (0..<record.count).map { record.lineOfField($0) }
    }

    var description: String { "\(line) \(fields) \(fieldLines)" }
}
