import SQLiteStore
import Testing

struct TransactionTests {
    struct BodyError: Error, Equatable {
        let id: Int
    }

    @Test(arguments: [TransactionKind.deferred, .immediate, .exclusive])
    func commitsOnSuccess(kind: TransactionKind) throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a)")
        let result = try db.transaction(kind) {
            #expect(db.isInTransaction)
            try db.run("INSERT INTO t VALUES (1), (2)")
            return "done"
        }
        #expect(result == "done")
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM t") == 2)
    }

    @Test(arguments: [TransactionKind.deferred, .immediate, .exclusive])
    func rollsBackAndRethrowsOnThrow(kind: TransactionKind) throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a); INSERT INTO t VALUES (0)")
        #expect(throws: BodyError(id: 7)) {
            try db.transaction(kind) {
                try db.run("INSERT INTO t VALUES (1)")
                throw BodyError(id: 7)
            }
        }
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM t") == 1)
    }

    @Test func rethrowsTheBodysSQLiteErrorUnchanged() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a UNIQUE); INSERT INTO t VALUES (1)")
        let error = #expect(throws: SQLiteError.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (2)")
                try db.run("INSERT INTO t VALUES (1)")
            }
        }
        #expect(error?.code == 2067)
        #expect(error?.sql == "INSERT INTO t VALUES (1)")
        #expect(try db.rows("SELECT a FROM t") == [[1]])
    }

    @Test func toleratesABodyThatEndedTheTransaction() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a UNIQUE ON CONFLICT ROLLBACK); INSERT INTO t VALUES (1)")
        let error = #expect(throws: SQLiteError.self) {
            try db.transaction { try db.run("INSERT INTO t VALUES (1)") }
        }
        #expect(error?.code == 2067)
        #expect(!db.isInTransaction)
    }

    @Test func immediateHoldsTheWriteLock() throws {
        let directory = try TemporaryFolder()
        let path = directory.file("db.sqlite")
        let first = try Database(path: path)
        let second = try Database(path: path, busyTimeout: 0)
        try first.execute("CREATE TABLE t(a); INSERT INTO t VALUES (1)")
        try first.transaction(.immediate) {
            let error = #expect(throws: SQLiteError.self) {
                try second.transaction(.immediate) { try second.run("INSERT INTO t VALUES (2)") }
            }
            #expect(error?.isBusy == true)
            #expect(error?.primaryCode == 5)
            #expect(!second.isInTransaction)
            // WAL lets a deferred reader in while the writer holds its lock.
            let count = try second.transaction(.deferred) {
                try second.scalar("SELECT count(*) FROM t")
            }
            #expect(count == 1)
            try first.run("INSERT INTO t VALUES (3)")
        }
        try second.transaction(.immediate) { try second.run("INSERT INTO t VALUES (2)") }
        #expect(try first.scalar("SELECT count(*) FROM t") == 3)
    }
}
