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
    private var tailOfDropped: [UInt8] = []

    init(limit: Int) {
        self.limit = limit
    }

    /// Drops the bytes of the field being collected once it is longer than the limit.
    mutating func trim(_ parser: UnsafeMutablePointer<csv_parser>) {
        let length = clibcsv_field_length(parser)
        guard isDropping || length > limit, let buffer = parser.pointee.entry_buf else { return }
        if !isDropping {
            isDropping = true
            head = Array(UnsafeBufferPointer(start: buffer, count: min(length, keptBytes)))
        }
        let dropped = clibcsv_drop_field_bytes(parser, 1)
        guard dropped > 0 else { return }
        let tailCount = min(dropped, keptBytes)
        let newTail = UnsafeBufferPointer(start: buffer + (dropped - tailCount), count: tailCount)
        tailOfDropped = Array((tailOfDropped + newTail).suffix(keptBytes))
        droppedBytes += dropped
    }

    /// Called as libcsv hands over a field: nil for a field within the limit, else the bytes
    /// the record keeps of it (its first ones), after noting it in ``fields``.
    mutating func fieldEnded(
        _ field: UnsafeBufferPointer<UInt8>, index: Int, line: Int
    ) -> [UInt8]? {
        guard isDropping || field.count > limit else { return nil }
        if !isDropping {
            head = Array(field.prefix(keptBytes))
        }
        let tail = Array((tailOfDropped + field).suffix(keptBytes))
        fields.append(
            OverlongField(
                index: index, line: line, byteCount: droppedBytes + field.count, limit: limit,
                head: head, tail: tail))
        isDropping = false
        droppedBytes = 0
        tailOfDropped.removeAll(keepingCapacity: true)
        return head
    }

    /// Forgets the fields of the record just delivered.
    mutating func recordDelivered() {
        fields.removeAll(keepingCapacity: true)
    }

    private var keptBytes: Int { OverlongField.keptBytes }
}
