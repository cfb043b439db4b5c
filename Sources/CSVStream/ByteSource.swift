#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a reader's bytes come from: an open file, read in fixed-size chunks, or memory.
final class ByteSource {
    private enum Storage {
        case file(descriptor: Int32)
        case memory([UInt8])
    }

    private let storage: Storage
    private let file: String
    private var hasBeenRead = false

    /// Opens `path` for reading; a directory counts as an error.
    init(path: String, file: String) throws {
        var descriptor: Int32
        repeat {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else {
            throw CSVError.system(file: file, action: "cannot open", code: errno)
        }
        var status = stat()
        if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            _ = close(descriptor)
            throw CSVError.system(file: file, action: "cannot open", code: EISDIR)
        }
        storage = .file(descriptor: descriptor)
        self.file = file
    }

    init(bytes: [UInt8], file: String) {
        storage = .memory(bytes)
        self.file = file
    }

    deinit {
        if case .file(let descriptor) = storage {
            _ = close(descriptor)
        }
    }

    /// Calls `body` with consecutive chunks of at most `chunkSize` bytes, from the start.
    func forEachChunk(
        size chunkSize: Int,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let size = max(1, chunkSize)
        switch storage {
        case .memory(let bytes):
            try bytes.withUnsafeBufferPointer { all in
                var start = 0
                while start < all.count {
                    let end = min(start + size, all.count)
                    try body(UnsafeBufferPointer(rebasing: all[start..<end]))
                    start = end
                }
            }
        case .file(let descriptor):
            try rewind(descriptor)
            let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
            defer { buffer.deallocate() }
            while true {
                let count = read(descriptor, buffer, size)
                if count < 0 {
                    if errno == EINTR {
                        continue
                    }
                    throw CSVError.system(file: file, action: "cannot read", code: errno)
                }
                if count == 0 {
                    return
                }
                try body(UnsafeBufferPointer(start: buffer, count: count))
            }
        }
    }

    private func rewind(_ descriptor: Int32) throws {
        if hasBeenRead && lseek(descriptor, 0, SEEK_SET) < 0 {
            throw CSVError.system(file: file, action: "cannot rewind", code: errno)
        }
        hasBeenRead = true
    }
}
