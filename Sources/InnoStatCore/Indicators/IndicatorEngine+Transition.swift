import Foundation

extension IndicatorEngine {
    func computeCrossover(
        _ spec: IndicatorSpec, series: SeriesSource, against: SeriesSource, complement: Double?,
        report: IndicatorMethod.CrossoverReport, into output: inout IndicatorOutput
    ) throws {
        let mine = Dictionary(
            try yearly(series, for: spec).filter { spec.covers($0.year) }.map { ($0.year, $0) },
            uniquingKeysWith: { first, _ in first })
        let theirs = Dictionary(
            try yearly(against, for: spec).filter { spec.covers($0.year) }.map { ($0.year, $0) },
            uniquingKeysWith: { first, _ in first })
        let years = Set(mine.keys).union(theirs.keys).sorted()
        let points = years.map {
            Crossover.Point(year: $0, series: mine[$0]?.value, against: theirs[$0]?.value)
        }
        guard let bracket = Crossover.find(points, complement: complement) else {
            throw Problem.absent(
                "no observation in which \(series) exceeds \(against) after one in which it did "
                    + "not (\(years.count) year(s) compared)")
        }
        let (shown, other) =
            report == .crossing
            ? (bracket.crossing, bracket.lastBelow) : (bracket.lastBelow, bracket.crossing)
        let a = mine[shown.year]
        let b = theirs[shown.year]
        var statuses = [a?.status, b?.status].compactMap { $0 }
        // The crossing year rests on both comparisons of the bracket.
        if shown.isValueInferred || shown.isComparisonInferred || other.isComparisonInferred {
            statuses.append(.estimated)
        }
        output.rows = [
            row(
                spec, shown.year, shown.value, .combining(statuses),
                (a?.inputs ?? []) + (b?.inputs ?? []))
        ]
        let comparison = comparisonNote(
            series: series, a?.value, against: against, b?.value, complement: complement)
        output.notes = [
            note(spec, shown.year, "comparison", text: comparison),
            note(
                spec, shown.year, report == .crossing ? "last_year_below" : "crossing_year",
                value: Double(other.year)),
        ]
    }

    /// `a 52 vs b 48`: the shares in the reported year, an unobserved one bounded by the
    /// complement of the other.
    private func comparisonNote(
        series: SeriesSource, _ a: Double?, against: SeriesSource, _ b: Double?,
        complement: Double?
    ) -> String {
        switch (a, b) {
        case (let a?, let b?):
            "\(series) \(number(a)) vs \(against) \(number(b))"
        case (let a?, nil):
            "\(series) \(number(a)); \(against) not observed, at most "
                + "\(number(complement! - a))"
        case (nil, let b?):
            "\(against) \(number(b)); \(series) not observed, taken as "
                + "\(number(complement! - b))"
        default:
            ""
        }
    }

    func computeLogisticFit(
        _ spec: IndicatorSpec, series: SeriesSource, report: IndicatorMethod.LogisticReport,
        minimumObservations: Int, into output: inout IndicatorOutput
    ) throws {
        let values = try yearly(series, for: spec).filter { spec.covers($0.year) }
        let key = "\(series);\(spec.years.map { "\($0)" } ?? "all");\(minimumObservations)"
        let fit: LogisticFit
        do {
            fit = try cachedFit(values, key: key, minimumObservations: minimumObservations).get()
        } catch {
            throw Problem.absent("\(series): \(error)")
        }
        let last = values.last!.year
        output.rows = [
            row(
                spec, last, report == .midpoint ? fit.midpoint : fit.rate,
                .combining(values.map(\.status)), values.flatMap(\.inputs))
        ]
        output.notes = [
            note(spec, last, "ceiling_L", value: fit.ceiling),
            note(spec, last, "rate_k", value: fit.rate),
            note(spec, last, "midpoint_t0", value: fit.midpoint),
            note(spec, last, "residual_sum_of_squares", value: fit.residualSumOfSquares),
            note(spec, last, "root_mean_square_error", value: fit.rootMeanSquareError),
            note(spec, last, "observations", value: Double(fit.observations)),
            note(spec, last, "first_year", value: Double(values.first!.year)),
        ]
        if let errors = fit.standardErrors {
            output.notes += [
                note(spec, last, "standard_error_L", value: errors.ceiling),
                note(spec, last, "standard_error_k", value: errors.rate),
                note(spec, last, "standard_error_t0", value: errors.midpoint),
            ]
        }
        if !Self.pinsDown(fit, span: Double(last - values.first!.year)) {
            output.notes.append(
                note(
                    spec, last, "identification",
                    text: "the observations do not pin down k and t0 (standard errors "
                        + "\(fit.standardErrors == nil ? "unavailable" : "large")): too few "
                        + "observations where the curve rises"))
        }
    }

    /// The fit of `values`, computed once per series, years and minimum.
    private func cachedFit(
        _ values: [YearValue], key: String, minimumObservations: Int
    ) -> Result<LogisticFit, LogisticFit.Failure> {
        if let cached = fitCache[key] { return cached }
        let result: Result<LogisticFit, LogisticFit.Failure>
        do {
            result = .success(
                try LogisticFit.fit(
                    times: values.map { Double($0.year) }, values: values.map(\.value),
                    minimumObservations: minimumObservations))
        } catch {
            result = .failure(error)
        }
        fitCache[key] = result
        return result
    }

    /// Whether the standard errors are small enough that k and t0 are identified.
    private static func pinsDown(_ fit: LogisticFit, span: Double) -> Bool {
        fit.standardErrors.map { $0.rate <= abs(fit.rate) / 2 && $0.midpoint <= span / 4 }
            ?? false
    }

    /// A value for a note, rounded to 10 decimals so that `100 − 76.1` reads `23.9`.
    func number(_ value: Double) -> String {
        DecimalFormat.shortest((value * 1e10).rounded() / 1e10)
    }
}
