import CSVStream

/// A source pipeline as declared in `Pipelines/<name>.yaml`: where the files are, how to read
/// them, and how their columns map to the warehouse's dimensions.
public struct PipelineSpec: Sendable {
    public let name: String
    /// The pipeline file as the user named it, for diagnostics.
    public let file: String
    public let enabled: Bool
    public let description: String?
    public let source: SourceSpec
    /// Lower wins when several sources publish the same figure (`v_observation`).
    public let precedence: Int
    /// Glob patterns relative to the raw-data root.
    public let inputs: [String]
    public let read: ReadSpec
    public let layout: Layout
    /// Dimension → the column it is read from.
    public let columns: [Dimension: String]
    /// Dimension → the constant used when neither a rule nor a column gives it.
    public let defaults: [Dimension: String]
    public let regionCodeSystem: RegionCodeSystem?
    public let rules: [RowRule]
    /// The reason rows that match no rule are skipped; nil rejects them.
    public let unmatchedSkipReason: String?
    public let measures: [MeasureSpec]
    /// Rejects a file may have and still load; above it the file's load rolls back.
    public let tolerance: Int

    public func measure(_ code: String) -> MeasureSpec? {
        measures.first { $0.code == code }
    }
}

public struct SourceSpec: Sendable, Equatable {
    public let id: String
    public let publisher: String
    public let title: String
    public let url: String?
    public let licence: String?
    public let note: String?
    /// Made-up data (the benchmark generator's): kept out of `v_observation` and so out of every
    /// published indicator.
    public let isSynthetic: Bool
}

public struct ReadSpec: Sendable {
    public let encoding: TextEncoding
    public let delimiter: UInt8
    /// Records whose first field starts with this text are comments, not rows.
    public let commentPrefix: String?
    /// Records before the header row (preambles such as the World Bank's four lines).
    public let skipRecords: Int
    /// Whether a quote inside an unquoted field is an error or a character of the field.
    public let strayQuotes: StrayQuotePolicy
}

public enum Layout: Sendable {
    /// One figure per row.
    case long
    /// Periods as columns: header cells matching `periodPattern` (its first capture group is the
    /// period); columns matching `ignorePattern` or with an empty header must stay empty.
    case wide(periodPattern: String, ignorePattern: String?)
    /// Firm-level microdata in the firm-survey contract (DESIGN.md): one response per row in
    /// fixed columns, loaded into `firm_response` and aggregated into the declared measures.
    case firmSurvey
}

public enum Dimension: String, Sendable, CaseIterable, Hashable {
    case measure, region, period, sector, size, unit, value, status
}

public struct MeasureSpec: Sendable, Equatable {
    public let code: String
    public let name: String
    public let unit: String
    public let description: String?
}

/// First matching rule wins: it either sets dimensions for the row or skips it with a reason.
public struct RowRule: Sendable {
    public let conditions: [RowCondition]
    public let assignments: [Dimension: String]
    public let skipReason: String?
}

/// `column` equals one of `values` (after trimming surrounding white space).
public struct RowCondition: Sendable {
    public let column: String
    public let values: Set<String>
}
