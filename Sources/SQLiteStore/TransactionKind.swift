/// How a transaction acquires its locks; see SQLite's `BEGIN` documentation.
public enum TransactionKind: Sendable {
    /// Takes locks when the transaction first reads or writes.
    case deferred
    /// Takes the write lock immediately, so other writers get `SQLITE_BUSY` at `BEGIN`.
    case immediate
    /// Like `immediate`; in WAL mode the two are the same.
    case exclusive

    var beginStatement: String {
        switch self {
        case .deferred: "BEGIN DEFERRED TRANSACTION"
        case .immediate: "BEGIN IMMEDIATE TRANSACTION"
        case .exclusive: "BEGIN EXCLUSIVE TRANSACTION"
        }
    }
}
