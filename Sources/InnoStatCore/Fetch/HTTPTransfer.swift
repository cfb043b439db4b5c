import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One GET through URLSession (libcurl on Linux), its body written to `file` as it arrives,
/// bounded in bytes and in time. `perform` blocks its caller until the transfer ends: the
/// session calls the delegate on a queue of its own, one call at a time.
final class HTTPTransfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // `exchange` is touched only by the delegate's serial queue until `finished` is signalled,
    // and read by `perform` only after that: the semaphore orders the two.
    private var exchange = HTTPExchange()
    private let finished = DispatchSemaphore(value: 0)
    private let file: FileHandle
    private let maxBytes: Int

    private init(file: FileHandle, maxBytes: Int) {
        self.file = file
        self.maxBytes = maxBytes
    }

    /// Sends `request`, cancelling it when it takes longer than `timeout` seconds in all.
    static func perform(
        _ request: URLRequest, timeout: Double, maxBytes: Int, into file: FileHandle
    ) -> HTTPExchange {
        let transfer = HTTPTransfer(file: file, maxBytes: maxBytes)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        configuration.httpShouldSetCookies = false
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(
            configuration: configuration, delegate: transfer, delegateQueue: queue)
        defer { session.finishTasksAndInvalidate() }
        var timed = request
        timed.timeoutInterval = timeout
        let task = session.dataTask(with: timed)
        task.resume()
        guard transfer.finished.wait(timeout: .now() + timeout) == .timedOut else {
            return transfer.exchange
        }
        task.cancel()
        transfer.finished.wait()
        var exchange = transfer.exchange
        if case .failed = exchange.ending { exchange.ending = .timedOut }
        return exchange
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        guard let http = response as? HTTPURLResponse else {
            exchange.ending = .failed(code: 0, text: "the answer is not HTTP")
            return completionHandler(.cancel)
        }
        let declared = http.expectedContentLength
        exchange.answer = HTTPExchange.Answer(
            status: http.statusCode, declaredLength: declared >= 0 ? declared : nil,
            contentEncoding: http.value(forHTTPHeaderField: "Content-Encoding"),
            etag: http.value(forHTTPHeaderField: "ETag"),
            lastModified: http.value(forHTTPHeaderField: "Last-Modified"))
        if declared > maxBytes {
            exchange.ending = .overLimit
            return completionHandler(.cancel)
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard exchange.ending == nil else { return }
        guard exchange.bytesWritten + data.count <= maxBytes else {
            exchange.ending = .overLimit
            return dataTask.cancel()
        }
        do {
            try file.write(contentsOf: data)
            exchange.bytesWritten += data.count
        } catch {
            exchange.ending = .cannotWrite("\(error.localizedDescription)")
            dataTask.cancel()
        }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?
    ) {
        if exchange.ending == nil {
            if let error = error as NSError? {
                exchange.ending = .failed(code: error.code, text: error.localizedDescription)
            } else {
                exchange.ending = .complete
            }
        }
        finished.signal()
    }
}
