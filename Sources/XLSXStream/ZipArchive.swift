import CZip

/// A zip file read entry by entry through libzip. Entry names are only looked up inside the
/// archive: nothing here touches the file system with a name an archive gives.
final class ZipArchive {
    private let archive: OpaquePointer
    private let file: String
    private let limits: XLSXLimits

    init(path: String, file: String, limits: XLSXLimits) throws {
        var code: Int32 = 0
        guard let opened = zip_open(path, ZIP_RDONLY, &code) else {
            throw XLSXError(file: file, message: Self.openFailure(code))
        }
        archive = opened
        self.file = file
        self.limits = limits
    }

    deinit { zip_discard(archive) }

    func contains(_ name: String) -> Bool {
        zip_name_locate(archive, name, 0) >= 0
    }

    /// Streams the inflated bytes of entry `name` to `body`, a buffer at a time, refusing an
    /// entry whose declared size or ratio passes the limits, or that inflates past its
    /// declared size.
    func read(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let index = zip_name_locate(archive, name, 0)
        guard index >= 0 else { throw XLSXError(file: file, message: "no \(name) in the workbook") }
        let declared = try checkedSize(of: UInt64(index), name: name)
        guard let entry = zip_fopen_index(archive, UInt64(index), 0) else {
            throw XLSXError(file: file, message: "\(name): cannot be read (\(lastError()))")
        }
        defer { zip_fclose(entry) }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 64 * 1024)
        defer { buffer.deallocate() }
        var total: Int64 = 0
        while true {
            let count = zip_fread(entry, buffer, 64 * 1024)
            if count < 0 {
                throw XLSXError(file: file, message: "\(name): damaged (\(lastError()))")
            }
            if count == 0 { break }
            total += count
            if total > declared || total > limits.maxEntryBytes {
                throw XLSXError(
                    file: file, message: "\(name): inflates past its declared \(declared) bytes")
            }
            try body(UnsafeBufferPointer(start: buffer, count: Int(count)))
        }
    }

    private func checkedSize(of index: UInt64, name: String) throws -> Int64 {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(archive, index, 0, &stat) == 0 else {
            throw XLSXError(file: file, message: "\(name): cannot be read (\(lastError()))")
        }
        let size = Int64(clamping: stat.size)
        let compressed = max(Int64(clamping: stat.comp_size), 1)
        if size > limits.maxEntryBytes {
            throw XLSXError(
                file: file,
                message: "\(name): declares \(size) bytes, more than the limit of "
                    + "\(limits.maxEntryBytes)")
        }
        if size > limits.ratioFreeBytes && size / compressed > limits.maxCompressionRatio {
            throw XLSXError(
                file: file,
                message: "\(name): inflates \(size / compressed) times (\(compressed) to \(size) "
                    + "bytes), more than the limit of \(limits.maxCompressionRatio)")
        }
        return size
    }

    private func lastError() -> String {
        String(cString: zip_strerror(archive)).lowercased()
    }

    private static func openFailure(_ code: Int32) -> String {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        return "not a readable xlsx workbook ("
            + String(cString: zip_error_strerror(&error))
            .lowercased() + ")"
    }
}
