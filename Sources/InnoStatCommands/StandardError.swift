import Foundation
import InnoStatCore

/// Diagnostics go to stderr, data to stdout.
enum StandardError {
    /// Writes `line` with its control characters escaped (line ends apart): text from a file
    /// never reaches the terminal raw.
    static func write(_ line: String) {
        let printable = line.split(separator: "\n", omittingEmptySubsequences: false)
            .map { PrintableText.escaped($0) }.joined(separator: "\n")
        FileHandle.standardError.write(Data((printable + "\n").utf8))
    }

    static var isTerminal: Bool { isatty(2) == 1 }
}
