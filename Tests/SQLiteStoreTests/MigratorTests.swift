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
        let directory = try TemporaryFolder()
        let path = directory.file("db.sqlite")
        #expect(try Migrator(Array(Self.migrations.prefix(1))).migrate(Database(path: path)) == [1])
        let db = try Database(path: path)
        #expect(try Migrator(Self.migrations).migrate(db) == [2, 3])
        #expect(try db.scalar("PRAGMA user_version") == 3)
    }

    @Test func aRebuildThatBreaksForeignKeysRollsBackNamingTheTable() throws {
        let db = try Database(path: ":memory:")
        try Migrator(Self.migrations).migrate(db)
        try db.run("INSERT INTO region VALUES ('11')")
        try db.run("INSERT INTO firm(region, name) VALUES ('11', 'a'), ('11', 'b')")
        let dropping = Migration(
            version: 4, name: "regions renamed",
            sql: "DELETE FROM region", rebuildsTables: true)
        let error = try #require(throws: MigrationError.self) {
            try Migrator(Self.migrations + [dropping]).migrate(db)
        }
        #expect(error == .brokenForeignKeys(version: 4, table: "firm", rows: 2))
        #expect(
            error.description
                == "migration 4 left 2 row(s) of firm whose foreign key points nowhere; rolled back"
        )
        #expect(try db.scalar("SELECT count(*) FROM region") == 1)
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

    /// Rebuilding `region` (create, copy, drop, rename) while `firm` rows refer to it: SQLite
    /// refuses the DROP with foreign keys on, so the migration says it rebuilds tables.
    static func rebuildRegion(copying: String, rebuildsTables: Bool) -> Migration {
        Migration(
            version: 4, name: "region rebuilt",
            sql: """
                CREATE TABLE region_rebuilt(code TEXT PRIMARY KEY CHECK (length(code) = 2));
                INSERT INTO region_rebuilt SELECT code FROM region WHERE \(copying);
                DROP TABLE region;
                ALTER TABLE region_rebuilt RENAME TO region;
                """, rebuildsTables: rebuildsTables)
    }

    static func databaseWithAFirm() throws -> Database {
        let db = try Database(path: ":memory:")
        try Migrator(Self.migrations).migrate(db)
        try db.run("INSERT INTO region VALUES ('11'), ('26')")
        try db.run("INSERT INTO firm(region, name) VALUES ('11', 'Innostat')")
        return db
    }

    @Test func aMigrationThatRebuildsATableRunsWithForeignKeysOffAndChecksThem() throws {
        let db = try Self.databaseWithAFirm()
        let refused = #expect(throws: SQLiteError.self) {
            try Migrator(
                Self.migrations + [Self.rebuildRegion(copying: "1", rebuildsTables: false)]
            )
            .migrate(db)
        }
        #expect(refused?.message == "FOREIGN KEY constraint failed")
        #expect(try db.scalar("PRAGMA user_version") == 3)

        let migrator = Migrator(
            Self.migrations + [Self.rebuildRegion(copying: "1", rebuildsTables: true)])
        #expect(try migrator.migrate(db) == [4])
        #expect(try db.scalar("PRAGMA user_version") == 4)
        #expect(try db.scalar("PRAGMA foreign_keys") == 1)
        #expect(try db.rows("SELECT code FROM region ORDER BY code") == [["11"], ["26"]])
        #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(throws: SQLiteError.self) { try db.run("INSERT INTO firm(region) VALUES ('99')") }
    }

    @Test func aRebuildThatLeavesAForeignKeyPointingNowhereRollsBack() throws {
        let db = try Self.databaseWithAFirm()
        let migrator = Migrator(
            Self.migrations + [Self.rebuildRegion(copying: "code <> '11'", rebuildsTables: true)])
        let error = #expect(throws: MigrationError.self) { try migrator.migrate(db) }
        #expect(
            error?.description
                == "migration 4 left 1 row(s) of firm whose foreign key points nowhere; rolled back"
        )
        #expect(try db.scalar("PRAGMA user_version") == 3)
        #expect(try db.scalar("PRAGMA foreign_keys") == 1)
        #expect(try db.rows("SELECT code FROM region ORDER BY code") == [["11"], ["26"]])
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
