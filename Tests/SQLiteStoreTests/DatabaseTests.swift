import SQLiteStore
import Testing

struct DatabaseTests {
    @Test(arguments: [
        ("PRAGMA journal_mode", DatabaseValue.text("wal")),
        ("PRAGMA synchronous", .integer(1)),
        ("PRAGMA foreign_keys", .integer(1)),
        ("PRAGMA busy_timeout", .integer(5000)),
        ("PRAGMA query_only", .integer(0)),
    ])
    func fileDatabaseSettings(pragma: String, expected: DatabaseValue) throws {
        let directory = try TemporaryFolder()
        let db = try Database(path: directory.file("w.sqlite"))
        #expect(try db.scalar(pragma) == expected)
        #expect(db.path == directory.file("w.sqlite"))
        #expect(!db.isReadOnly)
    }

    @Test func busyTimeoutIsConfigurable() throws {
        let db = try Database(path: ":memory:", busyTimeout: 250)
        #expect(try db.scalar("PRAGMA busy_timeout") == 250)
    }

    @Test(arguments: [Database.OpenMode.readOnly, .readWrite])
    func openingAMissingFileThrows(mode: Database.OpenMode) throws {
        let directory = try TemporaryFolder()
        let path = directory.file("missing.sqlite")
        let error = #expect(throws: SQLiteError.self) { try Database(path: path, mode: mode) }
        #expect(error?.primaryCode == 14)  // SQLITE_CANTOPEN
        #expect(error?.message == "unable to open database file: \(path)")
        #expect(error?.sql == nil)
    }

    @Test func readWriteOpensAnExistingFile() throws {
        let directory = try TemporaryFolder()
        let path = directory.file("db.sqlite")
        try Database(path: path).execute("CREATE TABLE t(a)")
        let db = try Database(path: path, mode: .readWrite)
        try db.run("INSERT INTO t VALUES (1)")
        #expect(try db.scalar("SELECT count(*) FROM t") == 1)
    }

    @Test func readOnlyRefusesWrites() throws {
        let directory = try TemporaryFolder()
        let path = directory.file("db.sqlite")
        do {
            let writer = try Database(path: path)
            try writer.execute("CREATE TABLE t(a); INSERT INTO t VALUES ('original')")
        }
        let reader = try Database(path: path, mode: .readOnly)
        #expect(reader.isReadOnly)
        #expect(try reader.scalar("PRAGMA query_only") == 1)
        #expect(try reader.scalar("PRAGMA foreign_keys") == 1)
        let writes = [
            "INSERT INTO t VALUES ('new')", "UPDATE t SET a = 'changed'", "CREATE TABLE u(b)",
        ]
        for sql in writes {
            let error = #expect(throws: SQLiteError.self) { try reader.run(sql) }
            #expect(error?.primaryCode == 8)  // SQLITE_READONLY
            #expect(error?.sql == sql)
        }
        #expect(try reader.rows("SELECT a FROM t") == [["original"]])
        #expect(try Database(path: path).rows("SELECT a FROM t") == [["original"]])
    }

    @Test(arguments: [
        "ATTACH 'db.sqlite' AS other", "DETACH main", "PRAGMA query_only = 0",
        "PRAGMA query_only(0)", "PRAGMA foreign_keys = OFF", "PRAGMA journal_mode = DELETE",
    ])
    func readOnlyRefusesChangingTheConnection(sql: String) throws {
        let directory = try TemporaryFolder()
        let path = directory.file("db.sqlite")
        try Database(path: path).execute("CREATE TABLE t(a)")
        let reader = try Database(path: path, mode: .readOnly)
        let error = #expect(throws: SQLiteError.self) { try reader.prepare(sql) }
        #expect(error == SQLiteError(code: 23, message: "not authorized", sql: sql))
        #expect(try reader.scalar("PRAGMA query_only") == 1)
        #expect(try reader.scalar("SELECT count(*) FROM pragma_database_list") == 1)
    }

    @Test(arguments: [
        ("PRAGMA table_info(t)", DatabaseValue.integer(0)), ("PRAGMA user_version", 0),
        ("SELECT count(*) FROM pragma_table_info('t')", 1), ("PRAGMA integrity_check(t)", "ok"),
    ])
    func readOnlyStillAnswersSchemaQueries(sql: String, first: DatabaseValue) throws {
        let directory = try TemporaryFolder()
        let path = directory.file("db.sqlite")
        try Database(path: path).execute("CREATE TABLE t(a)")
        #expect(try Database(path: path, mode: .readOnly).scalar(sql) == first)
    }

    @Test func aWritableConnectionMayAttach() throws {
        let directory = try TemporaryFolder()
        let db = try Database(path: directory.file("db.sqlite"))
        try db.execute("ATTACH '\(directory.file("other.sqlite"))' AS other")
        #expect(try db.rows("SELECT name FROM pragma_database_list ORDER BY seq").count == 2)
    }

    @Test func readOnlyReadsWhileAWriterIsOpen() throws {
        let directory = try TemporaryFolder()
        let path = directory.file("db.sqlite")
        let writer = try Database(path: path)
        try writer.execute("CREATE TABLE t(a); INSERT INTO t VALUES (1)")
        let reader = try Database(path: path, mode: .readOnly)
        try writer.run("INSERT INTO t VALUES (2)")
        #expect(try reader.scalar("SELECT count(*) FROM t") == 2)
    }

    @Test func changesAndLastInsertRowID() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, a)")
        try db.run("INSERT INTO t(a) VALUES (?), (?), (?)", ["x", "y", "z"])
        #expect(db.changes == 3)
        #expect(db.lastInsertRowID == 3)
        try db.run("UPDATE t SET a = 'w' WHERE id < 3")
        #expect(db.changes == 2)
        #expect(db.totalChanges == 5)
    }

    @Test func rowsAndScalar() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a, b); INSERT INTO t VALUES (1, 'one'), (2, 'two')")
        #expect(
            try db.rows("SELECT a, b FROM t WHERE a >= ? ORDER BY a", [1]) == [
                [1, "one"], [2, "two"],
            ])
        #expect(try db.rows("SELECT a FROM t WHERE a > 5") == [])
        #expect(try db.scalar("SELECT b FROM t WHERE a = ?", [2]) == "two")
        #expect(try db.scalar("SELECT b FROM t WHERE a = 99") == .null)
    }
}
