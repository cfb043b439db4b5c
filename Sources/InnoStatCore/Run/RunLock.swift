import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run at a time per warehouse: an exclusive `flock` on `<warehouse>.lock`, which the
/// kernel releases when the holder dies, so a stale lock is taken over without ceremony.
/// The file records the holder's pid and start time for the message a second run prints.
public final class RunLock {
    public struct Held: Error, Equatable, Sendable, CustomStringConvertible {
        public let lockPath: String
        public let holder: String
        public var description: String {
            "another run holds the warehouse lock \(lockPath) (\(holder))"
        }
    }

    public let path: String
    private let descriptor: Int32

    /// Takes the lock, waiting up to `wait` seconds (nil: fail at once). `onWait` hears once,
    /// with the holder, that the lock is held and this run waits.
    public init(
        warehousePath: String, wait: Double? = nil, onWait: (String) -> Void = { _ in }
    ) throws {
        path = warehousePath + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw SourceFileError(
                file: path, message: "cannot open the lock file: \(SystemError.text(errno))")
        }
        let deadline = (wait ?? 0).isFinite ? Date().addingTimeInterval(wait ?? 0) : .distantFuture
        var waiting = false
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = SystemError.text(errno)
                close(fd)
                throw SourceFileError(file: path, message: "cannot lock: \(reason)")
            }
            if Date() >= deadline {
                let holder = Self.readHolder(fd)
                close(fd)
                throw Held(lockPath: path, holder: holder)
            }
            if !waiting {
                waiting = true
                onWait(Self.readHolder(fd))
            }
            usleep(100_000)
        }
        descriptor = fd
        let note = "pid \(ProcessInfo.processInfo.processIdentifier), started \(Timestamp.now())\n"
        _ = ftruncate(fd, 0)
        _ = note.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func readHolder(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return "holder unknown" }
        let text = String(decoding: buffer[0..<count], as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
