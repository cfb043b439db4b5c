import Foundation

/// Polls `condition` every 10 ms until it holds or `seconds` pass; whether it held. Tests wait
/// for a marker (a ledger row, a log line) this way instead of sleeping a guessed time.
public func waitUntil(seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(10_000)
    }
    return try condition()
}
