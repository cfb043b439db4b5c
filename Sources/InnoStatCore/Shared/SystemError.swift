import Foundation

/// `strerror` text in the lower case every diagnostic uses: `permission denied`.
enum SystemError {
    static func text(_ code: Int32) -> String {
        let message = String(cString: strerror(code))
        guard let first = message.first else { return message }
        return first.lowercased() + message.dropFirst()
    }
}
