import Foundation

/// A file's SHA-256 computed on another thread while the file loads on this one: the machine's
/// second core pays for the hash instead of the load.
final class BackgroundDigest: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var digest = ""

    init(path: String) {
        let thread = Thread { [self] in
            digest = (try? FileDigest.hexDigest(ofFile: path)) ?? ""
            done.signal()
        }
        thread.start()
    }

    /// Waits for the hash; empty when the file could not be read.
    func wait() -> String {
        done.wait()
        return digest
    }
}
