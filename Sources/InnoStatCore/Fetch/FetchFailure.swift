import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Why fetching a pipeline's input failed, in the words of its one line; and which failures
/// another attempt may cure (a 5xx answer, a time-out, a refused, reset or cut-short
/// connection), never a 4xx or a body that is not the table.
enum FetchFailure: Error, Equatable {
    case status(Int)
    case timedOut(seconds: Double)
    case refused
    case reset
    case cutShort(received: Int, declared: Int64)
    /// Another error of the network library, its text masked.
    case network(String)
    case overLimit(maxBytes: Int)
    case htmlPage(status: Int)
    case kosisError(String)
    /// The body does not read as the pipeline's table: the reader's message.
    case notTheTable(String)
    case missingVariable(String)
    case badURL(String)
    case cannotWrite(String)
    /// A 304 to a request that sent no condition: there is no file it could mean.
    case notModifiedWithoutFile

    var isRetriable: Bool {
        switch self {
        case .status(let code): (500...599).contains(code)
        case .timedOut, .refused, .reset, .cutShort: true
        default: false
        }
    }

    /// The failure of a transfer that ended without a usable answer; nil when it ended well.
    init?(_ exchange: HTTPExchange, timeout: Double, maxBytes: Int, mask: (String) -> String) {
        switch exchange.ending {
        case .complete, nil:
            return nil
        case .timedOut:
            self = .timedOut(seconds: timeout)
        case .overLimit:
            self = .overLimit(maxBytes: maxBytes)
        case .cannotWrite(let text):
            self = .cannotWrite(text)
        case .failed(let code, let text):
            if let answer = exchange.answer, let declared = answer.declaredLength,
                answer.contentEncoding == nil, Int64(exchange.bytesWritten) < declared
            {
                self = .cutShort(received: exchange.bytesWritten, declared: declared)
                return
            }
            switch code {
            case NSURLErrorTimedOut: self = .timedOut(seconds: timeout)
            case NSURLErrorCannotConnectToHost: self = .refused
            case NSURLErrorNetworkConnectionLost: self = .reset
            default: self = .network(mask(text))
            }
        }
    }

    var description: String {
        switch self {
        case .status(let code):
            "HTTP \(code) (\(HTTPURLResponse.localizedString(forStatusCode: code).lowercased()))"
        case .timedOut(let seconds):
            "no whole answer within \(DecimalFormat.shortest(seconds)) s (fetch.timeout_seconds)"
        case .refused: "cannot connect to the server (connection refused)"
        case .reset: "the connection was lost before the answer was whole"
        case .cutShort(let received, let declared):
            "the body was cut short: \(DecimalFormat.grouped(received)) of "
                + "\(DecimalFormat.grouped(Int(declared))) bytes declared"
        case .network(let text): "network error: \(text)"
        case .overLimit(let maxBytes):
            "the body is larger than \(DecimalFormat.grouped(maxBytes)) bytes (fetch.max_bytes)"
        case .htmlPage(let status):
            "HTTP \(status) with an HTML page, not the table (an error or login page?)"
        case .kosisError(let message): message
        case .notTheTable(let message): "the body is not the pipeline's table: \(message)"
        case .missingVariable(let name):
            "the url needs the environment variable \(name), which is not set"
        case .badURL(let message): message
        case .cannotWrite(let message): "cannot write the download: \(message)"
        case .notModifiedWithoutFile: "HTTP 304 (not modified), but there is no file to keep"
        }
    }
}
