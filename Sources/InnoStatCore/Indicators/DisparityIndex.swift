/// The regional disparity indices of DESIGN.md, each computed by ``InequalityIndex``.
public enum DisparityIndex: String, Sendable, CaseIterable {
    case capitalShare = "capital_share"
    case gini
    case weightedGini = "gini_w"
    case theilT = "theil_t"
    case theilL = "theil_l"
    case theilBetween = "theil_t_between"
    case theilWithin = "theil_t_within"
    case coefficientOfVariation = "cv"
    case williamson
    case maxMinRatio = "max_min_ratio"
    /// σ-convergence: the dispersion of ln y_i across the regions present.
    case sigma
    /// σ with population shares as weights (declared, not a default).
    case weightedSigma = "sigma_w"
    /// β-convergence over the indicator's years: the slope of annualised log growth on the log
    /// initial level, one value at the last year (speed and half-life in the notes).
    case beta
    /// Global Moran's I of y_i with row-standardised contiguity weights (`weights:`).
    case moranI = "moran_i"
    /// Local Moran's I (LISA) of each region, one row per region and year, with its quadrant.
    case localMoran = "lisa"

    public var unit: String {
        switch self {
        case .capitalShare: "percent"
        case .maxMinRatio: "ratio"
        case .beta: "per year"
        default: "index"
        }
    }

    public var title: String {
        switch self {
        case .capitalShare: "Capital Region share"
        case .gini: "Gini coefficient"
        case .weightedGini: "population-weighted Gini coefficient"
        case .theilT: "Theil T index"
        case .theilL: "Theil L index (mean log deviation)"
        case .theilBetween: "Theil T between the Capital Region and the rest"
        case .theilWithin: "Theil T within the Capital Region and the rest"
        case .coefficientOfVariation: "coefficient of variation"
        case .williamson: "Williamson index"
        case .maxMinRatio: "ratio of the highest to the lowest region"
        case .sigma: "standard deviation of log values (σ-convergence)"
        case .weightedSigma: "population-weighted standard deviation of log values"
        case .beta: "β-convergence slope of annualised log growth on the log initial level"
        case .moranI: "global Moran's I (row-standardised contiguity weights)"
        case .localMoran: "local Moran's I (LISA) with its cluster type"
        }
    }

    /// The formula in the notation of DESIGN.md.
    public var formula: String {
        switch self {
        case .capitalShare: "100 · Σ_{capital} X_i / Σ X_i"
        case .gini: "Σ_i Σ_j |y_i − y_j| / (2 n² ȳ)"
        case .weightedGini: "Σ_i Σ_j p_i p_j |y_i − y_j| / (2μ)"
        case .theilT: "Σ s_i ln(s_i / p_i)"
        case .theilL: "Σ p_i ln(p_i / s_i)"
        case .theilBetween: "Σ_g S_g ln(S_g / P_g), g ∈ {Capital Region, rest}"
        case .theilWithin:
            "Σ_g S_g Σ_{i∈g} (s_i / S_g) ln((s_i / S_g) / (p_i / P_g)), g ∈ {Capital Region, rest}"
        case .coefficientOfVariation: "√(Σ (y_i − ȳ)² / n) / ȳ"
        case .williamson: "√(Σ p_i (y_i − μ)²) / μ"
        case .maxMinRatio: "max y_i / min y_i"
        case .sigma: "√(Σ (ln y_i − m)² / n), m = Σ ln y_i / n"
        case .weightedSigma: "√(Σ p_i (ln y_i − m)²), m = Σ p_i ln y_i, p_i = P_i / Σ P"
        case .beta:
            "(ln y_iT − ln y_i0) / T = a + β ln y_i0 (OLS, HC1 errors); speed b = −ln(1 + βT) / T, "
                + "half-life ln 2 / b"
        case .moranI: "I = (n / S0) Σ_i Σ_j w_ij z_i z_j / Σ z_i², z_i = y_i − ȳ"
        case .localMoran: "I_i = (n − 1) z_i Σ_j w_ij z_j / Σ_k z_k², z_i = y_i − ȳ"
        }
    }

    /// The index of X over the regions with population P (1 each for levels); nil where it is
    /// undefined.
    public func value(values: [Double], populations: [Double], isCapital: [Bool]) -> Double? {
        let y = InequalityIndex.ratios(values: values, populations: populations)
        switch self {
        case .capitalShare:
            return InequalityIndex.groupShare(values: values, inGroup: isCapital)
        case .gini:
            return y.flatMap(InequalityIndex.gini)
        case .weightedGini:
            return InequalityIndex.weightedGini(values: values, populations: populations)
        case .theilT:
            return InequalityIndex.theilT(values: values, populations: populations)
        case .theilL:
            return InequalityIndex.theilL(values: values, populations: populations)
        case .theilBetween, .theilWithin:
            let parts = InequalityIndex.theilDecomposition(
                values: values, populations: populations, groups: isCapital.map { $0 ? 1 : 0 })
            return self == .theilBetween ? parts?.between : parts?.within
        case .coefficientOfVariation:
            return y.flatMap(InequalityIndex.coefficientOfVariation)
        case .williamson:
            return InequalityIndex.williamson(values: values, populations: populations)
        case .maxMinRatio:
            return y.flatMap(InequalityIndex.maxMinRatio)
        case .sigma:
            return y.flatMap { try? SigmaConvergence.dispersion(of: $0).standardDeviation }
        case .beta, .moranI, .localMoran:
            return nil
        case .weightedSigma:
            return y.flatMap {
                try? SigmaConvergence.dispersion(of: $0, weighting: .populationShares(populations))
                    .standardDeviation
            }
        }
    }
}
