import Foundation

/// Diagnostics go to stderr, data to stdout.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static var isTerminal: Bool { isatty(2) == 1 }
}
