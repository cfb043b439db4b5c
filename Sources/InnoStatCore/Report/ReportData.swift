/// Everything the report shows, read from the warehouse (see `ReportData+Warehouse.swift`) or
/// built directly in tests. A part the warehouse lacks is empty or nil; the page then says so.
public struct ReportData: Sendable {
    /// One indicator value.
    public struct YearValue: Sendable, Equatable {
        public var year: Int
        public var value: Double
        public var status: String
        /// An input is a lower bound (`>66.7`): the value is "at least".
        public var isLowerBound: Bool

        public init(year: Int, value: Double, status: String = "A", isLowerBound: Bool = false) {
            self.year = year
            self.value = value
            self.status = status
            self.isLowerBound = isLowerBound
        }
    }

    /// An indicator's values for region `KR`, by year.
    public struct IndicatorSeries: Sendable, Equatable {
        public var code: String
        public var name: String
        public var unit: String
        public var values: [YearValue]

        public init(code: String, name: String, unit: String, values: [YearValue]) {
            self.code = code
            self.name = name
            self.unit = unit
            self.values = values
        }
    }

    /// A row of `v_rd_funding_share`.
    public struct FundingYear: Sendable, Equatable {
        public var year: Int
        public var privateShare: Double?
        public var governmentShare: Double?
        public var privateStatus: String?
        public var governmentStatus: String?
        /// `crossover` or `last year below`.
        public var crossover: String?

        public init(
            year: Int, privateShare: Double?, governmentShare: Double?,
            privateStatus: String? = "A", governmentStatus: String? = "A", crossover: String? = nil
        ) {
            self.year = year
            self.privateShare = privateShare
            self.governmentShare = governmentShare
            self.privateStatus = privateShare == nil ? nil : privateStatus
            self.governmentStatus = governmentShare == nil ? nil : governmentStatus
            self.crossover = crossover
        }
    }

    /// The inputs of a per-capita disparity index in one year, regions aligned as the index
    /// aligned them: X and P per region.
    public struct Distribution: Sendable, Equatable {
        public var indicatorCode: String
        public var year: Int
        public var measureCode: String
        public var perCapitaCode: String
        /// value = X_i, weight = P_i; name = English name.
        public var units: [LorenzCurve.Unit]
        public var koreanNames: [String: String]
        /// The published indices of that year, for comparison with the curve.
        public var gini: Double?
        public var weightedGini: Double?
        /// `KR-31 into KR-48 (population)`.
        public var merges: [String]
        /// The publications behind this year's inputs.
        public var citations: [Citation]

        public init(
            indicatorCode: String, year: Int, measureCode: String, perCapitaCode: String,
            units: [LorenzCurve.Unit], koreanNames: [String: String] = [:], gini: Double? = nil,
            weightedGini: Double? = nil, merges: [String] = [], citations: [Citation] = []
        ) {
            self.indicatorCode = indicatorCode
            self.year = year
            self.measureCode = measureCode
            self.perCapitaCode = perCapitaCode
            self.units = units
            self.koreanNames = koreanNames
            self.gini = gini
            self.weightedGini = weightedGini
            self.merges = merges
            self.citations = citations
        }
    }

    /// A figure of `v_source_conflict` that differs from the preferred one.
    public struct Conflict: Sendable, Equatable {
        public var measureCode: String
        public var unit: String
        public var regionCode: String
        public var period: String
        public var sectorCode: String
        public var sizeCode: String
        public var sourceID: String
        public var sourcePeriod: String
        public var value: Double
        public var preferredSourceID: String
        public var preferredValue: Double
        public var differencePercent: Double
        public var tolerancePercent: Double
        public var sourceFile: String
        public var sourceLine: Int?

        public init(
            measureCode: String, unit: String, regionCode: String, period: String,
            sectorCode: String = "TOT", sizeCode: String = "ALL", sourceID: String,
            sourcePeriod: String, value: Double, preferredSourceID: String,
            preferredValue: Double, differencePercent: Double, tolerancePercent: Double = 0.5,
            sourceFile: String = "", sourceLine: Int? = nil
        ) {
            self.measureCode = measureCode
            self.unit = unit
            self.regionCode = regionCode
            self.period = period
            self.sectorCode = sectorCode
            self.sizeCode = sizeCode
            self.sourceID = sourceID
            self.sourcePeriod = sourcePeriod
            self.value = value
            self.preferredSourceID = preferredSourceID
            self.preferredValue = preferredValue
            self.differencePercent = differencePercent
            self.tolerancePercent = tolerancePercent
            self.sourceFile = sourceFile
            self.sourceLine = sourceLine
        }
    }

    /// The last run of `etl_run`.
    public struct Run: Sendable, Equatable {
        public var id: Int
        public var startedAt: String
        public var finishedAt: String?
        public var status: String
        /// Files of the run by `etl_load.status` (`loaded`, `unchanged`, `failed` …).
        public var files: [String: Int]
        /// Why it failed, stopped or died (`etl_run_error`).
        public var errors: [RunError]
        /// The files it found unchanged, with the load in force for each.
        public var unchanged: [UnchangedFile]

        public init(
            id: Int, startedAt: String, finishedAt: String?, status: String,
            files: [String: Int] = [:], errors: [RunError] = [], unchanged: [UnchangedFile] = []
        ) {
            self.id = id
            self.startedAt = startedAt
            self.finishedAt = finishedAt
            self.status = status
            self.files = files
            self.errors = errors
            self.unchanged = unchanged
        }
    }

    /// A row of `etl_run_error`.
    public struct RunError: Sendable, Equatable {
        public var stage: String
        public var pipeline: String
        public var file: String
        public var message: String

        public init(stage: String, pipeline: String = "", file: String = "", message: String) {
            self.stage = stage
            self.pipeline = pipeline
            self.file = file
            self.message = message
        }
    }

    /// A file the run found unchanged, and what its load in force left in the warehouse.
    public struct UnchangedFile: Sendable, Equatable {
        public var file: String
        public var sinceRun: Int
        public var observations: Int
        public var rejects: Int
        public var checkWarnings: Int

        public init(
            file: String, sinceRun: Int, observations: Int, rejects: Int, checkWarnings: Int
        ) {
            self.file = file
            self.sinceRun = sinceRun
            self.observations = observations
            self.rejects = rejects
            self.checkWarnings = checkWarnings
        }
    }

    /// A reject standing as of the run (`v_run_reject`).
    public struct Reject: Sendable, Equatable {
        /// The run that recorded it: an earlier one for a file unchanged since.
        public var run: Int?
        public var file: String
        public var line: Int?
        public var column: Int?
        public var columnName: String
        public var rawText: String
        public var reason: String
        public var message: String

        public init(
            file: String, line: Int?, column: Int?, columnName: String = "", rawText: String,
            reason: String, message: String, run: Int? = nil
        ) {
            self.run = run
            self.file = file
            self.line = line
            self.column = column
            self.columnName = columnName
            self.rawText = rawText
            self.reason = reason
            self.message = message
        }
    }

    /// A figure that failed a `warn` check and loaded anyway (`v_run_check_failure`).
    public struct CheckWarning: Sendable, Equatable {
        /// The run whose load recorded it: an earlier one for a file unchanged since.
        public var run: Int?
        public var file: String
        public var line: Int?
        public var column: Int?
        public var rawText: String
        public var message: String

        public init(
            file: String, line: Int?, column: Int?, rawText: String, message: String,
            run: Int? = nil
        ) {
            self.run = run
            self.file = file
            self.line = line
            self.column = column
            self.rawText = rawText
            self.message = message
        }
    }

    /// A publication behind a chart: one publisher and title, the addresses cited.
    public struct Citation: Sendable, Equatable {
        public var publisher: String
        public var title: String
        public var urls: [String]

        public init(publisher: String, title: String, urls: [String] = []) {
            self.publisher = publisher
            self.title = title
            self.urls = urls
        }
    }

    /// The indicators the charts read.
    public enum Code {
        public static let centres = "rd_centers_total"
        public static let smeShare = "rd_centers_sme_share"
        public static let centresGrowth = "rd_centers_cagr"
        public static let privateShare = "rd_private_share"
        public static let governmentShare = "rd_government_share"
        public static let disparity = [
            "grdp_per_capita_gini", "grdp_per_capita_williamson", "grdp_per_capita_theil_t",
        ]
        public static let gini = "grdp_per_capita_gini"
        public static let weightedGini = "grdp_per_capita_gini_w"
        public static let capitalShares = [
            "grdp_capital_share", "rd_personnel_capital_share", "rd_expenditure_capital_share",
        ]
    }

    /// Rows of a table beyond this are counted, not shown.
    public static let rowLimit = 200

    public var warehouse: String
    public var funding: [FundingYear]
    public var centres: IndicatorSeries?
    public var smeShare: IndicatorSeries?
    public var centresGrowth: IndicatorSeries?
    public var disparity: [IndicatorSeries]
    /// Why each break year (status `B`) of the disparity indices is one.
    public var breaks: [Int: [String]]
    public var capitalShares: [IndicatorSeries]
    public var distribution: Distribution?
    public var conflicts: [Conflict]
    public var run: Run?
    public var rejects: [Reject]
    public var rejectCount: Int
    public var warnings: [CheckWarning]
    public var warningCount: Int
    /// The publications behind each indicator's inputs.
    public var citations: [String: [Citation]]
    /// Region code → English name.
    public var regionNames: [String: String]

    public init(
        warehouse: String = "", funding: [FundingYear] = [], centres: IndicatorSeries? = nil,
        smeShare: IndicatorSeries? = nil, centresGrowth: IndicatorSeries? = nil,
        disparity: [IndicatorSeries] = [], breaks: [Int: [String]] = [:],
        capitalShares: [IndicatorSeries] = [], distribution: Distribution? = nil,
        conflicts: [Conflict] = [], run: Run? = nil, rejects: [Reject] = [],
        rejectCount: Int? = nil, warnings: [CheckWarning] = [], warningCount: Int? = nil,
        citations: [String: [Citation]] = [:], regionNames: [String: String] = [:]
    ) {
        self.warehouse = warehouse
        self.funding = funding
        self.centres = centres
        self.smeShare = smeShare
        self.centresGrowth = centresGrowth
        self.disparity = disparity
        self.breaks = breaks
        self.capitalShares = capitalShares
        self.distribution = distribution
        self.conflicts = conflicts
        self.run = run
        self.rejects = rejects
        self.rejectCount = rejectCount ?? rejects.count
        self.warnings = warnings
        self.warningCount = warningCount ?? warnings.count
        self.citations = citations
        self.regionNames = regionNames
    }

    /// The publications behind `codes`, merged by publisher and title, in that order.
    public func citations(for codes: [String]) -> [Citation] {
        var merged: [Citation] = []
        for citation in codes.flatMap({ citations[$0] ?? [] }) {
            if let index = merged.firstIndex(where: {
                $0.publisher == citation.publisher && $0.title == citation.title
            }) {
                for url in citation.urls where !merged[index].urls.contains(url) {
                    merged[index].urls.append(url)
                }
            } else {
                merged.append(citation)
            }
        }
        return merged.sorted { ($0.publisher, $0.title) < ($1.publisher, $1.title) }
    }
}
