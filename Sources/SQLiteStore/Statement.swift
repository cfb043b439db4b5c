internal import CSQLite3

/// A compiled SQL statement. Keeps its `Database` open while it exists.
///
/// Parameter indexes are 1-based and column indexes 0-based, as in SQLite.
public final class Statement {
    /// The SQL the statement was prepared from.
    public let sql: String

    private let handle: OpaquePointer
    private let database: Database

    init(handle: OpaquePointer, sql: String, database: Database) {
        self.handle = handle
        self.sql = sql
        self.database = database
    }

    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: Metadata

    /// The largest parameter index in the statement.
    public var parameterCount: Int {
        Int(sqlite3_bind_parameter_count(handle))
    }

    /// The index of the parameter named `name`, including its prefix (e.g. `":year"`).
    public func parameterIndex(named name: String) -> Int? {
        let index = sqlite3_bind_parameter_index(handle, name)
        return index == 0 ? nil : Int(index)
    }

    /// The name of the parameter at `index` with its prefix (`":year"`); nil for a bare `?`.
    public func parameterName(at index: Int) -> String? {
        sqlite3_bind_parameter_name(handle, Int32(index)).map { String(cString: $0) }
    }

    /// The number of columns in each row.
    public var columnCount: Int {
        Int(sqlite3_column_count(handle))
    }

    /// The name of the column at 0-based `index`.
    public func columnName(at index: Int) -> String {
        checkColumn(index)
        return sqlite3_column_name(handle, Int32(index)).map { String(cString: $0) } ?? ""
    }

    /// Whether the statement leaves the database unchanged.
    public var isReadOnly: Bool {
        sqlite3_stmt_readonly(handle) != 0
    }

    // MARK: Binding

    /// Binds `value` to the parameter at 1-based `index`.
    public func bind(_ value: DatabaseValue, at index: Int) throws {
        switch value {
        case .null: try bindNull(at: index)
        case .integer(let value): try bind(value, at: index)
        case .real(let value): try bind(value, at: index)
        case .text(let value): try bind(value, at: index)
        case .blob(let bytes): try bindBlob(bytes, at: index)
        }
    }

    /// Binds `values[i]` to parameter `i + 1`.
    ///
    /// - Throws: `SQLiteError` with code 25 (`SQLITE_RANGE`) unless there is exactly one value
    ///   per parameter.
    public func bind(_ values: [DatabaseValue]) throws {
        guard values.count == parameterCount else {
            throw SQLiteError(
                code: SQLITE_RANGE,
                message: "expected \(parameterCount) arguments but got \(values.count)",
                sql: sql
            )
        }
        for (offset, value) in values.enumerated() {
            try bind(value, at: offset + 1)
        }
    }

    /// Binds an integer to the parameter at 1-based `index`.
    public func bind(_ value: Int64, at index: Int) throws {
        try check(sqlite3_bind_int64(handle, parameter(index), value))
    }

    /// Binds an integer to the parameter at 1-based `index`; also makes `bind(42, at: 1)`
    /// unambiguous.
    public func bind(_ value: Int, at index: Int) throws {
        try bind(Int64(value), at: index)
    }

    /// Binds a floating-point number to the parameter at 1-based `index`. NaN binds as `NULL`.
    public func bind(_ value: Double, at index: Int) throws {
        try check(sqlite3_bind_double(handle, parameter(index), value))
    }

    /// Binds text to the parameter at 1-based `index`.
    public func bind(_ value: String, at index: Int) throws {
        var value = value
        try value.withUTF8 { try bindText(UnsafeRawBufferPointer($0), at: index) }
    }

    /// Binds `NULL` to the parameter at 1-based `index`.
    public func bindNull(at index: Int) throws {
        try check(sqlite3_bind_null(handle, parameter(index)))
    }

    /// Binds UTF-8 text from raw bytes, copied by SQLite (`SQLITE_TRANSIENT`): safe for reused
    /// buffers.
    public func bindText(_ bytes: UnsafeRawBufferPointer, at index: Int) throws {
        try bindText(bytes, at: index, destructor: CSQLITE3_TRANSIENT)
    }

    /// Binds UTF-8 text from raw bytes without copying them (`SQLITE_STATIC`), for bulk inserts
    /// that bind every row from a reused buffer.
    ///
    /// SQLite reads the bytes when the statement steps, so they must stay valid and unchanged
    /// until the parameter is bound again, the bindings are cleared or the statement is
    /// finalized: bind, step and rebind before the buffer changes.
    public func bindText(noCopy bytes: UnsafeRawBufferPointer, at index: Int) throws {
        try bindText(bytes, at: index, destructor: CSQLITE3_STATIC)
    }

    private func bindText(
        _ bytes: UnsafeRawBufferPointer, at index: Int, destructor: sqlite3_destructor_type?
    ) throws {
        // A null pointer would bind NULL rather than empty text.
        let start = bytes.baseAddress ?? Self.emptyBytes
        try check(
            sqlite3_bind_text64(
                handle, parameter(index), start.assumingMemoryBound(to: CChar.self),
                UInt64(bytes.count), destructor, UInt8(SQLITE_UTF8)
            )
        )
    }

    /// Binds a blob to the parameter at 1-based `index`; SQLite copies the bytes.
    public func bindBlob(_ bytes: [UInt8], at index: Int) throws {
        try bytes.withUnsafeBytes { buffer in
            // A null pointer would bind NULL rather than an empty blob.
            let start = buffer.baseAddress ?? Self.emptyBytes
            try check(
                sqlite3_bind_blob64(
                    handle, parameter(index), start, UInt64(buffer.count), CSQLITE3_TRANSIENT
                )
            )
        }
    }

    /// Sets every parameter to `NULL`.
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    // MARK: Execution

    /// Advances to the next row.
    ///
    /// - Returns: `true` if a row is ready to read, `false` when the statement is done.
    /// - Throws: `SQLiteError`; the statement is then reset, ready to run again.
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            return true
        case SQLITE_DONE:
            return false
        case let result:
            let error = SQLiteError(code: result, connection: database.handle, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    public func reset() throws {
        try check(sqlite3_reset(handle))
    }

    /// Resets, clears the bindings, binds `arguments` and steps until done, discarding rows.
    public func execute(_ arguments: [DatabaseValue] = []) throws {
        try reset()
        clearBindings()
        try bind(arguments)
        while try step() {}
    }

    // MARK: Columns

    /// The value of the column at 0-based `index`, by its storage class.
    public func value(at index: Int) -> DatabaseValue {
        checkColumn(index)
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, Int32(index)))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, Int32(index)))
        case SQLITE_TEXT:
            return .text(text(at: index))
        case SQLITE_BLOB:
            let start = sqlite3_column_blob(handle, Int32(index))
            let count = Int(sqlite3_column_bytes(handle, Int32(index)))
            return .blob(Array(UnsafeRawBufferPointer(start: start, count: count)))
        default:
            return .null
        }
    }

    /// The column at 0-based `index` as an integer, converted by SQLite (`NULL` is 0).
    public func int64(at index: Int) -> Int64 {
        checkColumn(index)
        return sqlite3_column_int64(handle, Int32(index))
    }

    /// The column at 0-based `index` as a double, converted by SQLite (`NULL` is 0).
    public func double(at index: Int) -> Double {
        checkColumn(index)
        return sqlite3_column_double(handle, Int32(index))
    }

    /// The column at 0-based `index` as text, converted by SQLite; `nil` for `NULL`.
    public func string(at index: Int) -> String? {
        isNull(at: index) ? nil : text(at: index)
    }

    /// Whether the column at 0-based `index` is `NULL`.
    public func isNull(at index: Int) -> Bool {
        checkColumn(index)
        return sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// All columns of the current row.
    public var row: [DatabaseValue] {
        (0..<columnCount).map(value(at:))
    }

    // MARK: Private

    private static var emptyBytes: UnsafeRawPointer {
        UnsafeRawPointer(("" as StaticString).utf8Start)
    }

    private func text(at index: Int) -> String {
        // sqlite3_column_bytes must follow sqlite3_column_text to measure the converted text.
        let start = sqlite3_column_text(handle, Int32(index))
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        return String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    }

    private func parameter(_ index: Int) -> Int32 {
        // Out-of-range indexes are left for SQLite to reject with SQLITE_RANGE.
        Int32(clamping: index)
    }

    private func checkColumn(_ index: Int) {
        precondition(
            index >= 0 && index < columnCount,
            "Column index \(index) out of range 0..<\(columnCount)"
        )
    }

    private func check(_ result: Int32) throws {
        guard result == SQLITE_OK else {
            throw SQLiteError(code: result, connection: database.handle, sql: sql)
        }
    }
}
