import SQLiteStore

/// One run as the ledger keeps it: why it failed, its loads and the arithmetic of their rows,
/// declared skips, checks, rejects and check warnings. A file the run found unchanged counts
/// the load in force: its figures, checks, rejects and warnings still stand.
public struct RunStatus: Sendable {
    public struct Header: Sendable {
        public let runID: Int64
        public let startedAt: String
        public let finishedAt: String
        public let status: String
        public let command: String
    }

    /// Sums over the run's loads.
    public struct Totals: Sendable {
        public let read: Int64
        public let loaded: Int64
        public let skipped: Int64
        public let rejected: Int64
        public let failedFiles: Int64
        public let unbalancedFiles: Int64
        public let unchangedFiles: Int64
    }

    /// The first rows of a list and how many there are in all.
    public struct Listing: Sendable {
        public let total: Int64
        /// How many stand from the loads in force for unchanged files.
        public let fromEarlierRuns: Int64
        public let shown: LedgerTable
    }

    public let header: Header
    public let errors: LedgerTable
    public let loads: LedgerTable
    /// Nil when the run loaded no file.
    public let totals: Totals?
    public let skips: LedgerTable
    public let checks: LedgerTable
    public let rejects: Listing
    public let warnings: Listing
}
