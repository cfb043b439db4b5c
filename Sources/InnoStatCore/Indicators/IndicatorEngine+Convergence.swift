extension IndicatorEngine {
    /// β-convergence from the first to the last of the indicator's years, over the regions
    /// present in both: one row at the last year, the fit's other numbers in its notes.
    func computeBeta(
        _ spec: IndicatorSpec, _ series: DistributionSeries, into output: inout IndicatorOutput
    ) throws {
        guard let span = spec.years else {
            throw Problem.failed("\(spec.keyPath): β-convergence needs its years (a span)")
        }
        guard let start = series.years.first(where: { $0.year == span.lowerBound }),
            let end = series.years.first(where: { $0.year == span.upperBound })
        else {
            throw Problem.absent(
                "β-convergence needs \(span.lowerBound) and \(span.upperBound) in the series")
        }
        let initial = Dictionary(
            zip(start.regions.map(\.code), zip(start.values, start.populations).map { $0 / $1 }),
            uniquingKeysWith: { first, _ in first })
        let common = end.regions.indices.filter { initial[end.regions[$0].code] != nil }
        let codes = common.map { end.regions[$0].code }
        let fit: BetaConvergence.Result
        do {
            fit = try BetaConvergence.fit(
                initial: codes.map { initial[$0]! },
                final: common.map { end.values[$0] / end.populations[$0] },
                years: span.upperBound - span.lowerBound)
        } catch {
            throw Problem.absent("β-convergence: \(error)")
        }
        let kept = Set(codes)
        let inputs = (start.regions + end.regions).filter { kept.contains($0.code) }.flatMap {
            $0.numerator.inputs + ($0.denominator?.inputs ?? [])
        }
        let status: ObservationStatus =
            start.breakReason != nil || end.breakReason != nil
            ? .breakInSeries : .combining(inputs.map(\.status))
        output.rows.append(row(spec, end.year, fit.slope, status, inputs))
        let year = end.year
        output.notes.append(note(spec, year, "span", text: "\(span.lowerBound)-\(span.upperBound)"))
        output.notes.append(
            note(
                spec, year, "regions", value: Double(codes.count),
                text: codes.joined(separator: " ")))
        output.notes.append(note(spec, year, "slope_robust_se", value: fit.slopeStandardError))
        output.notes.append(note(spec, year, "constant", value: fit.constant))
        output.notes.append(
            note(spec, year, "constant_robust_se", value: fit.constantStandardError))
        if let r2 = fit.rSquared { output.notes.append(note(spec, year, "r_squared", value: r2)) }
        output.notes.append(note(spec, year, "regime", text: fit.regime.rawValue))
        if let speed = fit.speed { output.notes.append(note(spec, year, "speed", value: speed)) }
        if let halfLife = fit.halfLife {
            output.notes.append(note(spec, year, "half_life_years", value: halfLife))
        }
    }
}
