/// How an indicator is computed from its inputs.
public enum IndicatorMethod: Sendable, Equatable {
    /// Which side of a crossing a crossover indicator reports.
    public enum CrossoverReport: String, Sendable, CaseIterable {
        case crossing
        case lastBelow = "last_below"
    }

    /// Which parameter of a logistic fit an indicator reports.
    public enum LogisticReport: String, Sendable, CaseIterable {
        case midpoint
        case rate
    }

    /// The value of a series per year.
    case level(SeriesSource)
    /// A published percentage where there is one; else 100 · part / whole at the same period.
    case share(published: MeasureSelector?, part: MeasureSelector?, whole: MeasureSelector?)
    /// numerator / denominator in each year both have.
    case ratio(numerator: SeriesSource, denominator: SeriesSource)
    /// The bracket around the first year in which `series` exceeds `against`.
    case crossover(
        series: SeriesSource, against: SeriesSource, complement: Double?, report: CrossoverReport)
    /// A parameter of the least-squares logistic fit of a series.
    case logisticFit(series: SeriesSource, report: LogisticReport, minimumObservations: Int)
    /// Compound annual growth between the first and the last observation.
    case cagr(SeriesSource)
    /// A regional disparity index.
    case disparity(DisparitySpec)

    /// The names `method:` takes in indicators.yaml, and `indicator.method` holds.
    public enum Kind: String, Sendable, CaseIterable {
        case cagr, crossover, disparity, level
        case logisticFit = "logistic_fit"
        case ratio, share
    }

    public var kind: Kind {
        switch self {
        case .level: .level
        case .share: .share
        case .ratio: .ratio
        case .crossover: .crossover
        case .logisticFit: .logisticFit
        case .cagr: .cagr
        case .disparity: .disparity
        }
    }

    public var name: String { kind.rawValue }

    /// Every series the method reads.
    public var sources: [SeriesSource] {
        switch self {
        case .level(let source), .cagr(let source): [source]
        case .share(let published, let part, let whole):
            [published, part, whole].compactMap { $0.map(SeriesSource.measure) }
        case .ratio(let numerator, let denominator): [numerator, denominator]
        case .crossover(let series, let against, _, _): [series, against]
        case .logisticFit(let series, _, _): [series]
        case .disparity(let spec):
            spec.measures.map {
                .measure(MeasureSelector(measure: $0, sector: spec.sector, size: spec.size))
            } + (spec.perCapita.map { [.measure(MeasureSelector(measure: $0))] } ?? [])
        }
    }

    /// The indicators it reads.
    public var references: [String] {
        sources.compactMap {
            if case .indicator(let code) = $0 { return code }
            return nil
        }
    }
}
