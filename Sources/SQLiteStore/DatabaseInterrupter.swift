internal import CSQLite3
import Foundation

/// Stops a connection's SQL from another thread (a signal handler's, say): `interrupt()` makes
/// the statement running now, and every one started after it until `resume()`, fail with
/// `SQLITE_INTERRUPT` (9), which rolls back the open transaction.
///
/// Get it from ``Database/makeInterrupter()``; do not use it once the database is closed.
public final class DatabaseInterrupter: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()
    private var stopping = false

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    /// Whether statements are being refused.
    public var isInterrupted: Bool { lock.withLock { stopping } }

    /// Interrupts the running statement and refuses the following ones.
    public func interrupt() {
        lock.withLock { stopping = true }
        sqlite3_interrupt(handle)
    }

    /// Lets statements run again (to record how the work ended).
    public func resume() {
        lock.withLock { stopping = false }
    }
}

extension Database {
    /// Installs a progress handler that checks the interrupter every 1000 virtual-machine
    /// steps, so a statement started after `interrupt()` fails too.
    public func makeInterrupter() -> DatabaseInterrupter {
        if let interrupter { return interrupter }
        let made = DatabaseInterrupter(handle: handle)
        interrupter = made
        sqlite3_progress_handler(
            handle, 1000,
            { context in
                guard let context else { return 0 }
                let interrupter = Unmanaged<DatabaseInterrupter>.fromOpaque(context)
                    .takeUnretainedValue()
                return interrupter.isInterrupted ? 1 : 0
            }, Unmanaged.passUnretained(made).toOpaque())
        return made
    }
}
