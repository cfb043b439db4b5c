import Foundation

/// β-convergence: per region y at the span's first and last year from the inputs, the growth
/// g_i, and the fit recomputed with the engine's own ``BetaConvergence``.
extension IndicatorExplainer {
    private struct Ends {
        var x0 = 0.0, p0 = 0.0, xT = 0.0, pT = 0.0
    }

    func explainBeta(_ context: Context) throws -> MethodExplanation {
        let row = context.row
        guard let measure = row.measure, let perCapita = row.perCapita,
            let span = context.note("span")?.text?.split(separator: "-").compactMap({ Int($0) }),
            span.count == 2
        else { return failure("the span or the measures are not recorded", context) }
        let (first, last) = (span[0], span[1])
        let codes = context.note("regions")?.text?.split(separator: " ").map(String.init) ?? []
        var ends = Dictionary(uniqueKeysWithValues: codes.map { ($0, Ends()) })
        var inputs = context.inputs
        for (position, input) in inputs.enumerated() {
            guard let value = input.value, ends[input.region] != nil else { continue }
            let year = Int(input.period.prefix(4)) ?? 0
            let isStart = year == first
            let isX = input.measure == measure
            switch (isStart, isX) {
            case (true, true): ends[input.region]!.x0 += value
            case (true, false): ends[input.region]!.p0 += value
            case (false, true): ends[input.region]!.xT += value
            case (false, false): ends[input.region]!.pT += value
            }
            inputs[position].role = "\(isX ? "X" : "P")_\(input.region),\(isStart ? "0" : "T")"
        }
        let y0 = codes.map { ends[$0]!.x0 / ends[$0]!.p0 }
        let yT = codes.map { ends[$0]!.xT / ends[$0]!.pT }
        let years = last - first
        let fit = try? BetaConvergence.fit(initial: y0, final: yT, years: years)
        var lines = [
            "X = \(measure), P = \(perCapita), y = X / P; 0 = \(first), T = \(last), "
                + "T = \(years) years; n = \(codes.count) regions (table below)",
            "g_i = (ln y_iT − ln y_i0) / T; OLS of g_i on ln y_i0",
        ]
        if let fit {
            lines += [
                "β = \(Self.describe(fit.slope)) (HC1 robust SE \(Self.describe(fit.slopeStandardError))), "
                    + "a = \(Self.describe(fit.constant)), R² = \(Self.describe(fit.rSquared))",
                "speed b = −ln(1 + βT) / T = \(Self.describe(fit.speed)); half-life ln 2 / b = "
                    + "\(Self.describe(fit.halfLife)) years (\(fit.regime.rawValue))",
            ]
        }
        let table = IndicatorExplanation.Table(
            header: ["region", "y_i0", "y_iT", "g_i"],
            rows: zip(codes, zip(y0, yT)).map { code, pair in
                [
                    code, Self.rounded(pair.0), Self.rounded(pair.1),
                    Self.rounded((log(pair.1) - log(pair.0)) / Double(years)),
                ]
            },
            footnote: "y to 6 significant digits; the fit uses the full values")
        return MethodExplanation(
            computation: lines, table: table,
            recomputed: fit.map { .success($0.slope) }
                ?? .failure(Unrecomputable(reason: "the fit is undefined for these values")),
            checkBasis: "\(codes.count) regions from the \(inputs.count) inputs below",
            inputs: inputs)
    }
}
