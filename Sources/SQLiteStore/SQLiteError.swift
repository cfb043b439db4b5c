internal import CSQLite3

/// An error reported by SQLite, with the extended result code and the SQL that caused it.
public struct SQLiteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The extended result code, e.g. 2067 for `SQLITE_CONSTRAINT_UNIQUE`.
    public let code: Int32
    /// The message SQLite gave for the error.
    public let message: String
    /// The SQL being executed or prepared, if any.
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code, e.g. 19 for `SQLITE_CONSTRAINT`.
    public var primaryCode: Int32 { code & 0xFF }

    /// Whether the error is `SQLITE_BUSY` or `SQLITE_LOCKED` (in any extended form).
    public var isBusy: Bool {
        primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED
    }

    public var description: String {
        guard let sql else { return "SQLite error \(code): \(message)" }
        let oneLine = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return "SQLite error \(code): \(message) - while executing `\(oneLine)`"
    }
}

extension SQLiteError {
    /// The error for result code `code`, with the connection's message when it is about `code`.
    init(code: Int32, connection: OpaquePointer?, sql: String?) {
        let message: String
        if let connection, sqlite3_extended_errcode(connection) == code,
            let text = sqlite3_errmsg(connection)
        {
            message = String(cString: text)
        } else {
            message = String(cString: sqlite3_errstr(code))
        }
        self.init(code: code, message: message, sql: sql)
    }
}
