import SQLiteStore
import Testing

struct SQLiteErrorTests {
    enum Entry: String, CaseIterable {
        case execute, prepare, run, rows, scalar

        func call(_ db: Database, _ sql: String) throws {
            switch self {
            case .execute: try db.execute(sql)
            case .prepare: _ = try db.prepare(sql)
            case .run: try db.run(sql)
            case .rows: _ = try db.rows(sql)
            case .scalar: _ = try db.scalar(sql)
            }
        }
    }

    @Test(arguments: Entry.allCases)
    func syntaxError(entry: Entry) throws {
        let db = try Database(path: ":memory:")
        let error = #expect(throws: SQLiteError.self) { try entry.call(db, "SELEC 1") }
        #expect(error?.code == 1)
        #expect(error?.message == #"near "SELEC": syntax error"#)
        #expect(error?.sql == "SELEC 1")
        #expect(
            error?.description
                == #"SQLite error 1: near "SELEC": syntax error - while executing `SELEC 1`"#
        )
    }

    @Test(arguments: [Entry.execute, .run])
    func uniqueViolation(entry: Entry) throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a UNIQUE)")
        try entry.call(db, "INSERT INTO t VALUES (1)")
        let error = #expect(throws: SQLiteError.self) {
            try entry.call(db, "INSERT INTO t VALUES (1)")
        }
        #expect(error?.code == 2067)
        #expect(error?.primaryCode == 19)
        #expect(
            error?.description
                == "SQLite error 2067: UNIQUE constraint failed: t.a"
                + " - while executing `INSERT INTO t VALUES (1)`"
        )
    }

    @Test func strictTableRejectsTextInRealColumn() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(x REAL) STRICT")
        let error = #expect(throws: SQLiteError.self) {
            try db.run("INSERT INTO t VALUES ('1,234')")
        }
        #expect(error?.code == 3091)
        #expect(error?.message == "cannot store TEXT value in REAL column t.x")
        #expect(error?.sql == "INSERT INTO t VALUES ('1,234')")
        #expect(try db.scalar("SELECT count(*) FROM t") == 0)
    }

    @Test func foreignKeysAreEnforced() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE c(p REFERENCES p(id))")
        let error = #expect(throws: SQLiteError.self) { try db.run("INSERT INTO c VALUES (1)") }
        #expect(error?.code == 787)  // SQLITE_CONSTRAINT_FOREIGNKEY
    }

    @Test func descriptionWithoutSQL() {
        let error = SQLiteError(code: 14, message: "unable to open database file", sql: nil)
        #expect(error.description == "SQLite error 14: unable to open database file")
    }

    @Test(arguments: [
        (Int32(5), true),  // SQLITE_BUSY
        (6, true),  // SQLITE_LOCKED
        (517, true),  // SQLITE_BUSY_SNAPSHOT
        (262, true),  // SQLITE_LOCKED_SHAREDCACHE
        (19, false),
        (2067, false),
        (8, false),
    ])
    func isBusy(code: Int32, expected: Bool) {
        #expect(SQLiteError(code: code, message: "").isBusy == expected)
    }

    @Test(arguments: [(Int32(2067), Int32(19)), (3091, 19), (1, 1), (517, 5), (1032, 8)])
    func primaryCode(code: Int32, expected: Int32) {
        #expect(SQLiteError(code: code, message: "").primaryCode == expected)
    }
}

@Test func errorTextStaysOnOneLine() throws {
    let db = try Database(path: ":memory:")
    let error = try #require(throws: SQLiteError.self) {
        try db.run("SELECT *\n    FROM nowhere\n  WHERE x = 1")
    }
    #expect(
        error.description
            == "SQLite error 1: no such table: nowhere - while executing `SELECT * FROM nowhere WHERE x = 1`"
    )
}
