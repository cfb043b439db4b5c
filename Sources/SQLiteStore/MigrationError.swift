/// An error that prevents migrating a database.
public enum MigrationError: Error, Equatable, CustomStringConvertible {
    /// The database's schema version is newer than the last migration this program knows.
    case newerSchema(found: Int, known: Int)
    /// A migration that rebuilt tables left rows whose foreign key points nowhere.
    case brokenForeignKeys(version: Int, table: String, rows: Int)

    public var description: String {
        switch self {
        case .newerSchema(let found, let known):
            "warehouse schema version \(found) is newer than this innostat knows (\(known))"
        case .brokenForeignKeys(let version, let table, let rows):
            "migration \(version) left \(rows) row(s) of \(table) whose foreign key points "
                + "nowhere; rolled back"
        }
    }
}
