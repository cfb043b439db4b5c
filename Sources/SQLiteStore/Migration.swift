/// One step of the schema: SQL that brings the database to `version`.
public struct Migration: Sendable {
    /// The `PRAGMA user_version` the database has after this migration.
    public let version: Int
    /// A short human-readable name.
    public let name: String
    /// The SQL to run; may contain several statements.
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}
