#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the original bytes of a source into UTF-8 text, one chunk at a time.
///
/// Drops a UTF-8 byte order mark, detects UTF-8 or CP949 for `.auto`, validates UTF-8 and
/// transcodes legacy encodings with iconv. At most a few bytes (a cut-off character or byte
/// order mark) are held back between chunks. Invalid bytes are an error at the line and field
/// that ``outputPosition`` gives once the text before them has been passed on; CP949 detected
/// for `.auto` that reads as Windows-1252 is counted in ``warning``.
final class InputDecoder {
    private enum Mode {
        /// Looking for a byte order mark.
        case start
        /// `.auto` and only ASCII seen so far.
        case undecided
        case utf8
        case legacy
    }

    private let encoding: TextEncoding
    private let file: String
    private var mode: Mode
    private var converter: IconvConverter?
    /// The encoding the text turned out to be, nil while undecided.
    private(set) var detected: TextEncoding?

    /// Bytes held back from the previous chunk and their offset in the original bytes.
    private var pending: [UInt8] = []
    private var pendingOffset = 0
    private var joined: [UInt8] = []
    private var nextOffset = 0
    /// The original byte just before the buffer being processed, before the held-back bytes
    /// and at the end of the last chunk (0 at the start).
    private var byteBeforeBuffer: UInt8 = 0
    private var byteBeforePending: UInt8 = 0
    private var lastByte: UInt8 = 0

    /// Where the text passed on so far ends: the physical line and field number.
    var outputPosition: () -> (line: Int, column: Int) = { (1, 1) }

    private var firstSuspicion: (line: Int, column: Int, byteOffset: Int, bytes: [UInt8])?
    private var suspicionCount = 0

    init(encoding: TextEncoding, file: String) throws {
        self.encoding = encoding
        self.file = file
        switch encoding {
        case .auto:
            mode = .start
        case .utf8:
            mode = .start
            detected = .utf8
        case .cp949, .eucKR, .windows1252:
            mode = .legacy
            detected = encoding
            converter = try Self.openConverter(for: encoding, file: file)
        }
    }

    /// The capacity of the buffer that joins held-back bytes to a chunk, for memory checks.
    var scratchCapacity: Int { joined.capacity + pending.capacity }

    /// CP949 detected for `.auto` whose characters read as Windows-1252 (see
    /// ``EncodingWarning``), nil if there are none.
    var warning: EncodingWarning? {
        guard let first = firstSuspicion else { return nil }
        let decoded =
            IconvConverter(sourceEncoding: "CP949").flatMap { converter in
                var text: [UInt8] = []
                let outcome = first.bytes.withUnsafeBufferPointer {
                    converter.convert($0) { text.append(contentsOf: $0) }
                }
                return outcome == .complete ? String(decoding: text, as: UTF8.self) : nil
            } ?? Windows1252.text(first.bytes)
        return EncodingWarning(
            file: file, line: first.line, column: first.column, byteOffset: first.byteOffset,
            decoded: decoded, windows1252: Windows1252.text(first.bytes), count: suspicionCount)
    }

    /// Decodes the next chunk of original bytes, passing UTF-8 text to `sink`.
    func decode(
        _ chunk: UnsafeBufferPointer<UInt8>,
        to sink: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let offset = nextOffset
        nextOffset += chunk.count
        defer { lastByte = chunk.last ?? lastByte }
        if pending.isEmpty {
            byteBeforeBuffer = lastByte
            try process(chunk, offset: offset, isFinal: false, sink)
            return
        }
        byteBeforeBuffer = byteBeforePending
        joined.removeAll(keepingCapacity: true)
        joined.append(contentsOf: pending)
        joined.append(contentsOf: chunk)
        let joinedOffset = pendingOffset
        pending.removeAll(keepingCapacity: true)
        try joined.withUnsafeBufferPointer {
            try process($0, offset: joinedOffset, isFinal: false, sink)
        }
    }

    /// Decodes any bytes held back at the end of the source.
    func finish(to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        guard !pending.isEmpty else { return }
        let rest = pending
        pending.removeAll()
        byteBeforeBuffer = byteBeforePending
        try rest.withUnsafeBufferPointer {
            try process($0, offset: pendingOffset, isFinal: true, sink)
        }
    }

    private func process(
        _ buffer: UnsafeBufferPointer<UInt8>,
        offset: Int,
        isFinal: Bool,
        _ sink: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        let count = buffer.count
        var index = 0
        while true {
            switch mode {
            case .start:
                let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
                let prefix = min(count, 3)
                if (0..<prefix).allSatisfy({ base[$0] == byteOrderMark[$0] }) {
                    if prefix < 3 && !isFinal {
                        hold(base, from: 0, count: count, offset: offset)
                        return
                    }
                    if prefix == 3 {
                        index = 3
                        detected = .utf8
                        mode = .utf8
                        continue
                    }
                }
                mode = encoding == .auto ? .undecided : .utf8
            case .undecided:
                let nonASCII = UTF8Scanner.firstNonASCII(in: base, from: index, count: count)
                try emit(base, from: index, to: nonASCII, sink)
                if nonASCII == count {
                    return
                }
                index = nonASCII
                switch UTF8Scanner.sequence(in: base, at: index, count: count) {
                case .valid:
                    detected = .utf8
                    mode = .utf8
                case .incomplete where !isFinal:
                    hold(base, from: index, count: count, offset: offset)
                    return
                case .incomplete, .invalid:
                    converter = try Self.openConverter(for: .cp949, file: file)
                    detected = .cp949
                    mode = .legacy
                }
            case .utf8:
                try validateUTF8(base, from: index, count: count, offset: offset, isFinal, sink)
                return
            case .legacy:
                try transcode(base, from: index, count: count, offset: offset, isFinal, sink)
                return
            }
        }
    }

    private func validateUTF8(
        _ base: UnsafePointer<UInt8>,
        from start: Int,
        count: Int,
        offset: Int,
        _ isFinal: Bool,
        _ sink: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        var index = start
        while true {
            index = UTF8Scanner.firstNonASCII(in: base, from: index, count: count)
            if index == count {
                break
            }
            switch UTF8Scanner.sequence(in: base, at: index, count: count) {
            case .valid(let length):
                index += length
            case .incomplete where !isFinal:
                try emit(base, from: start, to: index, sink)
                hold(base, from: index, count: count, offset: offset)
                return
            case .incomplete, .invalid:
                try emit(base, from: start, to: index, sink)
                throw invalidText(at: offset + index)
            }
        }
        try emit(base, from: start, to: count, sink)
    }

    private func transcode(
        _ base: UnsafePointer<UInt8>,
        from start: Int,
        count: Int,
        offset: Int,
        _ isFinal: Bool,
        _ sink: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        guard let converter else { return }
        var limit = count
        if encoding == .eucKR {
            limit = Self.firstNonEUCKRByte(base, from: start, count: count)
        }
        var start = start
        if encoding == .auto, let suspect = countWindows1252(base, from: start, to: limit) {
            let before = UnsafeBufferPointer(start: base + start, count: suspect - start)
            switch try converter.convert(before, to: sink) {
            case .complete:
                break
            case .incomplete(let consumed), .invalid(let consumed):
                throw invalidText(at: offset + start + consumed)
            }
            let position = outputPosition()
            firstSuspicion = (
                position.line, position.column, offset + suspect,
                [base[suspect], base[suspect + 1]]
            )
            start = suspect
        }
        let input = UnsafeBufferPointer(start: base + start, count: limit - start)
        switch try converter.convert(input, to: sink) {
        case .complete where limit == count:
            return
        case .complete:
            throw invalidText(at: offset + limit)
        case .incomplete(let consumed) where limit == count && !isFinal:
            hold(base, from: start + consumed, count: count, offset: offset)
        case .incomplete(let consumed), .invalid(let consumed):
            throw invalidText(at: offset + start + consumed)
        }
    }

    /// Counts the two-byte characters in `start..<end` that read as Windows-1252 rather than
    /// CP949 (see ``EncodingWarning``); returns the index of the first one in the file if it
    /// is among them. `start` is at a character boundary.
    private func countWindows1252(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int)
        -> Int?
    {
        var first: Int?
        var index = start
        while index + 1 < end {
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let trail = base[index + 1]
            let previous = index > 0 ? base[index - 1] : byteBeforeBuffer
            let afterLetterOrDigit =
                (0x30...0x39).contains(previous) || (0x41...0x5A).contains(previous)
                || (0x61...0x7A).contains(previous)
            let outsideKSX1001 = lead < 0xA1 || trail < 0xA1
            if afterLetterOrDigit && outsideKSX1001 && Windows1252.character(lead) != nil {
                suspicionCount += 1
                if firstSuspicion == nil && first == nil { first = index }
            }
            index += 2
        }
        return first
    }

    /// The index of the first byte that occurs in no EUC-KR text (0x80...0xA0, 0xFF), or
    /// `count`. glibc's EUC-KR decoder passes such bytes through as C1 controls instead of
    /// failing, which would hide CP949-only text read as EUC-KR.
    private static func firstNonEUCKRByte(
        _ base: UnsafePointer<UInt8>,
        from start: Int,
        count: Int
    ) -> Int {
        var index = start
        while index < count {
            let byte = base[index]
            if (byte >= 0x80 && byte <= 0xA0) || byte == 0xFF {
                return index
            }
            index += 1
        }
        return count
    }

    private func emit(
        _ base: UnsafePointer<UInt8>,
        from start: Int,
        to end: Int,
        _ sink: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        if end > start {
            try sink(UnsafeBufferPointer(start: base + start, count: end - start))
        }
    }

    private func hold(_ base: UnsafePointer<UInt8>, from start: Int, count: Int, offset: Int) {
        byteBeforePending = start > 0 ? base[start - 1] : byteBeforeBuffer
        pending.append(contentsOf: UnsafeBufferPointer(start: base + start, count: count - start))
        pendingOffset = offset + start
    }

    private func invalidText(at byteOffset: Int) -> CSVError {
        let position = outputPosition()
        return CSVError(
            file: file, line: position.line, column: position.column, byteOffset: byteOffset,
            message: encoding.invalidTextMessage)
    }

    private static func openConverter(for encoding: TextEncoding, file: String) throws
        -> IconvConverter
    {
        let name = encoding.iconvName ?? "CP949"
        guard let converter = IconvConverter(sourceEncoding: name) else {
            throw CSVError.system(file: file, action: "cannot decode \(name)", code: errno)
        }
        return converter
    }
}
