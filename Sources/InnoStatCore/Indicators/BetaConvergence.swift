import Foundation

/// β-convergence over a span of T years: the least-squares line of annualised log growth
/// g_i = (ln y_{i,T} − ln y_{i,0}) / T on initial level x_i = ln y_{i,0}, g = α + β x.
///
/// A negative β says poorer regions grew faster. Its speed is b = −ln(1 + βT) / T, the rate
/// of ln y_{T} − ln y* = e^{−bT} (ln y_0 − ln y*) that the annualised slope implies, and the
/// half-life is ln 2 / b. (R's REAT writes −ln(1 + β) / T, which for annualised growth
/// understates b by about a factor T.) Standard errors are heteroskedasticity-robust HC1, as
/// Stata's `regress …, robust`: (XᵀX)⁻¹ Xᵀ diag(e²) X (XᵀX)⁻¹ · n / (n − 2).
public enum BetaConvergence {
    /// What the slope says of the gaps between regions.
    public enum Regime: String, Sendable, Equatable {
        /// β < 0 and 1 + βT > 0: gaps close at speed b > 0.
        case convergence
        /// β ≥ 0: gaps stay or widen; b ≤ 0 and there is no half-life.
        case divergence
        /// 1 + βT ≤ 0: the line predicts more than every gap closing within T, so
        /// ln(1 + βT) and the speed are undefined.
        case overshoot
    }

    public struct Result: Sendable, Equatable {
        /// β, per year of growth per unit of ln y_0.
        public let slope: Double
        /// α.
        public let constant: Double
        public let slopeStandardError: Double
        public let constantStandardError: Double
        /// 1 − SSR / SST; nil when every region grew at the same rate (SST = 0).
        public let rSquared: Double?
        /// n, the regions fitted.
        public let observations: Int
        /// T.
        public let years: Int
        public let regime: Regime
        /// b = −ln(1 + βT) / T; nil unless ``regime`` is ``Regime/convergence``.
        public let speed: Double?
        /// ln 2 / b, in years; nil unless ``regime`` is ``Regime/convergence``.
        public let halfLife: Double?
    }

    /// Why the line cannot be fitted. Positions count from 0 in the order given.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case tooFewRegions(have: Int)
        case nonPositiveSpan(years: Int)
        case nonPositiveValue(position: Int, value: Double, isInitial: Bool)
        case noInitialVariation

        public var description: String {
            switch self {
            case .tooFewRegions(let have):
                "\(have) region(s), β-convergence needs at least 3"
            case .nonPositiveSpan(let years):
                "a span of \(years) year(s): the final year must come after the initial one"
            case .nonPositiveValue(let position, let value, let isInitial):
                "region \(position): \(isInitial ? "initial" : "final") value \(value) is not "
                    + "a positive finite number, ln y needs one"
            case .noInitialVariation:
                "every region starts at the same level: the slope is undefined"
            }
        }
    }

    /// Fits g on ln y_0 for regions with `initial[i]` in the start year and `final[i]` `years`
    /// later. Throws for fewer than 3 regions (HC1 needs n > 2), a span under one year, a
    /// value that is not positive and finite, and initial levels that are all equal.
    public static func fit(initial: [Double], final: [Double], years: Int) throws(Failure)
        -> Result
    {
        precondition(initial.count == final.count, "one final value per initial value")
        guard initial.count >= 3 else { throw .tooFewRegions(have: initial.count) }
        guard years > 0 else { throw .nonPositiveSpan(years: years) }
        for (isInitial, values) in [(true, initial), (false, final)] {
            if let position = values.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
                throw .nonPositiveValue(
                    position: position, value: values[position], isInitial: isInitial)
            }
        }
        let span = Double(years)
        let x = initial.map { log($0) }
        let growth = zip(x, final).map { (log($1) - $0) / span }
        let line = try leastSquares(x: x, y: growth)
        let (regime, speed) = Self.speed(slope: line.slope, span: span)
        return Result(
            slope: line.slope, constant: line.constant,
            slopeStandardError: line.slopeStandardError,
            constantStandardError: line.constantStandardError, rSquared: line.rSquared,
            observations: x.count, years: years, regime: regime, speed: speed,
            halfLife: speed.map { log(2) / $0 })
    }

    /// (regime, b): b only for convergence.
    static func speed(slope: Double, span: Double) -> (Regime, Double?) {
        let retained = 1 + slope * span
        guard retained > 0 else { return (.overshoot, nil) }
        let speed = -log(retained) / span
        return speed > 0 ? (.convergence, speed) : (.divergence, nil)
    }

    typealias Line = (
        slope: Double, constant: Double, slopeStandardError: Double,
        constantStandardError: Double, rSquared: Double?
    )

    /// OLS of y on x with HC1 errors, computed on x centred at its mean (x̃ = x − x̄), where
    /// XᵀX is diagonal: V_c = n/(n−2) · [[Σe²/n², Σx̃e²/(n·Sxx)], [·, Σx̃²e²/Sxx²]] for
    /// (ȳ, β); the constant α = ȳ − β x̄ has Var α = V_00 + x̄² V_11 − 2 x̄ V_01.
    static func leastSquares(x: [Double], y: [Double]) throws(Failure) -> Line {
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        let centred = x.map { $0 - meanX }
        let sxx = centred.reduce(0) { $0 + $1 * $1 }
        guard sxx > 0 else { throw .noInitialVariation }
        let slope = zip(centred, y).reduce(0) { $0 + $1.0 * ($1.1 - meanY) } / sxx
        let constant = meanY - slope * meanX
        let residuals = zip(centred, y).map { $1 - meanY - slope * $0 }
        let squared = residuals.map { $0 * $0 }
        let sse = squared.reduce(0, +)
        let sst = y.reduce(0) { $0 + ($1 - meanY) * ($1 - meanY) }
        let correction = n / (n - 2)
        let v00 = correction * sse / (n * n)
        let v01 = correction * zip(centred, squared).reduce(0) { $0 + $1.0 * $1.1 } / (n * sxx)
        let v11 =
            correction * zip(centred, squared).reduce(0) { $0 + $1.0 * $1.0 * $1.1 }
            / (sxx * sxx)
        let constantVariance = v00 + meanX * meanX * v11 - 2 * meanX * v01
        return (
            slope, constant, v11.squareRoot(), max(constantVariance, 0).squareRoot(),
            sst > 0 ? 1 - sse / sst : nil
        )
    }
}
