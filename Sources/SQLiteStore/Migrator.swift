/// Applies `Migration`s in order, tracking progress in `PRAGMA user_version`.
public struct Migrator: Sendable {
    /// The migrations, in ascending version order.
    public let migrations: [Migration]

    /// Creates a migrator. The versions must increase strictly, starting at 1.
    public init(_ migrations: [Migration]) {
        precondition(
            migrations.first.map { $0.version == 1 } ?? true,
            "Migration versions must start at 1"
        )
        for (previous, next) in zip(migrations, migrations.dropFirst()) {
            precondition(
                previous.version < next.version,
                "Migration versions must increase strictly: \(previous.version), \(next.version)"
            )
        }
        self.migrations = migrations
    }

    /// The version of the last known migration, or 0 if there are none.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Applies every migration whose version is above the database's `user_version`, each in its
    /// own `BEGIN IMMEDIATE` transaction that also sets `user_version`.
    ///
    /// - Returns: The versions applied, in order.
    /// - Throws: `MigrationError.newerSchema` if the database is newer than the last migration;
    ///   an `SQLiteError` (whose `sql` is the migration's) if a migration fails, after rolling
    ///   that migration back.
    @discardableResult
    public func migrate(_ db: Database) throws -> [Int] {
        let initialVersion = try currentVersion(of: db)
        try checkNotNewer(initialVersion)
        var applied: [Int] = []
        for migration in migrations where migration.version > initialVersion {
            let didApply = try withForeignKeysOff(db, if: migration.rebuildsTables) {
                try db.transaction(.immediate) {
                    // Re-read inside the lock: another connection may have migrated meanwhile.
                    let version = try currentVersion(of: db)
                    try checkNotNewer(version)
                    guard version < migration.version else { return false }
                    try db.execute(migration.sql)
                    if migration.rebuildsTables { try checkForeignKeys(db, after: migration) }
                    try db.execute("PRAGMA user_version = \(migration.version)")
                    return true
                }
            }
            if didApply {
                applied.append(migration.version)
            }
        }
        return applied
    }

    /// The database's `PRAGMA user_version`.
    public func currentVersion(of db: Database) throws -> Int {
        guard case .integer(let version) = try db.scalar("PRAGMA user_version") else {
            preconditionFailure("PRAGMA user_version did not return an integer")
        }
        return Int(version)
    }

    /// Runs `body` with foreign key enforcement off when `condition` holds (the pragma is a
    /// no-op inside a transaction, so it is set around it), then restores it.
    private func withForeignKeysOff<T>(
        _ db: Database, if condition: Bool, _ body: () throws -> T
    ) throws -> T {
        guard condition, try db.scalar("PRAGMA foreign_keys") == .integer(1) else {
            return try body()
        }
        try db.execute("PRAGMA foreign_keys = OFF")
        defer { try? db.execute("PRAGMA foreign_keys = ON") }
        return try body()
    }

    private func checkForeignKeys(_ db: Database, after migration: Migration) throws {
        let broken = try db.rows("PRAGMA foreign_key_check")
        guard let table = broken.first?.text("table") else { return }
        throw MigrationError.brokenForeignKeys(
            version: migration.version, table: table,
            rows: broken.filter { $0.text("table") == table }.count)
    }

    private func checkNotNewer(_ version: Int) throws {
        if version > latestVersion {
            throw MigrationError.newerSchema(found: version, known: latestVersion)
        }
    }
}
