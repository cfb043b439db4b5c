import CLibCSV

/// Keeps each field libcsv collects within a byte limit, so memory is bounded by the limit and
/// not by the file.
///
/// libcsv grows its field buffer until the field ends. After every `csv_parse` call (each
/// fed at most ``RecordParser/parseSliceBytes``) a field past the limit has its bytes dropped
/// from that buffer, all but the last one: libcsv may have stored a quote there that it takes
/// back if the field ends right after it. libcsv's state is left alone, so it stays in step
/// with the input and the field, its record and the records after it end where they would
/// have. The field's first and last bytes and its length are kept for the reject.
struct OverlongFieldTracker {
    let limit: Int
    /// The fields of the current record found too long so far.
    private(set) var fields: [OverlongField] = []
    private var isDropping = false
    private var droppedBytes = 0
    private var head: [UInt8] = []
    private var tail: [UInt8] = []

    init(limit: Int) {
        self.limit = limit
    }

    /// Drops the bytes of the field being collected once it is longer than the limit.
    mutating func trim(_ parser: UnsafeMutablePointer<csv_parser>) {
        let length = clibcsv_field_length(parser)
        guard isDropping || length > limit, let buffer = parser.pointee.entry_buf else { return }
        isDropping = true
        guard length > 1 else { return }
        let dropping = UnsafeBufferPointer(start: buffer, count: length - 1)
        keepEnds(of: dropping)
        droppedBytes += clibcsv_drop_field_bytes(parser, 1)
    }

    /// Called as libcsv hands over a field: nil for a field within the limit, else the bytes
    /// the record keeps of it (its first ones), after noting it in ``fields``.
    mutating func fieldEnded(
        _ field: UnsafeBufferPointer<UInt8>, index: Int, line: Int
    ) -> [UInt8]? {
        guard isDropping || field.count > limit else { return nil }
        keepEnds(of: field)
        let kept = head
        fields.append(
            OverlongField(
                index: index, line: line, byteCount: droppedBytes + field.count, limit: limit,
                head: head, tail: tail))
        isDropping = false
        droppedBytes = 0
        head.removeAll(keepingCapacity: true)
        tail.removeAll(keepingCapacity: true)
        return kept
    }

    /// Adds the field's next bytes to its first and last ones kept.
    private mutating func keepEnds(of bytes: UnsafeBufferPointer<UInt8>) {
        if head.count < keptBytes {
            head += bytes.prefix(keptBytes - head.count)
        }
        tail = Array((tail + bytes.suffix(keptBytes)).suffix(keptBytes))
    }

    /// Forgets the fields of the record just delivered.
    mutating func recordDelivered() {
        fields.removeAll(keepingCapacity: true)
    }

    private var keptBytes: Int { OverlongField.keptBytes }
}
