import Foundation

/// A disparity index over the provinces: per region X_i and P_i summed from the inputs (a
/// region split off another counted in its parent, as the run aligned them), the index's
/// intermediate sums, and the index recomputed with the engine's own functions.
extension IndicatorExplainer {
    /// One region of the year's distribution.
    private struct Region {
        let code: String
        let name: String
        let isCapital: Bool
        var x: Double = 0
        var p: Double = 0
        var includes: [String] = []
    }

    func explainDisparity(_ context: Context) throws -> MethodExplanation {
        let row = context.row
        guard let name = row.indexName, let index = DisparityIndex(rawValue: name) else {
            return failure("no disparity index named \(row.indexName ?? "")", context)
        }
        guard let measure = context.note("measure")?.text ?? row.measure,
            !measure.contains(" or ")
        else { return failure("the year's measure is not recorded", context) }
        let perCapita = row.perCapita
        let codes =
            context.note("regions")?.text?.split(separator: " ").map(String.init)
            ?? Set(context.inputs.filter { $0.measure == measure }.map(\.region)).sorted()
        let names = try regionNames()
        let capital = Set(
            try database.rows("SELECT region_code FROM region WHERE is_capital_region = 1")
                .compactMap { $0[0].textValue })
        let parents = try database.lineageParents()
        var regions = codes.map {
            Region(
                code: $0, name: names[$0] ?? $0, isCapital: capital.contains($0),
                p: perCapita == nil ? 1 : 0)
        }
        let position = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        var inputs: [IndicatorExplanation.Input] = []
        var targets: [String] = []
        // Own figures first, then children by code, as the run added them.
        let ordered = context.inputs.sorted {
            (position[$0.region] == nil ? 1 : 0, $0.region)
                < (position[$1.region] == nil ? 1 : 0, $1.region)
        }
        for var input in ordered {
            let isX = input.measure == measure
            let isP = perCapita != nil && input.measure == perCapita
            var target: String? = input.region
            while let code = target, position[code] == nil { target = parents[code] }
            targets.append(target ?? input.region)
            guard isX || isP, let code = target, let at = position[code] else {
                input.role = "not used by this index"
                inputs.append(input)
                continue
            }
            let symbol = isX ? "X_i" : "P_i"
            if index == .capitalShare && isP {
                input.role = "P_i (not used by capital_share)"
                inputs.append(input)
                continue
            }
            if code == input.region {
                input.role = "\(symbol) of \(code)"
            } else {
                input.role = "\(symbol) of \(code), which includes \(input.region)"
                regions[at].includes.append("\(isX ? "X" : "P"): +\(input.region)")
            }
            if isX { regions[at].x += input.value ?? 0 } else { regions[at].p += input.value ?? 0 }
            inputs.append(input)
        }
        // X before P; within each, by region, a region's own figure before its children's.
        inputs = zip(inputs, targets).sorted { a, b in
            let left = (a.0.measure == measure ? 0 : 1, a.0.measure, a.1)
            let right = (b.0.measure == measure ? 0 : 1, b.0.measure, b.1)
            if left != right { return left < right }
            return (a.0.region != a.1 ? 1 : 0, a.0.region, a.0.period)
                < (b.0.region != b.1 ? 1 : 0, b.0.region, b.0.period)
        }.map(\.0)
        let values = regions.map(\.x)
        let populations = regions.map(\.p)
        let recomputed = index.value(
            values: values, populations: populations, isCapital: regions.map(\.isCapital))
        let unit = context.inputs.first { $0.measure == measure }?.unit ?? ""
        let populationUnit = context.inputs.first { $0.measure == perCapita }?.unit ?? ""
        var lines = [
            "X = \(measure) (\(unit))"
                + (perCapita.map { ", P = \($0) (\(populationUnit)), y_i = X_i / P_i" }
                    ?? ", levels: P_i = 1, y_i = X_i")
                + "; n = \(regions.count) regions (table below)"
        ]
        lines += Self.steps(index, regions: regions, value: recomputed)
        return MethodExplanation(
            computation: lines,
            table: Self.table(index, regions: regions, perCapita: perCapita != nil),
            recomputed: .success(recomputed),
            checkBasis: "\(regions.count) regions from the \(inputs.count) inputs below",
            inputs: inputs)
    }

    func failure(_ reason: String, _ context: Context) -> MethodExplanation {
        MethodExplanation(
            computation: [], recomputed: .failure(Unrecomputable(reason: reason)),
            checkBasis: "", inputs: context.inputs)
    }

    private func regionNames() throws -> [String: String] {
        var names: [String: String] = [:]
        for row in try database.rows("SELECT region_code, name_en FROM region") {
            if let code = row[0].textValue { names[code] = row[1].textValue }
        }
        return names
    }

    /// The formula of `index` with the year's sums filled in.
    private static func steps(_ index: DisparityIndex, regions: [Region], value: Double?)
        -> [String]
    {
        let x = regions.map(\.x)
        let p = regions.map(\.p)
        let n = Double(regions.count)
        let totalX = x.reduce(0, +)
        let totalP = p.reduce(0, +)
        let y = zip(x, p).map { $0 / $1 }
        let mean = y.reduce(0, +) / n
        let mu = totalX / totalP
        let result = describe(value)
        switch index {
        case .capitalShare:
            let members = regions.filter(\.isCapital)
            let sum = members.map(\.x).reduce(0, +)
            return [
                "Σ_{capital} X_i = " + members.map { "X_\($0.code)" }.joined(separator: " + ")
                    + " = " + members.map { describe($0.x) }.joined(separator: " + ") + " = "
                    + describe(sum),
                "Σ X_i = \(describe(totalX)) over the \(regions.count) regions",
                "capital_share = 100 · Σ_{capital} X_i / Σ X_i = 100 · \(describe(sum)) / "
                    + "\(describe(totalX)) = \(result)",
            ]
        case .gini:
            var sum = 0.0
            for a in y { for b in y { sum += abs(a - b) } }
            return [
                "ȳ = Σ y_i / n = \(describe(y.reduce(0, +))) / \(regions.count) = "
                    + describe(mean),
                "Σ_i Σ_j |y_i − y_j| = \(describe(sum))",
                "gini = Σ_i Σ_j |y_i − y_j| / (2 n² ȳ) = \(describe(sum)) / (2 · "
                    + "\(regions.count)² · \(describe(mean))) = \(result)",
            ]
        case .weightedGini:
            let shares = p.map { $0 / totalP }
            var sum = 0.0
            for i in y.indices {
                for j in y.indices { sum += shares[i] * shares[j] * abs(y[i] - y[j]) }
            }
            return [
                "μ = Σ X_i / Σ P_i = \(describe(totalX)) / \(describe(totalP)) = \(describe(mu))",
                "p_i = P_i / Σ P_i; Σ_i Σ_j p_i p_j |y_i − y_j| = \(describe(sum))",
                "gini_w = Σ_i Σ_j p_i p_j |y_i − y_j| / (2μ) = \(describe(sum)) / (2 · "
                    + "\(describe(mu))) = \(result)",
            ]
        case .theilT, .theilL:
            let total = index == .theilT ? "Σ s_i ln(s_i / p_i)" : "Σ p_i ln(p_i / s_i)"
            return [
                "s_i = X_i / Σ X_i with Σ X_i = \(describe(totalX)); p_i = P_i / Σ P_i with "
                    + "Σ P_i = \(describe(totalP))",
                "\(index.rawValue) = \(total) = the sum of the \(regions.count) terms in the "
                    + "table = \(result)",
            ]
        case .theilBetween, .theilWithin:
            var lines: [String] = []
            var terms: [String] = []
            for (label, inGroup) in [("Capital Region", true), ("rest", false)] {
                let members = regions.filter { $0.isCapital == inGroup }
                guard !members.isEmpty else { continue }
                let share = members.map(\.x).reduce(0, +) / totalX
                let population = members.map(\.p).reduce(0, +) / totalP
                let codes = members.map(\.code).joined(separator: " ")
                if index == .theilBetween {
                    let term = share * log(share / population)
                    lines.append(
                        "\(label) (\(codes)): S_g = \(describe(share)), P_g = "
                            + "\(describe(population)), S_g ln(S_g / P_g) = \(describe(term))")
                    terms.append(describe(term))
                } else {
                    var within = 0.0
                    for member in members where member.x > 0 {
                        let s = member.x / totalX / share
                        within += s * log(s / (member.p / totalP / population))
                    }
                    lines.append(
                        "\(label) (\(codes)): S_g = \(describe(share)), P_g = "
                            + "\(describe(population)), T_g = Σ_{i∈g} (s_i / S_g) "
                            + "ln((s_i / S_g) / (p_i / P_g)) = \(describe(within)), "
                            + "S_g · T_g = \(describe(share * within))")
                    terms.append(describe(share * within))
                }
            }
            let sum = terms.enumerated().map { position, term in
                term.hasPrefix("-")
                    ? " − " + term.dropFirst() : (position == 0 ? term : " + " + term)
            }.joined()
            lines.append("\(index.rawValue) = \(sum) = \(result)")
            return lines
        case .coefficientOfVariation:
            let squares = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            let sigma = (squares / n).squareRoot()
            return [
                "ȳ = Σ y_i / n = \(describe(y.reduce(0, +))) / \(regions.count) = "
                    + describe(mean),
                "σ = √(Σ (y_i − ȳ)² / n) = √(\(describe(squares)) / \(regions.count)) = "
                    + describe(sigma),
                "cv = σ / ȳ = \(describe(sigma)) / \(describe(mean)) = \(result)",
            ]
        case .williamson:
            let squares = zip(y, p).reduce(0) { $0 + $1.1 / totalP * ($1.0 - mu) * ($1.0 - mu) }
            return [
                "μ = Σ X_i / Σ P_i = \(describe(totalX)) / \(describe(totalP)) = \(describe(mu))",
                "Σ p_i (y_i − μ)² = \(describe(squares))",
                "williamson = √(Σ p_i (y_i − μ)²) / μ = √\(describe(squares)) / "
                    + "\(describe(mu)) = \(result)",
            ]
        case .maxMinRatio:
            guard let high = y.indices.max(by: { y[$0] < y[$1] }),
                let low = y.indices.min(by: { y[$0] < y[$1] })
            else { return [] }
            return [
                "max y_i = y_\(regions[high].code) = \(describe(y[high])); min y_i = "
                    + "y_\(regions[low].code) = \(describe(y[low]))",
                "max_min_ratio = \(describe(y[high])) / \(describe(y[low])) = \(result)",
            ]
        }
    }

    /// The regions with what the index reads of each.
    private static func table(_ index: DisparityIndex, regions: [Region], perCapita: Bool)
        -> IndicatorExplanation.Table
    {
        let totalX = regions.map(\.x).reduce(0, +)
        let totalP = regions.map(\.p).reduce(0, +)
        let showsCapital = [.capitalShare, .theilBetween, .theilWithin].contains(index)
        let showsY = perCapita && index != .capitalShare
        let showsP = [.weightedGini, .williamson, .theilT, .theilL, .theilBetween, .theilWithin]
            .contains(index)
        let showsS = [.theilT, .theilL, .theilBetween, .theilWithin].contains(index)
        let showsIncludes = regions.contains { !$0.includes.isEmpty }
        var header = ["region", "name"]
        if showsCapital { header.append("capital") }
        header.append("X_i")
        if perCapita && index != .capitalShare { header.append("P_i") }
        if showsY { header.append("y_i") }
        if showsS { header.append("s_i") }
        if showsP { header.append("p_i") }
        if index == .theilT { header.append("s_i ln(s_i/p_i)") }
        if index == .theilL { header.append("p_i ln(p_i/s_i)") }
        if showsIncludes { header.append("includes") }
        let rows = regions.map { region -> [String] in
            let s = region.x / totalX
            let p = region.p / totalP
            var cells = [region.code, region.name]
            if showsCapital { cells.append(region.isCapital ? "yes" : "") }
            cells.append(describe(region.x))
            if perCapita && index != .capitalShare { cells.append(describe(region.p)) }
            if showsY { cells.append(rounded(region.x / region.p)) }
            if showsS { cells.append(rounded(s)) }
            if showsP { cells.append(rounded(p)) }
            if index == .theilT { cells.append(s == 0 ? "0" : rounded(s * log(s / p))) }
            if index == .theilL { cells.append(rounded(p * log(p / s))) }
            if showsIncludes { cells.append(region.includes.joined(separator: " ")) }
            return cells
        }
        let roundedColumns = showsY || showsS || showsP
        return IndicatorExplanation.Table(
            header: header, rows: rows,
            footnote: roundedColumns
                ? "X_i and P_i as summed from the inputs; the other columns rounded to 6 "
                    + "significant digits (the sums above use full precision)" : nil)
    }
}
