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
    /// Columns whose text goes into each observation's note, joined by `; ` (`columns.note`).
    public let noteColumns: [String]
    /// Dimension → the constant used when neither a rule nor a column gives it.
    public let defaults: [Dimension: String]
    public let regionCodeSystem: RegionCodeSystem?
    /// Period → why the series breaks there: observations of that period get status `B` and
    /// the reason in their note (`series_breaks`).
    public let seriesBreaks: [String: String]
    public let rules: [RowRule]
    /// The reason rows that match no rule are skipped; nil rejects them.
    public let unmatchedSkipReason: String?
    public let measures: [MeasureSpec]
    /// Rejects a file may have and still load; above it the file's load rolls back.
    public let tolerance: Int
    /// SHA-256 of the pipeline file's text: a changed pipeline reloads its inputs.
    public let fingerprint: String
    /// Plausibility checks run on each file's staged figures, in order.
    public let checks: [CheckSpec]
    /// Whether a run may leave an indicator fed by this source with no values (`may_shrink`);
    /// otherwise that fails the run.
    public var mayShrink = false
    /// The header row or column whose labels end with their unit (`총인구수 (명)`):
    /// `unit_from_label`.
    public var unitFromLabel: String?
    public var indentedRows: IndentedRows?
    /// A publisher's flags and the statuses they stand for (`status_codes`), read before the
    /// SDMX letters in a status column.
    public var statusCodes: [String: ObservationStatus] = [:]
    /// The publisher's whole code list the status column holds (`status_codes: sdmx` or
    /// `eurostat`).
    public var statusCodeList: StatusCodeList?
    /// Where `innostat fetch` downloads the one input from (`fetch:`); nil: the input is
    /// put in place by hand.
    public var fetch: FetchSpec?

    /// How many header rows the pipeline's table has.
    public var headerRowCount: Int {
        if case .wide(let wide) = layout { return wide.headerRows.count }
        return 1
    }

    public func measure(_ code: String) -> MeasureSpec? {
        measures.first { $0.code == code }
    }

    /// The source of a row whose `columns.source_url` cell is `url`: the pipeline's source id,
    /// a colon and the url without its scheme, e.g. `koita_press:etnews.com/199610010054`.
    public func rowSourceID(url: String) -> String {
        var rest = Substring(url)
        for scheme in ["https://", "http://"] where rest.hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
            break
        }
        return "\(source.id):\(rest)"
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
    /// The longest field read (`read.max_field_bytes`); a longer one rejects its record.
    public var maxFieldBytes: Int = CSVReaderOptions.defaultMaxFieldBytes
    /// The sheet of a workbook holding the table (`read.sheet`); nil: `데이터`, else the first.
    public var sheet: String?
    /// Columns whose empty cell takes the text above it (`read.carry_down`): a row dimension
    /// written once for the rows it heads.
    public var carryDown: [String] = []
    /// The dataset of a JSON-stat collection or bundle (`read.dataset`: its label, id or
    /// 1-based number); nil: the only one.
    public var dataset: String?
    /// Whether `read.delimiter` was given; without it a `.tsv` file is read with tabs.
    public var delimiterIsDeclared = false
    /// Columns derived from another column's text (`read.derive`), appended in order.
    public var derive: [DeriveSpec] = []
}

/// `read.derive.<name>: {from: COLUMN, pattern: REGEX, default: TEXT}`: a column holding the
/// first group of the pattern's first match in COLUMN, else the default, else empty.
public struct DeriveSpec: Sendable, Equatable {
    public let name: String
    public let from: String
    public let pattern: String
    public let fallback: String?
}

/// A wide table's header (`wide:`): the names of its header rows, top to bottom, and how the
/// value columns are found.
public struct WideSpec: Sendable {
    /// The name of the header row that gives each value column's period.
    public static let periodRow = "period"

    /// Header rows, top to bottom; `period` gives the period, the others are named so that
    /// rules can test them as they test columns.
    public let headerRows: [String]
    /// A value column's period is the first group this matches in its period-row cell; nil:
    /// a cell that is a period as it stands.
    public let periodPattern: String?
    /// Columns matching this, or with an empty name, must stay empty.
    public let ignorePattern: String?

    /// Whether periods run down a column (`columns.period`) instead of across a header row.
    public var periodsDown: Bool { !headerRows.contains(Self.periodRow) }
}

/// Rows whose region cell is indented (U+3000 or spaces: a lower level such as 시군구) and whose
/// label the region vocabulary does not know are skipped for `reason` (`indented_rows.skip`).
public struct IndentedRows: Sendable, Equatable {
    public let reason: String
}

public enum Layout: Sendable {
    /// One figure per row.
    case long
    /// Values across columns, each column's period and other dimensions from its header rows.
    case wide(WideSpec)
    /// Firm-level microdata in the firm-survey contract (DESIGN.md): one response per row in
    /// fixed columns, loaded into `firm_response` and aggregated into the declared measures.
    case firmSurvey

    /// The names of the layouts, as `layout:` spells them.
    public enum Name: String, Sendable, CaseIterable {
        case long, wide
        case firmSurvey = "firm_survey"
    }
}

public enum Dimension: String, Sendable, CaseIterable, Hashable {
    case measure, region, period, sector, size, unit, value, status
    /// Only in `columns`: the url a row cites; each distinct url is a source of its own
    /// (``PipelineSpec/rowSourceID(url:)``).
    case sourceURL = "source_url"
    /// Only in `columns`: one column or a list of columns kept in the observation's note.
    case note
    /// Only in `columns`: the power of ten the values are in (SDMX's `UNIT_MULT`: 6 is millions).
    case unitMultiplier = "unit_multiplier"
}

public struct MeasureSpec: Sendable, Equatable {
    public let code: String
    public let name: String
    public let unit: String
    public let description: String?
    /// How far two sources' figures may differ, in percent of the larger, before
    /// `v_source_conflict` lists them; nil keeps the warehouse's setting (default 0.5).
    public var conflictTolerancePercent: Double? = nil
}

/// First matching rule wins: it either sets dimensions for the row or skips it with a reason.
/// A rule matches a row when every `when` condition holds and the `unless` block, if any, does
/// not (not every one of its conditions holds).
public struct RowRule: Sendable {
    public let conditions: [RowCondition]
    public let exclusions: [RowCondition]
    public let assignments: [Dimension: String]
    public let skipReason: String?
}

/// `column` equals one of `values` (after trimming surrounding white space).
public struct RowCondition: Sendable {
    public let column: String
    public let values: Set<String>
}
