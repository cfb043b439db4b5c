import Foundation

/// The provenance of a fetched input, kept beside it in `<input>.fetch.json`: the url as the
/// pipeline writes it (`${NAME}` unexpanded), when it was retrieved, what arrived (SHA-256,
/// bytes, status) and the validators the next fetch sends back (ETag, Last-Modified).
public struct FetchRecord: Codable, Equatable, Sendable {
    /// The masked url: the template as written.
    public var url: String
    /// UTC, ISO 8601 to the second: `2026-03-02T02:30:07Z`.
    public var retrieved: String
    public var sha256: String
    public var bytes: Int
    public var status: Int
    public var etag: String?
    public var lastModified: String?

    enum CodingKeys: String, CodingKey {
        case url, retrieved, sha256, bytes, status, etag
        case lastModified = "last_modified"
    }

    /// The sidecar's path for the input at `input`.
    public static func path(forInput input: String) -> String {
        input + InputResolver.sidecarSuffix
    }

    /// The sidecar of the input at `input`; nil when there is none or it cannot be read.
    public static func read(forInput input: String) -> FetchRecord? {
        guard let data = FileManager.default.contents(atPath: path(forInput: input)) else {
            return nil
        }
        // A sidecar is read back as UTF-8 only: Foundation's decoder traps on some invalid bytes.
        guard String(data: data, encoding: .utf8) != nil else { return nil }
        return try? JSONDecoder().decode(FetchRecord.self, from: data)
    }

    /// The day of ``retrieved``, `YYYY-MM-DD`, as `source.retrieved` keeps it.
    public var retrievedDay: String { String(retrieved.prefix(10)) }

    /// Writes the sidecar of `input` in one rename: a reader sees the old one or this one.
    func write(forInput input: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        let path = Self.path(forInput: input)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw FetchFailure.cannotWrite("\(path): \(error.localizedDescription)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(retrieved, forKey: .retrieved)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(status, forKey: .status)
        // Written as null, not left out: the sidecar says the server sent none.
        try container.encode(etag, forKey: .etag)
        try container.encode(lastModified, forKey: .lastModified)
    }

    /// Now, as ``retrieved`` writes it.
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
