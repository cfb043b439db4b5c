/// The outcome of a run, last thing it reports.
public struct RunSummary: Sendable {
    public var runID: Int64 = 0
    public var filesLoaded = 0
    public var filesFailed = 0
    public var filesUnchanged = 0
    public var filesRetired = 0
    /// A run loaded or retired published (not synthetic) figures: indicators may change.
    public var publishedFiguresChanged = false
    public var pipelinesFailed = 0
    public var rowsRead = 0
    public var observationsLoaded = 0
    /// Over every file loaded or retired.
    public var figures = FigureChanges()
    public var rejects = 0
    public var checkWarnings = 0
    public var seconds = 0.0
    public var indicatorsWithValues = 0
    public var indicatorValues = 0
    public var indicatorsFailed = 0
    /// Indicators left with no values where they had some, not declared by `may_shrink`.
    public var indicatorsEmptied = 0
    public var filesExported = 0
    public var exportFailed = false

    public var succeeded: Bool {
        filesFailed == 0 && pipelinesFailed == 0 && indicatorsFailed == 0
            && indicatorsEmptied == 0 && !exportFailed
    }

    /// Counts one file's load: its rows, rejects, warnings and figures.
    mutating func add(_ result: FileLoadResult, published: Bool) {
        rowsRead += result.rowsRead
        rejects += result.rejects
        checkWarnings += result.checkWarnings
        switch result.status {
        case .loaded:
            filesLoaded += 1
            if published { publishedFiguresChanged = true }
        case .failed: filesFailed += 1
        case .unchanged: filesUnchanged += 1
        }
        observationsLoaded += result.observationsLoaded
        figures += result.figures
    }
}
