import Foundation

/// A JSON reply parsed by Foundation, after checking it is UTF-8: Foundation's parser traps
/// on some invalid byte sequences instead of throwing (found by the replies fuzz target), and a
/// reply from the internet must never stop the process.
enum JSONText {
    /// The parsed value, or a one-line ``SourceFileError`` naming the file.
    static func parse(_ data: Data, file: String) throws -> Any {
        guard String(data: data, encoding: .utf8) != nil else {
            throw SourceFileError(
                file: file, message: "not JSON: not UTF-8 text (a JSON reply must be UTF-8)")
        }
        do {
            return try JSONSerialization.jsonObject(with: data)
        } catch {
            throw SourceFileError(
                file: file, message: "not JSON (\(JSONStatReader.reason(error)))")
        }
    }
}
