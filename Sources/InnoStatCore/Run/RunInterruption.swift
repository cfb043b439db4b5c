import Dispatch
import Foundation
import SQLiteStore

/// SIGINT and SIGTERM during a run: the handler (on its own queue) interrupts the warehouse
/// connection, so the load in progress fails and rolls back; the run then stops at its next
/// step, marks itself `interrupted` and throws ``RunInterrupted``. A run that does not get
/// there within `gracePeriod` seconds, or a second signal, ends the process at once (the
/// next run then marks it `aborted`).
public final class RunInterruption: @unchecked Sendable {
    public static let signals: [Int32] = [SIGINT, SIGTERM]

    private let lock = NSLock()
    private var received: Int32?
    private var interrupter: DatabaseInterrupter?
    private var runID: Int64?
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "innostat.run-interruption")
    private let gracePeriod: Double

    /// Installs the handlers; `stop()` removes them.
    public init(gracePeriod: Double = 10) {
        self.gracePeriod = gracePeriod
        for number in Self.signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [weak self] in self?.receive(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// The signal received, if one was.
    public var signalReceived: Int32? { lock.withLock { received } }

    /// From now on a signal interrupts this connection, for this run.
    func watch(_ database: Database, runID: Int64) {
        let interrupter = database.makeInterrupter()
        lock.withLock {
            self.interrupter = interrupter
            self.runID = runID
            if received != nil { interrupter.interrupt() }
        }
    }

    /// Lets the connection run statements again, to record how the run ended.
    func resumeDatabase() {
        lock.withLock { interrupter?.resume() }
    }

    /// Throws ``RunInterrupted`` once a signal came.
    func check() throws {
        if let received = signalReceived, let runID = lock.withLock({ self.runID }) {
            throw RunInterrupted(runID: runID, signal: received)
        }
    }

    /// Removes the handlers and forgets the connection (before it closes).
    public func stop() {
        lock.withLock {
            interrupter = nil
            for source in sources { source.cancel() }
            sources = []
        }
        for number in Self.signals { signal(number, SIG_DFL) }
    }

    private func receive(_ number: Int32) {
        let isRepeat = lock.withLock {
            defer {
                if received == nil { received = number }
                interrupter?.interrupt()
            }
            return received != nil
        }
        if isRepeat {
            endNow(number, because: "a second signal came")
            return
        }
        queue.asyncAfter(deadline: .now() + gracePeriod) { [weak self] in
            self?.endNow(number, because: "it did not stop within \(Int(self?.gracePeriod ?? 0)) s")
        }
    }

    private func endNow(_ number: Int32, because reason: String) {
        let run = lock.withLock { runID.map { "run \($0)" } ?? "the run" }
        let line =
            "\(run) interrupted by \(RunInterrupted.name(of: number)); \(reason): ended "
            + "without recording it (the next run marks it aborted; the file loading rolls back)\n"
        FileHandle.standardError.write(Data(line.utf8))
        _exit(128 + number)
    }
}
