/// What loading one source file did: counts for the ledger and the diagnostics to show.
public struct FileLoadResult: Sendable {
    public enum Status: String, Sendable { case loaded, failed, unchanged }

    public let pipeline: String
    public let file: String
    public let loadID: Int64
    public var status: Status = .loaded
    public var rowsRead = 0
    public var rowsLoaded = 0
    public var rowsSkipped = 0
    public var rowsRejected = 0
    public var observationsLoaded = 0
    public var figures = FigureChanges()
    public var rejects = 0
    /// Figures loaded although a `warn` check failed on them.
    public var checkWarnings = 0
    public var skipReasons: [String: Int] = [:]
    /// The first few rejects as `file:line:column: message`, for the terminal.
    public var diagnostics: [String] = []
    /// The first few check warnings as `file:line:column: warning: message`.
    public var warnings: [String] = []
    /// Why the load failed, in one line.
    public var failure: String?
    /// Whether the file could not be read through (bad encoding, malformed CSV, missing column).
    public var isUnreadable = false
    public var seconds = 0.0
    /// For an unchanged file: the load whose figures stand.
    public var inForce: InForceLoad?
    public var encoding: String?
    /// The sheet a workbook's table was read from.
    public var sheet: String?
    /// A KOSIS workbook's metadata sheet, for the source's citation and members' notes.
    public var metadata: KOSISMetadata?
}
