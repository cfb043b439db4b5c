extension IndicatorMethod {
    /// How the method computes, in words and the notation of DESIGN.md.
    func formula(periodChoice: PeriodChoice) -> String {
        let within =
            periodChoice == .stock
            ? "; per year the latest dated observation, status E unless a year-end (YYYY-12) count"
            : ""
        switch self {
        case .level(let source):
            return "\(source) per year\(within)"
        case .share(let published, let part, let whole):
            var ways: [String] = []
            if let published { ways.append("\(published) as published") }
            if let part, let whole {
                ways.append("100 · \(part) / \(whole) at the same period")
            }
            return ways.joined(separator: "; else ") + within
        case .ratio(let numerator, let denominator):
            return "\(numerator) / \(denominator) in each year both are observed"
        case .crossover(let series, let against, let complement, let report):
            let rule =
                "first observed year in which \(series) exceeds \(against) after an observation "
                + "in which it did not (a tie does not exceed)"
            let other =
                complement.map {
                    "; where one is unobserved it is taken as \(DecimalFormat.shortest($0)) minus "
                        + "the other (status E when that decides)"
                } ?? ""
            switch report {
            case .crossing: return "year = \(rule); value = \(series) that year\(other)"
            case .lastBelow:
                return "year = the observation just before the \(rule); value = \(series) that "
                    + "year\(other)"
            }
        case .logisticFit(let series, let report, _):
            let fit = "least-squares fit of s(t) = L / (1 + e^(−k(t − t0))) to \(series)"
            let parameter = report == .midpoint ? "t0 (year)" : "k (per year)"
            return "\(parameter) of the \(fit); one row at the last year fitted; L and the "
                + "residual in the metadata"
        case .cagr(let source):
            return "100 · ((last / first)^(1 / (last year − first year)) − 1) over the observed "
                + "span of \(source); one row at the last year"
        case .disparity(let spec):
            let basis =
                spec.perCapita.map {
                    "y_i = X_i / P_i with X = \(spec.measures.joined(separator: " or ")), P = \($0)"
                } ?? "levels: y_i = X_i = \(spec.measures.joined(separator: " or ")), P_i = 1"
            let regions =
                spec.requiresAllProvinces
                ? "years in which every province is covered" : "the provinces present in the year"
            return "\(spec.index.formula); \(basis); over \(regions), a region split off another "
                + "added to its parent where the inputs differ; status B where the region set or "
                + "the sources differ from the year before"
        }
    }
}
