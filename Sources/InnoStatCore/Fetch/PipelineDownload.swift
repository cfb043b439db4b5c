import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Fetches one pipeline's input: a conditional GET of its url into a hidden file beside the
/// input, retried with exponential backoff while the failure is one another attempt may cure,
/// and renamed over the input only when the body is whole and is the pipeline's table. The
/// sidecar is written before the rename: a sidecar whose digest is not the file's is ignored.
struct PipelineDownload {
    let spec: PipelineSpec
    let fetch: FetchSpec
    /// Where the input is, and how diagnostics name it.
    let path: String
    let displayPath: String
    let environment: [String: String]
    let backoffSeconds: Double

    func run(onRetry: (_ failure: String, _ attempt: Int, _ seconds: Double) -> Void)
        -> FetchOutcome
    {
        let hadFile = FileManager.default.fileExists(atPath: path)
        let result: FetchOutcome.Result
        do {
            result = try download(onRetry: onRetry)
        } catch let failure as FetchFailure {
            result = .failed(reason: failure.description)
        } catch let exhausted as AttemptsExhausted {
            result = .failed(reason: exhausted.description)
        } catch {
            result = .failed(reason: "\(error)")
        }
        return FetchOutcome(
            pipeline: spec.name, file: displayPath, result: result, hadFile: hadFile)
    }

    /// The last of several attempts failed.
    private struct AttemptsExhausted: Error, CustomStringConvertible {
        let failure: FetchFailure
        let attempts: Int
        var description: String { "\(failure.description), after \(attempts) attempts" }
    }

    private func download(onRetry: (String, Int, Double) -> Void) throws -> FetchOutcome.Result {
        let url: ExpandedURL
        do {
            url = try fetch.url.expanded(in: environment)
        } catch let missing as URLTemplate.MissingVariable {
            throw FetchFailure.missingVariable(missing.name)
        } catch let mistake as URLTemplate.Mistake {
            throw FetchFailure.badURL(mistake.message)
        }
        let current = CurrentFile(path: path)
        var request = URLRequest(url: url.url)
        request.setValue("innostat/\(InnoStatVersion.current)", forHTTPHeaderField: "User-Agent")
        for (field, value) in current.conditions {
            request.setValue(value, forHTTPHeaderField: field)
        }
        var attempt = 1
        while true {
            do {
                return try self.attempt(request, url: url, current: current)
            } catch let failure as FetchFailure where failure.isRetriable {
                guard attempt < fetch.attempts else {
                    if attempt == 1 { throw failure }
                    throw AttemptsExhausted(failure: failure, attempts: attempt)
                }
                let seconds = backoffSeconds * pow(2, Double(attempt - 1))
                attempt += 1
                onRetry(failure.description, attempt, seconds)
                Thread.sleep(forTimeInterval: seconds)
            }
        }
    }

    private func attempt(_ request: URLRequest, url: ExpandedURL, current: CurrentFile) throws
        -> FetchOutcome.Result
    {
        let staged = try StagedFile(beside: path)
        defer { staged.discard() }
        let exchange = HTTPTransfer.perform(
            request, timeout: fetch.timeoutSeconds, maxBytes: fetch.maxBytes, into: staged.handle)
        if let failure = FetchFailure(
            exchange, timeout: fetch.timeoutSeconds, maxBytes: fetch.maxBytes, mask: url.mask)
        {
            throw failure
        }
        guard let answer = exchange.answer else { throw FetchFailure.network("no answer") }
        if answer.status == 304 {
            guard current.sha256 != nil else { throw FetchFailure.notModifiedWithoutFile }
            return .notModified
        }
        guard (200...299).contains(answer.status) else { throw FetchFailure.status(answer.status) }
        let bytes = exchange.bytesWritten
        try FetchedBody(spec: spec, path: staged.path, answer: answer, bytes: bytes).check()
        let sha256 = try FileDigest.hexDigest(ofFile: staged.path)
        let record = FetchRecord(
            url: url.masked, retrieved: FetchRecord.now(), sha256: sha256, bytes: bytes,
            status: answer.status, etag: answer.etag, lastModified: answer.lastModified)
        try record.write(forInput: path)
        if sha256 == current.sha256 { return .sameBytes(bytes: bytes) }
        try staged.commit()
        return .fetched(bytes: bytes, sha256: sha256)
    }
}
