import Foundation

/// The crossover of two shares (the bracket around the first crossing, from the stored values
/// of both series) and the logistic fit of a share (refitted to the stored values).
extension IndicatorExplainer {
    func explainCrossover(_ context: Context) throws -> MethodExplanation {
        guard context.row.sources.count == 2,
            try context.row.sources.allSatisfy({ try isIndicator($0) })
        else { return failure("a crossover of two indicators is expected", context) }
        let pair = try crossoverPair(context)
        let points = pair.points
        guard let bracket = Crossover.find(points, complement: pair.complement) else {
            return failure(
                "\(pair.series) does not cross \(pair.against) in the stored values "
                    + "(\(points.count) years)", context)
        }
        let reportsCrossing = context.note("last_year_below") != nil
        let shown = reportsCrossing ? bracket.crossing : bracket.lastBelow
        let other = reportsCrossing ? bracket.lastBelow : bracket.crossing
        var lines = [
            "the first observed year in which \(pair.series) exceeds \(pair.against) after an "
                + "observation in which it did not (a tie does not exceed), over the "
                + "\(points.count) years either is observed:",
            pair.side(bracket.lastBelow), pair.side(bracket.crossing),
            "crossing \(bracket.crossing.year), last year below \(bracket.lastBelow.year); "
                + "value = \(pair.series) in \(shown.year) = \(Self.describe(shown.value))"
                + (shown.isValueInferred ? " (inferred from \(pair.against))" : ""),
        ]
        if shown.year != context.year {
            lines.append(
                "the stored values now cross in \(bracket.crossing.year), not as stored: "
                    + "\(context.year)")
        }
        return MethodExplanation(
            computation: lines,
            recomputed: .success(shown.year == context.year ? shown.value : nil),
            checkBasis: "the stored values of \(pair.series) and \(pair.against)",
            inputs: try crossoverInputs(pair, shown: shown, other: other, context),
            qualifications: Self.crossoverQualifications(
                shown: shown, other: other, complement: pair.complement))
    }

    /// The two shares of a crossover, as stored, over the indicator's years.
    private struct CrossoverPair {
        let series: String
        let against: String
        let complement: Double?
        let mine: [Int: Double]
        let theirs: [Int: Double]

        /// Every year either share is observed.
        var points: [Crossover.Point] {
            Set(mine.keys).union(theirs.keys).sorted().map {
                Crossover.Point(year: $0, series: mine[$0], against: theirs[$0])
            }
        }

        /// `  2009: a 48 vs b 52: not above`: one side of the bracket, compared.
        func side(_ observation: Crossover.Observation) -> String {
            let year = observation.year
            let comparison = compare(mine[year], theirs[year])
            return "  \(year): \(comparison.text): \(comparison.above ? "above" : "not above")"
                + (observation.isComparisonInferred ? " (not certain: E)" : "")
        }

        private func compare(_ a: Double?, _ b: Double?) -> (above: Bool, text: String) {
            let describe = IndicatorExplainer.describe
            switch (a, b, complement) {
            case (let a?, let b?, _):
                return (a > b, "\(series) \(describe(a)) vs \(against) \(describe(b))")
            case (let a?, nil, let total?):
                return (
                    a > total - a,
                    "\(series) \(describe(a)) vs \(against) not observed, at most "
                        + "\(describe(total)) − \(describe(a)) = " + describe(total - a)
                )
            case (nil, let b?, let total?):
                return (
                    total - b > b,
                    "\(series) not observed, taken as \(describe(total)) − "
                        + "\(describe(b)) = \(describe(total - b)) vs \(against) "
                        + describe(b)
                )
            default:
                return (false, "not compared")
            }
        }
    }

    private func crossoverPair(_ context: Context) throws -> CrossoverPair {
        let series = context.row.sources[0]
        let against = context.row.sources[1]
        let range = (context.row.firstYear ?? Int.min)...(context.row.lastYear ?? Int.max)
        func values(_ code: String) throws -> [Int: Double] {
            Dictionary(
                try indicatorSeries(code, region: context.region)
                    .filter { range.contains($0.year) }.map { ($0.year, $0.value) },
                uniquingKeysWith: { first, _ in first })
        }
        return CrossoverPair(
            series: series, against: against,
            complement: Self.complement(in: context.row.definition.formula),
            mine: try values(series), theirs: try values(against))
    }

    /// The inputs of the shown year by share, the rest of the shown year, then the other side
    /// of the bracket.
    private func crossoverInputs(
        _ pair: CrossoverPair, shown: Crossover.Observation, other: Crossover.Observation,
        _ context: Context
    ) throws -> [IndicatorExplanation.Input] {
        var inputs: [IndicatorExplanation.Input] = []
        for code in [pair.series, pair.against] {
            let keys = Set(
                try self.inputs(code, region: context.region, year: shown.year).map(\.key))
            inputs += context.inputs.filter { keys.contains($0.key) }.map {
                role($0, "\(shown.year), \(code)")
            }
        }
        inputs += context.inputs.filter { input in !inputs.contains { $0.key == input.key } }
            .map { role($0, "\(shown.year)") }
        for code in [pair.series, pair.against] {
            inputs += try self.inputs(code, region: context.region, year: other.year).map {
                role($0, "\(other.year) (other side of the bracket), \(code)")
            }
        }
        return inputs
    }

    private static func crossoverQualifications(
        shown: Crossover.Observation, other: Crossover.Observation, complement: Double?
    ) -> [String] {
        let total = complement.map(Self.describe) ?? "the complement"
        var qualifications: [String] = []
        if shown.isValueInferred || shown.isComparisonInferred {
            qualifications.append(
                "in \(shown.year) one share is not observed; taken as \(total) minus the other, "
                    + "the comparison is not certain: E")
        }
        if other.isComparisonInferred {
            qualifications.append(
                "in \(other.year), the other side of the bracket, one share is not observed; "
                    + "taken as \(total) minus the other, the comparison is not certain, so "
                    + "neither is the crossing: E")
        }
        return qualifications
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
        let series = try fittedSeries(source, context)
        let reportsMidpoint = context.row.definition.unit == "year"
        let fit: LogisticFit
        do {
            fit = try LogisticFit.fit(
                times: series.map { Double($0.year) }, values: series.map(\.value),
                minimumObservations: series.count)
        } catch {
            return failure("\(source): \(error)", context)
        }
        guard let ceiling = context.note("ceiling_L")?.value,
            let rate = context.note("rate_k")?.value,
            let midpoint = context.note("midpoint_t0")?.value
        else { return failure("L, k and t0 are not recorded", context) }
        let curve = LogisticFit(
            ceiling: ceiling, rate: rate, midpoint: midpoint, residualSumOfSquares: 0,
            observations: series.count, iterations: 0, standardErrors: nil)
        var lines = Self.fitLines(source, series: series, stored: curve, refitted: fit, context)
        lines.append(
            reportsMidpoint
                ? "value = t0 = \(Self.describe(fit.midpoint)) (refitted)"
                : "value = k = \(Self.describe(fit.rate)) (refitted)")
        return MethodExplanation(
            computation: lines,
            table: IndicatorExplanation.Table(
                header: ["year", "s(t)", "ŝ(t)", "s(t) − ŝ(t)"],
                rows: Self.residualRows(series, curve: curve),
                footnote: "ŝ(t) with the run's L, k, t0, rounded to 6 significant digits"),
            recomputed: .success(reportsMidpoint ? fit.midpoint : fit.rate),
            checkBasis: "a refit to the \(series.count) stored values of \(source)",
            inputs: context.inputs.sorted { ($0.period, $0.key) < ($1.period, $1.key) }.map {
                role($0, "\(source) \($0.period.prefix(4))")
            },
            qualifications: context.note("identification")?.text.map {
                ["identification: \($0)"]
            } ?? [])
    }

    /// The stored values of `source` the run fitted: from the fit's first year (and the
    /// indicator's) to the explained year.
    private func fittedSeries(_ source: String, _ context: Context) throws
        -> [(year: Int, value: Double)]
    {
        let firstYear = context.note("first_year")?.value.map { Int($0) } ?? Int.min
        let range = max(firstYear, context.row.firstYear ?? Int.min)...context.year
        return try indicatorSeries(source, region: context.region).filter {
            range.contains($0.year)
        }
    }

    /// The curve, the run's and the refitted parameters, the residual sum and the standard
    /// errors.
    private static func fitLines(
        _ source: String, series: [(year: Int, value: Double)], stored curve: LogisticFit,
        refitted fit: LogisticFit, _ context: Context
    ) -> [String] {
        let squares = series.reduce(0.0) {
            let residual = $1.value - curve.value(at: Double($1.year))
            return $0 + residual * residual
        }
        var lines = [
            "s(t) = L / (1 + e^(−k(t − t0))), least squares over the \(series.count) values of "
                + "\(source), \(series.first?.year ?? 0)-\(series.last?.year ?? 0) (table below)",
            "the run's fit: L = \(describe(curve.ceiling)), k = \(describe(curve.rate)), t0 = "
                + describe(curve.midpoint),
            "refitted now: L = \(describe(fit.ceiling)), k = \(describe(fit.rate)), "
                + "t0 = \(describe(fit.midpoint))",
            "Σ (s(t) − ŝ(t))² = \(describe(squares)) with the run's L, k, t0 (recorded: "
                + "\(describe(context.note("residual_sum_of_squares")?.value)))",
        ]
        let errors = ["standard_error_L", "standard_error_k", "standard_error_t0"].compactMap {
            key in context.note(key)?.value.map { "\(key.dropFirst(15)) \(describe($0))" }
        }
        if !errors.isEmpty {
            lines.append("standard errors: \(errors.joined(separator: ", "))")
        }
        return lines
    }

    /// year, s(t), ŝ(t) with the run's curve, and the residual.
    private static func residualRows(_ series: [(year: Int, value: Double)], curve: LogisticFit)
        -> [[String]]
    {
        series.map { point in
            let fitted = curve.value(at: Double(point.year))
            return [
                String(point.year), describe(point.value), rounded(fitted),
                rounded(point.value - fitted),
            ]
        }
    }
}
