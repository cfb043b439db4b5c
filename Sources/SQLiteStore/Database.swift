internal import CSQLite3

/// A connection to an SQLite database file.
///
/// Not thread-safe: use a connection from one isolation domain at a time.
public final class Database {
    /// How to open the database file.
    public enum OpenMode: Sendable {
        /// Read and write, creating the file if it does not exist.
        case readWriteCreate
        /// Read and write an existing file.
        case readWrite
        /// Read an existing file; writes fail with `SQLITE_READONLY`.
        case readOnly
    }

    /// The path the database was opened with.
    public let path: String

    let handle: OpaquePointer
    /// Kept alive as long as the connection: its progress handler points to it.
    var interrupter: DatabaseInterrupter?

    /// Opens a connection with extended result codes on, a busy timeout, `foreign_keys=ON` and,
    /// for writable modes, `journal_mode=WAL` and `synchronous=NORMAL`. `readOnly` also sets
    /// `query_only=1` and refuses what would change the connection instead of reading: `ATTACH`,
    /// `DETACH` and a `PRAGMA` given a value (`PRAGMA query_only = 0`), except the schema
    /// queries that take a name (`PRAGMA table_info(t)`). Those fail to prepare with
    /// `SQLITE_AUTH` (23, "not authorized").
    ///
    /// - Parameter busyTimeout: Milliseconds to wait for a lock before failing with `SQLITE_BUSY`.
    /// - Throws: `SQLiteError` whose message includes `path` if the file cannot be opened.
    public init(path: String, mode: OpenMode = .readWriteCreate, busyTimeout: Int32 = 5000) throws {
        // The connection is used from one isolation domain at a time, so SQLite's own
        // per-connection mutex (taken on every call in its default serialized mode) is not needed.
        var flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX
        switch mode {
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        }
        var connection: OpaquePointer?
        let result = sqlite3_open_v2(path, &connection, flags, nil)
        guard result == SQLITE_OK, let connection else {
            let error = SQLiteError(code: result, connection: connection, sql: nil)
            sqlite3_close_v2(connection)
            throw SQLiteError(code: error.code, message: "\(error.message): \(path)")
        }
        sqlite3_extended_result_codes(connection, 1)
        sqlite3_busy_timeout(connection, busyTimeout)
        let pragmas =
            mode == .readOnly
            ? "PRAGMA foreign_keys = ON; PRAGMA query_only = 1;"
            : "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
        do {
            try Self.execute(pragmas, on: connection)
        } catch {
            sqlite3_close_v2(connection)
            throw SQLiteError(
                code: error.code, message: "\(error.message): \(path)", sql: error.sql)
        }
        if mode == .readOnly {
            sqlite3_set_authorizer(connection, readingAuthorizer, nil)
        }
        self.path = path
        self.handle = connection
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Executes SQL that may contain several statements, discarding any rows.
    public func execute(_ sql: String) throws {
        try Self.execute(sql, on: handle)
    }

    /// Compiles the first and only statement in `sql`.
    ///
    /// - Throws: `SQLiteError`, also (code 21, `SQLITE_MISUSE`) when `sql` holds no statement or
    ///   more than one.
    public func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        var hasMoreStatements = false
        let result = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let result = sqlite3_prepare_v2(handle, text, -1, &statement, &tail)
            if result == SQLITE_OK, let tail, tail.pointee != 0 {
                hasMoreStatements = containsStatement(tail)
            }
            return result
        }
        guard result == SQLITE_OK else {
            throw SQLiteError(code: result, connection: handle, sql: sql)
        }
        guard let statement else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "empty statement", sql: sql)
        }
        guard !hasMoreStatements else {
            sqlite3_finalize(statement)
            throw SQLiteError(
                code: SQLITE_MISUSE,
                message: "more than one statement",
                sql: sql
            )
        }
        return Statement(handle: statement, sql: sql, database: self)
    }

    /// Prepares `sql`, binds `arguments` and steps until done, discarding any rows.
    public func run(_ sql: String, _ arguments: [DatabaseValue] = []) throws {
        try prepare(sql).execute(arguments)
    }

    /// All rows `sql` returns with `arguments` bound.
    public func rows(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> [Row] {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        let names = ColumnNames((0..<statement.columnCount).map(statement.columnName(at:)))
        var rows: [Row] = []
        while try statement.step() {
            rows.append(Row(values: statement.row, names: names))
        }
        return rows
    }

    /// The first column of the first row `sql` returns, or `.null` if it returns no row.
    public func scalar(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> DatabaseValue {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        return try statement.step() ? statement.value(at: 0) : .null
    }

    /// Runs `body` between `BEGIN` and `COMMIT`.
    ///
    /// If `body` throws, rolls back and rethrows its error. If `COMMIT` fails, rolls back and
    /// throws that error.
    public func transaction<T>(
        _ kind: TransactionKind = .immediate,
        _ body: () throws -> T
    ) throws -> T {
        try execute(kind.beginStatement)
        let result: T
        do {
            result = try body()
            try execute("COMMIT TRANSACTION")
        } catch {
            rollBackIfNeeded()
            throw error
        }
        return result
    }

    /// Whether a transaction is open (the connection is not in autocommit mode).
    public var isInTransaction: Bool {
        sqlite3_get_autocommit(handle) == 0
    }

    /// Rows changed by the most recent `INSERT`, `UPDATE` or `DELETE`.
    public var changes: Int {
        Int(sqlite3_changes64(handle))
    }

    /// Rows changed since the connection was opened.
    public var totalChanges: Int {
        Int(sqlite3_total_changes64(handle))
    }

    /// The rowid of the most recent successful `INSERT`.
    public var lastInsertRowID: Int64 {
        sqlite3_last_insert_rowid(handle)
    }

    /// Whether the main database is read-only.
    public var isReadOnly: Bool {
        sqlite3_db_readonly(handle, "main") == 1
    }

    private func rollBackIfNeeded() {
        // SQLite may already have rolled back, e.g. after an ON CONFLICT ROLLBACK.
        guard isInTransaction else { return }
        _ = try? execute("ROLLBACK TRANSACTION")
    }

    private func containsStatement(_ sql: UnsafePointer<CChar>) -> Bool {
        var statement: OpaquePointer?
        let result = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        sqlite3_finalize(statement)
        return result != SQLITE_OK || statement != nil
    }

    private static func execute(_ sql: String, on connection: OpaquePointer) throws(SQLiteError) {
        let result = sqlite3_exec(connection, sql, nil, nil, nil)
        guard result == SQLITE_OK else {
            throw SQLiteError(code: result, connection: connection, sql: sql)
        }
    }
}

/// Pragmas that take a table or index name and only report on the schema.
private let schemaQueryPragmas: Set<String> = [
    "foreign_key_check", "foreign_key_list", "index_info", "index_list", "index_xinfo",
    "integrity_check", "quick_check", "table_info", "table_list", "table_xinfo",
]

/// The authorizer of read-only connections: no ATTACH or DETACH, no pragma given a value.
private func readingAuthorizer(
    _ context: UnsafeMutableRawPointer?, _ action: Int32, _ first: UnsafePointer<CChar>?,
    _ second: UnsafePointer<CChar>?, _ database: UnsafePointer<CChar>?,
    _ trigger: UnsafePointer<CChar>?
) -> Int32 {
    switch action {
    case SQLITE_ATTACH, SQLITE_DETACH:
        return SQLITE_DENY
    case SQLITE_PRAGMA:
        guard second != nil, let first else { return SQLITE_OK }
        return schemaQueryPragmas.contains(String(cString: first).lowercased())
            ? SQLITE_OK : SQLITE_DENY
    default:
        return SQLITE_OK
    }
}
