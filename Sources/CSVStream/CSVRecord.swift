/// A view of one record, valid only inside the closure it is passed to.
///
/// Fields are kept as UTF-8 bytes in a buffer the reader reuses for the next record;
/// `String`s are created only when a field is asked for as text.
public struct CSVRecord {
    /// The 1-based physical line where the record starts.
    public let line: Int
    /// False only for a last record that the input ends inside, without a line end: either a
    /// file written without a final line end or one cut off in the middle of this record.
    public let endsWithLineEnd: Bool
    /// Fields longer than ``CSVReaderOptions/maxFieldBytes``, in order; empty for almost every
    /// record. Such a field holds only its first bytes here, so the record must be refused.
    public let overlongFields: [OverlongField]
    private let bytes: UnsafePointer<UInt8>
    private let fieldEnds: UnsafePointer<Int>
    private let fieldLines: UnsafePointer<Int>
    private let fieldCount: Int

    init(
        line: Int,
        endsWithLineEnd: Bool,
        bytes: UnsafePointer<UInt8>,
        fieldEnds: UnsafePointer<Int>,
        fieldLines: UnsafePointer<Int>,
        fieldCount: Int,
        overlongFields: [OverlongField] = []
    ) {
        self.line = line
        self.endsWithLineEnd = endsWithLineEnd
        self.bytes = bytes
        self.fieldEnds = fieldEnds
        self.fieldLines = fieldLines
        self.fieldCount = fieldCount
        self.overlongFields = overlongFields
    }

    /// The number of fields.
    public var count: Int { fieldCount }

    /// The field at `index`, decoded from UTF-8.
    public subscript(index: Int) -> String {
        withFieldBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of the field at `index`, without copying them.
    ///
    /// The buffer is valid only during the call.
    public func withFieldBytes<R>(
        _ index: Int,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> R
    ) rethrows -> R {
        let (start, end) = bounds(of: index)
        return try body(UnsafeBufferPointer(start: bytes + start, count: end - start))
    }

    /// Whether the field at `index` has no bytes (`a,,b` and `a,"",b` alike).
    public func fieldIsEmpty(_ index: Int) -> Bool {
        let (start, end) = bounds(of: index)
        return start == end
    }

    /// All fields, decoded from UTF-8.
    public var fields: [String] {
        (0..<fieldCount).map { self[$0] }
    }

    /// The 1-based physical line where the field at `index` starts.
    public func lineOfField(_ index: Int) -> Int {
        precondition(index >= 0 && index < fieldCount, "field index out of range")
        return fieldLines[index]
    }

    private func bounds(of index: Int) -> (start: Int, end: Int) {
        precondition(index >= 0 && index < fieldCount, "field index out of range")
        return (index == 0 ? 0 : fieldEnds[index - 1], fieldEnds[index])
    }
}

extension CSVRecord {
    /// Calls `body` with a record view of `fields`, all at `line`: a row read from elsewhere (a
    /// workbook's sheet) goes through code written for records. The view is valid only during
    /// the call.
    public static func withRecord<R>(
        fields: [String], line: Int, _ body: (CSVRecord) throws -> R
    ) rethrows -> R {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(fields.count)
        for field in fields {
            bytes.append(contentsOf: field.utf8)
            ends.append(bytes.count)
        }
        let lines = Array(repeating: line, count: fields.count)
        if bytes.isEmpty { bytes.append(0) }
        return try bytes.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in
                try lines.withUnsafeBufferPointer { lines in
                    try body(
                        CSVRecord(
                            line: line, endsWithLineEnd: true, bytes: bytes.baseAddress!,
                            fieldEnds: ends.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                            fieldLines: lines.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                            fieldCount: fields.count))
                }
            }
        }
    }
}
