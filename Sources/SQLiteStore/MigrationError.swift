/// An error that prevents migrating a database.
public enum MigrationError: Error, Equatable, CustomStringConvertible {
    /// The database's schema version is newer than the last migration this program knows.
    case newerSchema(found: Int, known: Int)

    public var description: String {
        switch self {
        case .newerSchema(let found, let known):
            "warehouse schema version \(found) is newer than this innostat knows (\(known))"
        }
    }
}
