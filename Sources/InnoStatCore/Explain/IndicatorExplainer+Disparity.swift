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
        if index == .beta { return try explainBeta(context) }
        guard let measure = context.note("measure")?.text ?? row.measure,
            !measure.contains(" or ")
        else { return failure("the year's measure is not recorded", context) }
        let perCapita = row.perCapita
        let codes =
            context.note("regions")?.text?.split(separator: " ").map(String.init)
            ?? Set(context.inputs.filter { $0.measure == measure }.map(\.region)).sorted()
        var regions = try distribution(of: codes, perCapita: perCapita)
        let inputs = try assign(
            context.inputs, to: &regions, measure: measure, perCapita: perCapita, index: index)
        let present = regions.map(\.code)
        let recomputed =
            index == .moranI
            ? Self.moran(present, regions.map { $0.x / $0.p }, context)?.statistic
            : index == .localMoran
                ? Self.localMoran(present, regions.map { $0.x / $0.p }, context)
                : index.value(
                    values: regions.map(\.x), populations: regions.map(\.p),
                    isCapital: regions.map(\.isCapital))
        let unit = context.inputs.first { $0.measure == measure }?.unit ?? ""
        let populationUnit = context.inputs.first { $0.measure == perCapita }?.unit ?? ""
        var lines = [
            "X = \(measure) (\(unit))"
                + (perCapita.map { ", P = \($0) (\(populationUnit)), y_i = X_i / P_i" }
                    ?? ", levels: P_i = 1, y_i = X_i")
                + "; n = \(regions.count) regions (table below)"
        ]
        lines +=
            index == .moranI || index == .localMoran
            ? Self.moranSteps(regions.map(\.code), context, value: recomputed)
            : Self.steps(index, sums: Sums(regions, value: recomputed))
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

    /// The year's regions, empty: X_i = 0, and P_i = 0 (1 for an index of levels).
    private func distribution(of codes: [String], perCapita: String?) throws -> [Region] {
        let names = try regionNames()
        let capital = Set(
            try database.rows("SELECT region_code FROM region WHERE is_capital_region = 1")
                .compactMap { $0.text("region_code") })
        return codes.map {
            Region(
                code: $0, name: names[$0] ?? $0, isCapital: capital.contains($0),
                p: perCapita == nil ? 1 : 0)
        }
    }

    /// Adds each input to the region it counts in (its own, or the parent the run aligned it
    /// to) and names its role; returns the inputs in the order the explanation lists them.
    private func assign(
        _ inputs: [IndicatorExplanation.Input], to regions: inout [Region], measure: String,
        perCapita: String?, index: DisparityIndex
    ) throws -> [IndicatorExplanation.Input] {
        let parents = try database.lineageParents()
        let position = Dictionary(
            uniqueKeysWithValues: regions.enumerated().map { ($1.code, $0) })
        var assigned: [(input: IndicatorExplanation.Input, target: String)] = []
        // Own figures first, then children by code, as the run added them.
        let ordered = inputs.sorted {
            (position[$0.region] == nil ? 1 : 0, $0.region)
                < (position[$1.region] == nil ? 1 : 0, $1.region)
        }
        for var input in ordered {
            let isX = input.measure == measure
            let isP = perCapita != nil && input.measure == perCapita
            var target: String? = input.region
            while let code = target, position[code] == nil { target = parents[code] }
            if isX || isP, let code = target, let at = position[code] {
                if index == .capitalShare && isP {
                    input.role = "P_i (not used by capital_share)"
                } else {
                    Self.count(&input, in: &regions[at], isX: isX)
                }
            } else {
                input.role = "not used by this index"
            }
            assigned.append((input, target ?? input.region))
        }
        return Self.listingOrder(assigned, measure: measure)
    }

    /// Adds an input to X_i or P_i of its region and names its role.
    private static func count(
        _ input: inout IndicatorExplanation.Input, in region: inout Region, isX: Bool
    ) {
        let symbol = isX ? "X_i" : "P_i"
        if region.code == input.region {
            input.role = "\(symbol) of \(region.code)"
        } else {
            input.role = "\(symbol) of \(region.code), which includes \(input.region)"
            region.includes.append("\(isX ? "X" : "P"): +\(input.region)")
        }
        if isX { region.x += input.value ?? 0 } else { region.p += input.value ?? 0 }
    }

    /// X before P; within each, by region, a region's own figure before its children's.
    private static func listingOrder(
        _ assigned: [(input: IndicatorExplanation.Input, target: String)], measure: String
    ) -> [IndicatorExplanation.Input] {
        assigned.sorted { a, b in
            let left = (a.input.measure == measure ? 0 : 1, a.input.measure, a.target)
            let right = (b.input.measure == measure ? 0 : 1, b.input.measure, b.target)
            if left != right { return left < right }
            return (a.input.region != a.target ? 1 : 0, a.input.region, a.input.period)
                < (b.input.region != b.target ? 1 : 0, b.input.region, b.input.period)
        }.map(\.input)
    }

    private func regionNames() throws -> [String: String] {
        var names: [String: String] = [:]
        for row in try database.rows("SELECT region_code, name_en FROM region") {
            if let code = row.text("region_code") { names[code] = row.text("name_en") }
        }
        return names
    }

    /// The sums of a year's distribution that the formulas fill in.
    private struct Sums {
        let regions: [Region]
        let x: [Double]
        let p: [Double]
        let y: [Double]
        let n: Double
        let totalX: Double
        let totalP: Double
        /// ȳ, the unweighted mean of y_i.
        let mean: Double
        /// μ = Σ X_i / Σ P_i.
        let mu: Double
        /// The index value as the last step shows it.
        let result: String

        init(_ regions: [Region], value: Double?) {
            self.regions = regions
            x = regions.map(\.x)
            p = regions.map(\.p)
            n = Double(regions.count)
            totalX = x.reduce(0, +)
            totalP = p.reduce(0, +)
            y = zip(x, p).map { $0 / $1 }
            mean = y.reduce(0, +) / n
            mu = totalX / totalP
            result = IndicatorExplainer.describe(value)
        }
    }

    /// The formula of `index` with the year's sums filled in.
    private static func steps(_ index: DisparityIndex, sums: Sums) -> [String] {
        switch index {
        case .capitalShare: capitalShareSteps(sums)
        case .gini: giniSteps(sums)
        case .weightedGini: weightedGiniSteps(sums)
        case .theilT, .theilL: theilSteps(index, sums)
        case .theilBetween, .theilWithin: theilDecompositionSteps(index, sums)
        case .coefficientOfVariation: coefficientOfVariationSteps(sums)
        case .williamson: williamsonSteps(sums)
        case .maxMinRatio: maxMinRatioSteps(sums)
        case .sigma, .weightedSigma: sigmaSteps(index, sums)
        case .beta, .moranI, .localMoran: []
        }
    }

    private static func sigmaSteps(_ index: DisparityIndex, _ sums: Sums) -> [String] {
        let logs = sums.y.map { Foundation.log($0) }
        let weights =
            index == .sigma
            ? Array(repeating: 1 / sums.n, count: logs.count)
            : sums.regions.map { $0.p / sums.totalP }
        let mean = zip(weights, logs).reduce(0) { $0 + $1.0 * $1.1 }
        let squares = zip(weights, logs).reduce(0) { $0 + $1.0 * ($1.1 - mean) * ($1.1 - mean) }
        let weighting = index == .sigma ? "1/n each" : "p_i = P_i / Σ P"
        return [
            "ln y_i for the \(sums.regions.count) regions, weights \(weighting)",
            "m = Σ w_i ln y_i = " + describe(mean),
            "\(index.rawValue) = √(Σ w_i (ln y_i − m)²) = √(\(describe(squares))) = \(sums.result)",
        ]
    }

    private static func capitalShareSteps(_ sums: Sums) -> [String] {
        let members = sums.regions.filter(\.isCapital)
        let sum = members.map(\.x).reduce(0, +)
        return [
            "Σ_{capital} X_i = " + members.map { "X_\($0.code)" }.joined(separator: " + ")
                + " = " + members.map { describe($0.x) }.joined(separator: " + ") + " = "
                + describe(sum),
            "Σ X_i = \(describe(sums.totalX)) over the \(sums.regions.count) regions",
            "capital_share = 100 · Σ_{capital} X_i / Σ X_i = 100 · \(describe(sum)) / "
                + "\(describe(sums.totalX)) = \(sums.result)",
        ]
    }

    private static func giniSteps(_ sums: Sums) -> [String] {
        var sum = 0.0
        for a in sums.y { for b in sums.y { sum += abs(a - b) } }
        return [
            "ȳ = Σ y_i / n = \(describe(sums.y.reduce(0, +))) / \(sums.regions.count) = "
                + describe(sums.mean),
            "Σ_i Σ_j |y_i − y_j| = \(describe(sum))",
            "gini = Σ_i Σ_j |y_i − y_j| / (2 n² ȳ) = \(describe(sum)) / (2 · "
                + "\(sums.regions.count)² · \(describe(sums.mean))) = \(sums.result)",
        ]
    }

    private static func weightedGiniSteps(_ sums: Sums) -> [String] {
        let y = sums.y
        let shares = sums.p.map { $0 / sums.totalP }
        var sum = 0.0
        for i in y.indices {
            for j in y.indices { sum += shares[i] * shares[j] * abs(y[i] - y[j]) }
        }
        return [
            "μ = Σ X_i / Σ P_i = \(describe(sums.totalX)) / \(describe(sums.totalP)) = "
                + describe(sums.mu),
            "p_i = P_i / Σ P_i; Σ_i Σ_j p_i p_j |y_i − y_j| = \(describe(sum))",
            "gini_w = Σ_i Σ_j p_i p_j |y_i − y_j| / (2μ) = \(describe(sum)) / (2 · "
                + "\(describe(sums.mu))) = \(sums.result)",
        ]
    }

    private static func theilSteps(_ index: DisparityIndex, _ sums: Sums) -> [String] {
        let total = index == .theilT ? "Σ s_i ln(s_i / p_i)" : "Σ p_i ln(p_i / s_i)"
        return [
            "s_i = X_i / Σ X_i with Σ X_i = \(describe(sums.totalX)); p_i = P_i / Σ P_i with "
                + "Σ P_i = \(describe(sums.totalP))",
            "\(index.rawValue) = \(total) = the sum of the \(sums.regions.count) terms in the "
                + "table = \(sums.result)",
        ]
    }

    /// Theil T between or within the Capital Region and the rest: one line per group, then
    /// the sum of the groups' terms.
    private static func theilDecompositionSteps(_ index: DisparityIndex, _ sums: Sums)
        -> [String]
    {
        var lines: [String] = []
        var terms: [String] = []
        for (label, inGroup) in [("Capital Region", true), ("rest", false)] {
            let members = sums.regions.filter { $0.isCapital == inGroup }
            guard !members.isEmpty else { continue }
            let group = theilGroupStep(index, label: label, members: members, sums)
            lines.append(group.line)
            terms.append(group.term)
        }
        let sum = terms.enumerated().map { position, term in
            term.hasPrefix("-")
                ? " − " + term.dropFirst() : (position == 0 ? term : " + " + term)
        }.joined()
        lines.append("\(index.rawValue) = \(sum) = \(sums.result)")
        return lines
    }

    /// One group's line of the Theil decomposition and its term, as shown.
    private static func theilGroupStep(
        _ index: DisparityIndex, label: String, members: [Region], _ sums: Sums
    ) -> (line: String, term: String) {
        let share = members.map(\.x).reduce(0, +) / sums.totalX
        let population = members.map(\.p).reduce(0, +) / sums.totalP
        let codes = members.map(\.code).joined(separator: " ")
        if index == .theilBetween {
            let term = share * log(share / population)
            return (
                "\(label) (\(codes)): S_g = \(describe(share)), P_g = "
                    + "\(describe(population)), S_g ln(S_g / P_g) = \(describe(term))",
                describe(term)
            )
        }
        var within = 0.0
        for member in members where member.x > 0 {
            let s = member.x / sums.totalX / share
            within += s * log(s / (member.p / sums.totalP / population))
        }
        return (
            "\(label) (\(codes)): S_g = \(describe(share)), P_g = "
                + "\(describe(population)), T_g = Σ_{i∈g} (s_i / S_g) "
                + "ln((s_i / S_g) / (p_i / P_g)) = \(describe(within)), "
                + "S_g · T_g = \(describe(share * within))",
            describe(share * within)
        )
    }

    private static func coefficientOfVariationSteps(_ sums: Sums) -> [String] {
        let mean = sums.mean
        let squares = sums.y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let sigma = (squares / sums.n).squareRoot()
        return [
            "ȳ = Σ y_i / n = \(describe(sums.y.reduce(0, +))) / \(sums.regions.count) = "
                + describe(mean),
            "σ = √(Σ (y_i − ȳ)² / n) = √(\(describe(squares)) / \(sums.regions.count)) = "
                + describe(sigma),
            "cv = σ / ȳ = \(describe(sigma)) / \(describe(mean)) = \(sums.result)",
        ]
    }

    private static func williamsonSteps(_ sums: Sums) -> [String] {
        let mu = sums.mu
        let squares = zip(sums.y, sums.p).reduce(0) {
            $0 + $1.1 / sums.totalP * ($1.0 - mu) * ($1.0 - mu)
        }
        return [
            "μ = Σ X_i / Σ P_i = \(describe(sums.totalX)) / \(describe(sums.totalP)) = "
                + describe(mu),
            "Σ p_i (y_i − μ)² = \(describe(squares))",
            "williamson = √(Σ p_i (y_i − μ)²) / μ = √\(describe(squares)) / "
                + "\(describe(mu)) = \(sums.result)",
        ]
    }

    private static func maxMinRatioSteps(_ sums: Sums) -> [String] {
        let y = sums.y
        guard let high = y.indices.max(by: { y[$0] < y[$1] }),
            let low = y.indices.min(by: { y[$0] < y[$1] })
        else { return [] }
        return [
            "max y_i = y_\(sums.regions[high].code) = \(describe(y[high])); min y_i = "
                + "y_\(sums.regions[low].code) = \(describe(y[low]))",
            "max_min_ratio = \(describe(y[high])) / \(describe(y[low])) = \(sums.result)",
        ]
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
