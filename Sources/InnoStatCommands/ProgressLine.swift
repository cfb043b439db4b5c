import Foundation

/// One self-overwriting line on a terminal for loads that take longer than a second:
/// file, rows, share of bytes and rate. Never used for logs or pipes.
final class ProgressLine {
    private var started = Date()
    private var drawn = false

    func start(_ file: String) {
        started = Date()
    }

    func update(file: String, rows: Int, bytes: Int, totalBytes: Int) {
        let elapsed = Date().timeIntervalSince(started)
        guard elapsed >= 1 else { return }
        let percent = totalBytes > 0 ? " \(min(100, bytes * 100 / totalBytes))%" : ""
        let rate = Int(Double(rows) / elapsed)
        FileHandle.standardError.write(
            Data("\r\u{1B}[K\(file):\(percent) \(rows) rows, \(rate) rows/s".utf8))
        drawn = true
    }

    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
