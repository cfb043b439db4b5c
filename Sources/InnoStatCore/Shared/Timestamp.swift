import Foundation

/// UTC timestamps in ISO 8601 with milliseconds, as stored in the ETL ledger.
enum Timestamp {
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
