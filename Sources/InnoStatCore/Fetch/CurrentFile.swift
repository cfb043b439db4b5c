/// A fetched input as it stands before the next fetch: its digest, and its sidecar when the
/// sidecar describes these very bytes (a file replaced by hand since keeps no validators).
struct CurrentFile {
    let sha256: String?
    let record: FetchRecord?

    init(path: String) {
        sha256 = try? FileDigest.hexDigest(ofFile: path)
        record = sha256.flatMap { digest in
            FetchRecord.read(forInput: path).flatMap { $0.sha256 == digest ? $0 : nil }
        }
    }

    /// The headers of a conditional request: the recorded ETag and Last-Modified.
    var conditions: [String: String] {
        var headers: [String: String] = [:]
        if let etag = record?.etag { headers["If-None-Match"] = etag }
        if let lastModified = record?.lastModified { headers["If-Modified-Since"] = lastModified }
        return headers
    }
}
