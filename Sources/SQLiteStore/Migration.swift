/// One step of the schema: SQL that brings the database to `version`.
public struct Migration: Sendable {
    /// The `PRAGMA user_version` the database has after this migration.
    public let version: Int
    /// A short human-readable name.
    public let name: String
    /// The SQL to run; may contain several statements.
    public let sql: String
    /// Whether the SQL rebuilds a table others refer to (create, copy, drop, rename), which
    /// SQLite allows only with foreign keys off; the migrator then checks every foreign key
    /// before it commits.
    public let rebuildsTables: Bool

    public init(version: Int, name: String, sql: String, rebuildsTables: Bool = false) {
        self.version = version
        self.name = name
        self.sql = sql
        self.rebuildsTables = rebuildsTables
    }
}
