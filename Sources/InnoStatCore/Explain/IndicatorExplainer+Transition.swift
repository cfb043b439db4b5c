import Foundation

/// The crossover of two shares (the bracket around the first crossing, from the stored values
/// of both series) and the logistic fit of a share (refitted to the stored values).
extension IndicatorExplainer {
    func explainCrossover(_ context: Context) throws -> MethodExplanation {
        guard context.row.sources.count == 2,
            try context.row.sources.allSatisfy({ try isIndicator($0) })
        else { return failure("a crossover of two indicators is expected", context) }
        let series = context.row.sources[0]
        let against = context.row.sources[1]
        let complement = Self.complement(in: context.row.definition.formula)
        let reportsCrossing = context.note("last_year_below") != nil
        let range = (context.row.firstYear ?? Int.min)...(context.row.lastYear ?? Int.max)
        let mine = Dictionary(
            try indicatorSeries(series, region: context.region).filter { range.contains($0.year) }
                .map { ($0.year, $0.value) }, uniquingKeysWith: { first, _ in first })
        let theirs = Dictionary(
            try indicatorSeries(against, region: context.region).filter { range.contains($0.year) }
                .map { ($0.year, $0.value) }, uniquingKeysWith: { first, _ in first })
        let points = Set(mine.keys).union(theirs.keys).sorted().map {
            Crossover.Point(year: $0, series: mine[$0], against: theirs[$0])
        }
        guard let bracket = Crossover.find(points, complement: complement) else {
            return failure(
                "\(series) does not cross \(against) in the stored values (\(points.count) years)",
                context)
        }
        let shown = reportsCrossing ? bracket.crossing : bracket.lastBelow
        let other = reportsCrossing ? bracket.lastBelow : bracket.crossing
        func side(_ observation: Crossover.Observation) -> String {
            let year = observation.year
            let a = mine[year]
            let b = theirs[year]
            let above: Bool
            let comparison: String
            switch (a, b, complement) {
            case (let a?, let b?, _):
                above = a > b
                comparison = "\(series) \(Self.describe(a)) vs \(against) \(Self.describe(b))"
            case (let a?, nil, let total?):
                above = a > total - a
                comparison =
                    "\(series) \(Self.describe(a)) vs \(against) not observed, at most "
                    + "\(Self.describe(total)) − \(Self.describe(a)) = "
                    + Self.describe(total - a)
            case (nil, let b?, let total?):
                above = total - b > b
                comparison =
                    "\(series) not observed, taken as \(Self.describe(total)) − "
                    + "\(Self.describe(b)) = \(Self.describe(total - b)) vs \(against) "
                    + Self.describe(b)
            default:
                above = false
                comparison = "not compared"
            }
            return "  \(year): \(comparison): \(above ? "above" : "not above")"
                + (observation.isComparisonInferred ? " (not certain: E)" : "")
        }
        var lines = [
            "the first observed year in which \(series) exceeds \(against) after an observation "
                + "in which it did not (a tie does not exceed), over the \(points.count) years "
                + "either is observed:",
            side(bracket.lastBelow), side(bracket.crossing),
            "crossing \(bracket.crossing.year), last year below \(bracket.lastBelow.year); "
                + "value = \(series) in \(shown.year) = \(Self.describe(shown.value))"
                + (shown.isValueInferred ? " (inferred from \(against))" : ""),
        ]
        if shown.year != context.year {
            lines.append(
                "the stored values now cross in \(bracket.crossing.year), not as stored: "
                    + "\(context.year)")
        }
        var inputs: [IndicatorExplanation.Input] = []
        for code in [series, against] {
            let keys = Set(
                try self.inputs(code, region: context.region, year: shown.year).map(\.key))
            inputs += context.inputs.filter { keys.contains($0.key) }.map {
                role($0, "\(shown.year), \(code)")
            }
        }
        inputs += context.inputs.filter { input in !inputs.contains { $0.key == input.key } }
            .map { role($0, "\(shown.year)") }
        for code in [series, against] {
            inputs += try self.inputs(code, region: context.region, year: other.year).map {
                role($0, "\(other.year) (other side of the bracket), \(code)")
            }
        }
        var qualifications: [String] = []
        if shown.isValueInferred || shown.isComparisonInferred {
            let total = complement.map(Self.describe) ?? "the complement"
            qualifications.append(
                "in \(shown.year) one share is not observed; taken as \(total) minus the other, "
                    + "the comparison is not certain: E")
        }
        if other.isComparisonInferred {
            let total = complement.map(Self.describe) ?? "the complement"
            qualifications.append(
                "in \(other.year), the other side of the bracket, one share is not observed; "
                    + "taken as \(total) minus the other, the comparison is not certain, so "
                    + "neither is the crossing: E")
        }
        return MethodExplanation(
            computation: lines,
            recomputed: .success(shown.year == context.year ? shown.value : nil),
            checkBasis: "the stored values of \(series) and \(against)", inputs: inputs,
            qualifications: qualifications)
    }

    /// The `complement` of a crossover, as its formula states it (`taken as 100 minus`).
    static func complement(in formula: String) -> Double? {
        guard let start = formula.range(of: "taken as ")?.upperBound,
            let end = formula[start...].range(of: " minus")?.lowerBound
        else { return nil }
        return Double(formula[start..<end])
    }

    func explainLogisticFit(_ context: Context) throws -> MethodExplanation {
        guard let source = context.row.sources.first, try isIndicator(source) else {
            return failure("a fit of another indicator is expected", context)
        }
        let firstYear = context.note("first_year")?.value.map { Int($0) } ?? Int.min
        let range = max(firstYear, context.row.firstYear ?? Int.min)...context.year
        let series = try indicatorSeries(source, region: context.region).filter {
            range.contains($0.year)
        }
        let stored = (
            ceiling: context.note("ceiling_L")?.value, rate: context.note("rate_k")?.value,
            midpoint: context.note("midpoint_t0")?.value
        )
        let reportsMidpoint = context.row.definition.unit == "year"
        let fit: LogisticFit
        do {
            fit = try LogisticFit.fit(
                times: series.map { Double($0.year) }, values: series.map(\.value),
                minimumObservations: series.count)
        } catch {
            return failure("\(source): \(error)", context)
        }
        guard let ceiling = stored.ceiling, let rate = stored.rate,
            let midpoint = stored.midpoint
        else { return failure("L, k and t0 are not recorded", context) }
        let curve = LogisticFit(
            ceiling: ceiling, rate: rate, midpoint: midpoint, residualSumOfSquares: 0,
            observations: series.count, iterations: 0, standardErrors: nil)
        var squares = 0.0
        let rows = series.map { point -> [String] in
            let fitted = curve.value(at: Double(point.year))
            squares += (point.value - fitted) * (point.value - fitted)
            return [
                String(point.year), Self.describe(point.value), Self.rounded(fitted),
                Self.rounded(point.value - fitted),
            ]
        }
        var lines = [
            "s(t) = L / (1 + e^(−k(t − t0))), least squares over the \(series.count) values of "
                + "\(source), \(series.first?.year ?? 0)-\(series.last?.year ?? 0) (table below)",
            "the run's fit: L = \(Self.describe(ceiling)), k = \(Self.describe(rate)), t0 = "
                + Self.describe(midpoint),
            "refitted now: L = \(Self.describe(fit.ceiling)), k = \(Self.describe(fit.rate)), "
                + "t0 = \(Self.describe(fit.midpoint))",
            "Σ (s(t) − ŝ(t))² = \(Self.describe(squares)) with the run's L, k, t0 (recorded: "
                + "\(Self.describe(context.note("residual_sum_of_squares")?.value)))",
        ]
        let errors = ["standard_error_L", "standard_error_k", "standard_error_t0"].compactMap {
            key in context.note(key)?.value.map { "\(key.dropFirst(15)) \(Self.describe($0))" }
        }
        if !errors.isEmpty {
            lines.append("standard errors: \(errors.joined(separator: ", "))")
        }
        lines.append(
            reportsMidpoint
                ? "value = t0 = \(Self.describe(fit.midpoint)) (refitted)"
                : "value = k = \(Self.describe(fit.rate)) (refitted)")
        var qualifications: [String] = []
        if let identification = context.note("identification")?.text {
            qualifications.append("identification: \(identification)")
        }
        return MethodExplanation(
            computation: lines,
            table: IndicatorExplanation.Table(
                header: ["year", "s(t)", "ŝ(t)", "s(t) − ŝ(t)"], rows: rows,
                footnote: "ŝ(t) with the run's L, k, t0, rounded to 6 significant digits"),
            recomputed: .success(reportsMidpoint ? fit.midpoint : fit.rate),
            checkBasis: "a refit to the \(series.count) stored values of \(source)",
            inputs: context.inputs.sorted { ($0.period, $0.key) < ($1.period, $1.key) }.map {
                role($0, "\(source) \($0.period.prefix(4))")
            },
            qualifications: qualifications)
    }
}
