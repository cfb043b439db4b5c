import SQLiteStore

/// Computes every indicator of a catalog from the warehouse alone (`v_observation` and the
/// region tables), in catalog order so that an indicator reading another finds it computed.
/// Nothing is written here: ``IndicatorStore`` stores the outputs.
///
/// An indicator whose inputs are absent gets no rows and a reason; a measure held in another
/// unit than `indicators.yaml` declares is a failure of the indicators that read it.
public final class IndicatorEngine {
    let catalog: IndicatorCatalog
    let reader: ObservationReader
    private var outputs: [String: IndicatorOutput] = [:]
    var distributionCache: [String: DistributionSeries] = [:]
    /// Fits by series, shared by the indicators reporting different parameters of one fit.
    var fitCache: [String: Result<LogisticFit, LogisticFit.Failure>] = [:]

    /// Where a spatial index's `weights:` file is found.
    let rawDataDirectory: String?

    public init(database: Database, catalog: IndicatorCatalog, rawDataDirectory: String? = nil) {
        self.catalog = catalog
        self.rawDataDirectory = rawDataDirectory
        reader = ObservationReader(database: database)
    }

    /// One output per indicator, in catalog order. Throws only on warehouse errors.
    public func compute() throws -> [IndicatorOutput] {
        outputs = [:]
        distributionCache = [:]
        fitCache = [:]
        var results: [IndicatorOutput] = []
        for spec in catalog.indicators {
            var output = IndicatorOutput(spec: spec)
            do {
                if let set = spec.regionSet {
                    try computeForEachRegion(spec, set, into: &output)
                } else {
                    try compute(spec, into: &output)
                }
                if output.rows.isEmpty, output.absence == nil { output.absence = "no values" }
            } catch let problem as Problem {
                output.rows = []
                switch problem {
                case .absent(let reason): output.absence = reason
                case .failed(let message): output.failure = message
                }
            }
            outputs[spec.code] = output
            results.append(output)
        }
        return results
    }

    /// Why an indicator has no rows.
    enum Problem: Error {
        case absent(String)
        case failed(String)
    }

    /// A series value in one year, with what it was computed from.
    struct YearValue {
        let year: Int
        let value: Double
        let status: ObservationStatus
        let inputs: [ObservationPoint]
    }

    private func compute(_ spec: IndicatorSpec, into output: inout IndicatorOutput) throws {
        switch spec.method {
        case .level(let source):
            let series = try yearly(source, for: spec).filter { spec.covers($0.year) }
            guard !series.isEmpty else { throw Problem.absent(noObservations(of: source, spec)) }
            output.rows = series.map { row(spec, $0.year, $0.value, $0.status, $0.inputs) }
        case .share(let published, let part, let whole):
            try computeShare(spec, published: published, part: part, whole: whole, into: &output)
        case .ratio(let numerator, let denominator):
            try computeRatio(spec, numerator: numerator, denominator: denominator, into: &output)
        case .crossover(let series, let against, let complement, let report):
            try computeCrossover(
                spec, series: series, against: against, complement: complement, report: report,
                into: &output)
        case .logisticFit(let series, let report, let minimum):
            try computeLogisticFit(
                spec, series: series, report: report, minimumObservations: minimum,
                into: &output)
        case .cagr(let source):
            try computeGrowth(spec, source: source, into: &output)
        case .disparity(let disparity):
            try computeDisparity(spec, disparity, into: &output)
        }
    }

    /// One series per province, or per country and aggregate with inputs (`regions:`); a
    /// region without inputs has none.
    private func computeForEachRegion(
        _ spec: IndicatorSpec, _ set: IndicatorSpec.RegionSet, into output: inout IndicatorOutput
    ) throws {
        var absent: [String] = []
        let codes: [String]
        switch set {
        case .provinces: codes = try reader.provinces().map(\.code)
        case .countries:
            let measures = spec.method.sources.compactMap { source -> String? in
                if case .measure(let selector) = source { return selector.measure }
                return nil
            }
            codes = try reader.countries(holding: measures)
        }
        for code in codes {
            var part = IndicatorOutput(spec: spec)
            do {
                try compute(spec.inRegion(code), into: &part)
            } catch Problem.absent {
                absent.append(code)
                continue
            }
            output.rows += part.rows
            output.notes += part.notes
        }
        if output.rows.isEmpty {
            throw Problem.absent("no \(set.rawValue.dropLast()) has values (\(absent.count) tried)")
        }
    }

    /// numerator / denominator in each year both have (a denominator of 0 gives none), times
    /// the ratio's scale.
    private func computeRatio(
        _ spec: IndicatorSpec, numerator: SeriesSource, denominator: SeriesSource,
        into output: inout IndicatorOutput
    ) throws {
        let over = Dictionary(
            try yearly(denominator, for: spec).map { ($0.year, $0) },
            uniquingKeysWith: { first, _ in first })
        for top in try yearly(numerator, for: spec) where spec.covers(top.year) {
            guard let bottom = over[top.year], bottom.value != 0 else { continue }
            output.rows.append(
                row(
                    spec, top.year, top.value / bottom.value * spec.ratioScale,
                    .combining([top.status, bottom.status]), top.inputs + bottom.inputs))
            if spec.ratioScale != 1 {
                output.notes.append(note(spec, top.year, "scale", value: spec.ratioScale))
            }
        }
        if output.rows.isEmpty {
            throw Problem.absent(
                "no year in which both \(numerator) and \(denominator) are observed")
        }
    }

    /// The compound annual growth from the first to the last year of the series.
    private func computeGrowth(
        _ spec: IndicatorSpec, source: SeriesSource, into output: inout IndicatorOutput
    ) throws {
        let series = try yearly(source, for: spec).filter { spec.covers($0.year) }
        guard let first = series.first, let last = series.last, last.year > first.year else {
            throw Problem.absent("\(series.count) year(s) of \(source); growth needs two")
        }
        guard
            let rate = CompoundGrowth.annualRate(
                firstYear: first.year, first: first.value, lastYear: last.year,
                last: last.value)
        else { throw Problem.absent("growth from \(first.value) is undefined") }
        output.rows = [
            row(
                spec, last.year, rate, .combining([first.status, last.status]),
                first.inputs + last.inputs)
        ]
        output.notes = [
            note(spec, last.year, "first_year", value: Double(first.year)),
            note(spec, last.year, "first_value", value: first.value),
            note(spec, last.year, "last_value", value: last.value),
        ]
    }

    /// The series per year, in year order: for a measure, the observation that stands for the
    /// year (``PeriodChoice``); for an indicator, its rows with a value.
    func yearly(_ source: SeriesSource, for spec: IndicatorSpec) throws -> [YearValue] {
        switch source {
        case .measure(let selector):
            let points = try observations(selector, region: selector.region ?? spec.region)
            return spec.periodChoice.pick(points).values.map { point in
                let estimate = spec.periodChoice.isEstimate(point)
                return YearValue(
                    year: point.year, value: point.value!,
                    status: .combining([point.status] + (estimate ? [.estimated] : [])),
                    inputs: [point])
            }.sorted { $0.year < $1.year }
        case .indicator(let code):
            guard let output = outputs[code] else {
                preconditionFailure("\(code) is computed before \(spec.code)")
            }
            if output.failure != nil { throw Problem.absent("it reads \(code), which failed") }
            return output.rows.compactMap { row in
                guard row.region == spec.region, let value = row.value else { return nil }
                return YearValue(
                    year: row.year, value: value, status: row.status, inputs: row.inputs)
            }.sorted { $0.year < $1.year }
        }
    }

    /// The preferred observations of a measure, after checking its unit.
    func observations(_ selector: MeasureSelector, region: String?) throws -> [ObservationPoint] {
        try checkUnit(of: selector.measure)
        return try reader.points(selector, region: region)
    }

    func checkUnit(of measure: String) throws {
        let expected = catalog.measureUnits[measure]!
        if let unit = try reader.unit(of: measure), unit != expected {
            throw Problem.failed(
                "\(catalog.file): measures.\(measure).unit: \"\(expected)\", but the warehouse "
                    + "holds this measure in \"\(unit)\"")
        }
    }

    func row(
        _ spec: IndicatorSpec, _ year: Int, _ value: Double?, _ status: ObservationStatus,
        _ inputs: [ObservationPoint]
    ) -> IndicatorOutput.Row {
        IndicatorOutput.Row(
            region: spec.region, year: year, value: value, status: value == nil ? .missing : status,
            inputs: inputs)
    }

    func note(
        _ spec: IndicatorSpec, _ year: Int?, _ key: String, value: Double? = nil,
        text: String? = nil
    ) -> IndicatorOutput.Note {
        IndicatorOutput.Note(region: spec.region, year: year, key: key, value: value, text: text)
    }

    func noObservations(of source: SeriesSource, _ spec: IndicatorSpec) -> String {
        let range = spec.years.map { " in \($0.lowerBound)-\($0.upperBound)" } ?? ""
        switch source {
        case .measure(let selector):
            let region = selector.region ?? spec.region
            return "no observations of \(selector.description) for \(region)\(range)"
        case .indicator(let code):
            return "\(code) has no values\(range)"
        }
    }
}
