import Foundation
import SQLiteStore
import Testing

struct DatabaseInterrupterTests {
    /// A query that runs for minutes unless something stops it.
    static let endless = """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
        SELECT count(*) FROM n
        """

    @Test func interruptStopsTheRunningStatementAndTheNextOnesUntilResumed() throws {
        let directory = try TemporaryFolder()
        let db = try Database(path: directory.file("w.sqlite"))
        try db.execute("CREATE TABLE t(x INTEGER) STRICT")
        let interrupter = db.makeInterrupter()
        #expect(db.makeInterrupter() === interrupter)
        let started = Date()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { interrupter.interrupt() }
        let running = #expect(throws: SQLiteError.self) { try db.scalar(Self.endless) }
        #expect(running?.code == 9)
        #expect(running?.message == "interrupted")
        #expect(Date().timeIntervalSince(started) < 30)

        let next = #expect(throws: SQLiteError.self) {
            try db.transaction {
                try db.run(
                    """
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
                    INSERT INTO t SELECT i FROM n
                    """)
            }
        }
        #expect(next?.code == 9)
        #expect(!db.isInTransaction)

        interrupter.resume()
        try db.run("INSERT INTO t VALUES (1)")
        #expect(try db.scalar("SELECT count(*) FROM t") == 1)
    }
}
