import Testing

@testable import SQLiteStore

struct RowTests {
    @Test func columnsReadByNameAndAlias() throws {
        let db = try Database(path: ":memory:")
        let row = try #require(
            try db.rows("SELECT 1 AS n, 'a' AS t, 2.5 AS x, NULL AS missing").first)
        #expect(row["n"] == .integer(1))
        #expect(row.integer("n") == 1)
        #expect(row.int("n") == 1)
        #expect(row.text("t") == "a")
        #expect(row.double("x") == 2.5)
        #expect(row.double("n") == 1)
        #expect(row.text("missing") == nil)
        #expect(row.text("n") == nil)
        #expect(row[1] == .text("a"))
        #expect(row.count == 4)
        #expect(row == [1, "a", 2.5, nil])
    }

    @Test(arguments: [
        (DatabaseValue(String?.none), DatabaseValue.null),
        (DatabaseValue("x" as String?), .text("x")),
        (DatabaseValue(Double?.none), .null), (DatabaseValue(1.5 as Double?), .real(1.5)),
        (DatabaseValue(Int?.none), .null), (DatabaseValue(7 as Int?), .integer(7)),
        (DatabaseValue(Int64?.none), .null), (DatabaseValue(8 as Int64?), .integer(8)),
    ])
    func optionalsBindAsTheirValueOrNull(value: DatabaseValue, expected: DatabaseValue) throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(v)")
        try db.run("INSERT INTO t VALUES (?)", [value])
        #expect(try db.scalar("SELECT v FROM t") == expected)
    }
}
