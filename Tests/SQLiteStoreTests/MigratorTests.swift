import SQLiteStore
import Testing

struct MigratorTests {
    static let migrations = [
        Migration(version: 1, name: "regions", sql: "CREATE TABLE region(code TEXT PRIMARY KEY)"),
        Migration(
            version: 2, name: "firms",
            sql: """
                CREATE TABLE firm(id INTEGER PRIMARY KEY, region TEXT REFERENCES region(code));
                CREATE INDEX firm_region ON firm(region);
                """
        ),
        Migration(version: 3, name: "firm name", sql: "ALTER TABLE firm ADD COLUMN name TEXT"),
    ]

    @Test func appliesInOrderAndIsIdempotent() throws {
        let db = try Database(path: ":memory:")
        let migrator = Migrator(Self.migrations)
        #expect(try migrator.currentVersion(of: db) == 0)
        #expect(try migrator.migrate(db) == [1, 2, 3])
        #expect(try migrator.currentVersion(of: db) == 3)
        try db.run("INSERT INTO region VALUES ('11')")
        try db.run("INSERT INTO firm(region, name) VALUES ('11', 'Innostat')")
        #expect(try migrator.migrate(db) == [])
        #expect(try migrator.currentVersion(of: db) == 3)
    }

    @Test func appliesOnlyNewMigrations() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("db.sqlite")
        #expect(try Migrator(Array(Self.migrations.prefix(1))).migrate(Database(path: path)) == [1])
        let db = try Database(path: path)
        #expect(try Migrator(Self.migrations).migrate(db) == [2, 3])
        #expect(try db.scalar("PRAGMA user_version") == 3)
    }

    @Test func failingMigrationRollsBack() throws {
        let db = try Database(path: ":memory:")
        try Migrator(Array(Self.migrations.prefix(1))).migrate(db)
        let failing = Migration(
            version: 2, name: "broken",
            sql: "CREATE TABLE firm(id INTEGER PRIMARY KEY); INSERT INTO nowhere VALUES (1);"
        )
        let error = #expect(throws: SQLiteError.self) {
            try Migrator([Self.migrations[0], failing, Self.migrations[2]]).migrate(db)
        }
        #expect(error?.message == "no such table: nowhere")
        #expect(error?.sql == failing.sql)
        #expect(try db.scalar("PRAGMA user_version") == 1)
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'firm'") == 0)
        #expect(!db.isInTransaction)
    }

    @Test func newerSchemaThrows() throws {
        let db = try Database(path: ":memory:")
        try db.execute("PRAGMA user_version = 9")
        #expect(throws: MigrationError.newerSchema(found: 9, known: 3)) {
            try Migrator(Self.migrations).migrate(db)
        }
        #expect(try db.scalar("PRAGMA user_version") == 9)
        #expect(
            MigrationError.newerSchema(found: 9, known: 3).description
                == "warehouse schema version 9 is newer than this innostat knows (3)"
        )
    }

    @Test func emptyMigratorAcceptsOnlyAnEmptySchema() throws {
        let db = try Database(path: ":memory:")
        #expect(try Migrator([]).migrate(db) == [])
        try db.execute("PRAGMA user_version = 1")
        #expect(throws: MigrationError.newerSchema(found: 1, known: 0)) {
            try Migrator([]).migrate(db)
        }
    }
}
