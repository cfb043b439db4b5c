/// Moran's I recomputed from the year's regions and the links the run used (its `links` note):
/// the weights come from the warehouse, not the file, so `explain` needs nothing else.
extension IndicatorExplainer {
    static func moran(_ codes: [String], _ values: [Double], _ context: Context)
        -> MoranI.Result?
    {
        guard let weights = weights(codes, context) else { return nil }
        return try? MoranI.compute(values: values, weights: weights, permutations: 0)
    }

    /// The local I of the explained region.
    static func localMoran(_ codes: [String], _ values: [Double], _ context: Context) -> Double? {
        guard let weights = weights(codes, context),
            let result = try? LocalMoran.compute(values: values, weights: weights, permutations: 0),
            let position = codes.firstIndex(of: context.region)
        else { return nil }
        return result.regions[position].statistic
    }

    private static func weights(_ codes: [String], _ context: Context) -> SpatialWeights? {
        let links = SpatialLink.links(in: context.note("links")?.text ?? "")
        return try? SpatialLink.weights(codes, links, source: "links")
    }

    static func moranSteps(_ codes: [String], _ context: Context, value: Double?) -> [String] {
        let links = context.note("links")?.text?.split(separator: " ").count ?? 0
        var lines = [
            "w_ij = 1 / (neighbours of i) for the \(links) links of the year's regions "
                + "(note links; a region split off another counts in its parent), S0 = n = "
                + "\(codes.count)",
            "I = (n / S0) Σ_i Σ_j w_ij z_i z_j / Σ z_i² = \(describe(value))",
        ]
        if let z = context.note("z_normality")?.value, let p = context.note("p_normality")?.value {
            lines.append("E[I] = −1/(n − 1); z (normality) = \(describe(z)), p = \(describe(p))")
        }
        return lines
    }
}
