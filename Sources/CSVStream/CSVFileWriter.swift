#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes CSV records to a file as UTF-8 without a byte order mark, buffered.
///
/// Call ``close()`` to flush and see write errors; a writer dropped unclosed flushes what it
/// can and closes the file silently.
public final class CSVFileWriter {
    private let path: String
    private let writer: CSVWriter
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var isClosed = false
    private static let flushThreshold = 64 * 1024

    /// Creates or truncates the file at `path`; failure throws a `cannot create: …` error.
    public init(path: String, writer: CSVWriter = .init()) throws {
        var descriptor: Int32
        repeat {
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else {
            throw CSVError.system(file: path, action: "cannot create", code: errno)
        }
        self.path = path
        self.writer = writer
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    deinit {
        if !isClosed {
            try? flush()
            closeDescriptor(descriptor)
        }
    }

    /// Appends one record.
    public func write(_ fields: [String]) throws {
        guard !isClosed else {
            throw CSVError(file: path, message: "cannot write: the writer is closed")
        }
        writer.appendRecord(fields, to: &buffer)
        if buffer.count >= Self.flushThreshold {
            try flush()
        }
    }

    /// Writes out buffered records and closes the file; later calls do nothing.
    public func close() throws {
        guard !isClosed else { return }
        isClosed = true
        defer { closeDescriptor(descriptor) }
        try flush()
    }

    private func flush() throws {
        var written = 0
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { bytes in
            while written < bytes.count {
                let result = writeDescriptor(
                    descriptor, bytes.baseAddress! + written, bytes.count - written)
                if result < 0 {
                    if errno == EINTR {
                        continue
                    }
                    throw CSVError.system(file: path, action: "cannot write", code: errno)
                }
                written += result
            }
        }
    }
}

private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}

private func writeDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
