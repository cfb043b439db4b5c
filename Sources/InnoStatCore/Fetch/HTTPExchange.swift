import Foundation

/// What one request came back with: the status line and headers, the bytes of the body
/// written, and how the transfer ended.
struct HTTPExchange: Sendable {
    /// The head of the answer, when one came.
    struct Answer: Sendable, Equatable {
        var status: Int
        /// `Content-Length`; nil when the server declared none.
        var declaredLength: Int64?
        /// `Content-Encoding`: the body arrives decoded, so a declared length counts other bytes.
        var contentEncoding: String?
        var etag: String?
        var lastModified: String?
    }

    enum Ending: Sendable {
        /// The body arrived as the connection delivered it (whole or not: see the length).
        case complete
        /// The network library's error: its code and its text.
        case failed(code: Int, text: String)
        case timedOut
        /// The declared length or the bytes received passed the bound.
        case overLimit
        case cannotWrite(String)
    }

    var answer: Answer?
    var bytesWritten = 0
    var ending: Ending?
}
