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
            let didApply = try db.transaction(.immediate) {
                // Re-read inside the lock: another connection may have migrated meanwhile.
                let version = try currentVersion(of: db)
                try checkNotNewer(version)
                guard version < migration.version else { return false }
                try db.execute(migration.sql)
                try db.execute("PRAGMA user_version = \(migration.version)")
                return true
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

    private func checkNotNewer(_ version: Int) throws {
        if version > latestVersion {
            throw MigrationError.newerSchema(found: version, known: latestVersion)
        }
    }
}
