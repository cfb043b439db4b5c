import SQLiteStore
import Testing

struct StatementTests {
    @Test func columnNames() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare(#"SELECT 1 AS one, 'x' AS "two words", 3"#)
        #expect(statement.columnCount == 3)
        #expect(statement.columnName(at: 0) == "one")
        #expect(statement.columnName(at: 1) == "two words")
        #expect(statement.columnName(at: 2) == "3")
    }

    @Test(arguments: [
        (":year", 1 as Int?),
        ("@name", 2),
        ("$x", 3),
        (":year_end", 5),
        ("year", nil),
        (":missing", nil),
    ])
    func parameterIndexNamed(name: String, expected: Int?) throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare("SELECT :year, @name, $x, ?, :year_end, :year")
        #expect(statement.parameterCount == 5)
        #expect(statement.parameterIndex(named: name) == expected)
    }

    @Test func namedParametersBindByIndex() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare("SELECT :year * 10 + :month")
        try statement.bind(
            .integer(2024), at: try #require(statement.parameterIndex(named: ":year")))
        try statement.bind(.integer(3), at: try #require(statement.parameterIndex(named: ":month")))
        #expect(try statement.step())
        #expect(statement.int64(at: 0) == 20243)
    }

    @Test(arguments: [
        ("SELECT 1", true),
        ("PRAGMA user_version", true),
        ("INSERT INTO t VALUES (1)", false),
        ("DELETE FROM t", false),
    ])
    func isReadOnly(sql: String, expected: Bool) throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a)")
        #expect(try db.prepare(sql).isReadOnly == expected)
    }

    @Test func stepReturnsEachRowThenFalse() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare("VALUES (1), (2), (3)")
        var values: [Int64] = []
        while try statement.step() {
            values.append(statement.int64(at: 0))
        }
        #expect(values == [1, 2, 3])
        try statement.reset()
        #expect(try statement.step())
        #expect(statement.int64(at: 0) == 1)
    }

    @Test func executeReusesTheStatementForBulkInserts() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        let insert = try db.prepare("INSERT INTO t(id, name) VALUES (?, ?)")
        try db.transaction {
            for id in 1...10_000 {
                try insert.execute([.integer(Int64(id)), .text("row \(id)")])
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM t") == 10_000)
        #expect(try db.scalar("SELECT sum(id) FROM t") == .integer(50_005_000))
        #expect(try db.scalar("SELECT name FROM t WHERE id = 9999") == "row 9999")
    }

    @Test func executeWorksAgainAfterAFailure() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a UNIQUE)")
        let insert = try db.prepare("INSERT INTO t VALUES (?)")
        try insert.execute([1])
        let error = #expect(throws: SQLiteError.self) { try insert.execute([1]) }
        #expect(error?.code == 2067)
        try insert.execute([2])
        #expect(try db.rows("SELECT a FROM t ORDER BY a") == [[1], [2]])
    }

    @Test func statementKeepsItsDatabaseOpen() throws {
        func makeStatement() throws -> Statement {
            let db = try Database(path: ":memory:")
            try db.execute("CREATE TABLE t(a); INSERT INTO t VALUES ('kept')")
            return try db.prepare("SELECT a FROM t")
        }
        let statement = try makeStatement()
        #expect(try statement.step())
        #expect(statement.string(at: 0) == "kept")
    }

    @Test(arguments: ["", "   ", "\n\t", "-- only a comment", ";"])
    func preparingNoStatementThrows(sql: String) throws {
        let db = try Database(path: ":memory:")
        let error = #expect(throws: SQLiteError.self) { try db.prepare(sql) }
        #expect(error == SQLiteError(code: 21, message: "empty statement", sql: sql))
    }

    @Test(arguments: ["SELECT 1;", "SELECT 1; ", "SELECT 1; -- trailing comment", "SELECT 1;;"])
    func preparingOneStatementWithATrailingRemainderSucceeds(sql: String) throws {
        let db = try Database(path: ":memory:")
        #expect(try db.prepare(sql).sql == sql)
    }

    @Test(arguments: ["SELECT 1; SELECT 2", "SELECT 1; SELEC 2"])
    func preparingSeveralStatementsThrows(sql: String) throws {
        let db = try Database(path: ":memory:")
        let error = #expect(throws: SQLiteError.self) { try db.prepare(sql) }
        #expect(error == SQLiteError(code: 21, message: "more than one statement", sql: sql))
    }
}
