import Foundation

/// A least-squares fit of s(t) = L / (1 + e^(−k(t − t0))) to observed points, by
/// Levenberg–Marquardt on (L, k, t0), started from several ceilings, each with k and t0 from the
/// logit-linear regression ln(s / (L − s)) = k(t − t0) and with steep curves centred in each gap
/// between observations. The start that ends with the least squares wins.
public struct LogisticFit: Sendable, Equatable {
    /// Why a series could not be fitted.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case tooFewObservations(have: Int, need: Int)
        case noConvergence

        public var description: String {
            switch self {
            case .tooFewObservations(let have, let need):
                "\(have) observation(s) in distinct years, the fit needs at least \(need)"
            case .noConvergence: "the logistic fit did not converge"
            }
        }
    }

    /// L, the level the curve approaches.
    public let ceiling: Double
    /// k, per unit of t.
    public let rate: Double
    /// t0, where s = L / 2.
    public let midpoint: Double
    /// Σ (s(t_i) − y_i)².
    public let residualSumOfSquares: Double
    public let observations: Int
    public let iterations: Int
    /// Standard errors of (L, k, t0) from σ² (JᵀJ)⁻¹ with σ² = residual / (n − 3); nil when
    /// n = 3 or JᵀJ is singular. Large values say the data do not pin the parameter down (a
    /// gap around the midpoint leaves the steepness open).
    public let standardErrors: (ceiling: Double, rate: Double, midpoint: Double)?

    public static func == (lhs: LogisticFit, rhs: LogisticFit) -> Bool {
        lhs.ceiling == rhs.ceiling && lhs.rate == rhs.rate && lhs.midpoint == rhs.midpoint
            && lhs.residualSumOfSquares == rhs.residualSumOfSquares
            && lhs.observations == rhs.observations
    }

    /// √(residual sum of squares / n).
    public var rootMeanSquareError: Double {
        (residualSumOfSquares / Double(observations)).squareRoot()
    }

    public func value(at time: Double) -> Double {
        ceiling / (1 + exp(-rate * (time - midpoint)))
    }

    /// Fits the curve to `(times[i], values[i])`. Needs `minimumObservations` points in at least
    /// three distinct times.
    public static func fit(times: [Double], values: [Double], minimumObservations: Int = 4)
        throws(Failure) -> LogisticFit
    {
        precondition(times.count == values.count, "one value per time")
        let distinct = Set(times).count
        let needed = max(minimumObservations, 3)
        guard times.count >= needed, distinct >= 3 else {
            throw .tooFewObservations(have: min(times.count, distinct), need: needed)
        }
        let center = times.reduce(0, +) / Double(times.count)
        let tau = times.map { $0 - center }
        guard let highest = values.max(), highest > 0 else { throw .noConvergence }
        let span = (tau.max()! - tau.min()!)
        var best: (parameters: [Double], sse: Double, iterations: Int)?
        for start in startingPoints(highest: highest, tau: tau, values: values, span: span) {
            guard let result = minimize(from: start, tau: tau, values: values) else { continue }
            if best == nil || result.sse < best!.sse { best = result }
        }
        guard let best, best.parameters.allSatisfy(\.isFinite), best.parameters[0] > 0,
            abs(best.parameters[2]) <= 100 * max(span, 1)
        else { throw .noConvergence }
        return LogisticFit(
            ceiling: best.parameters[0], rate: best.parameters[1],
            midpoint: best.parameters[2] + center, residualSumOfSquares: best.sse,
            observations: times.count, iterations: best.iterations,
            standardErrors: standardErrors(best.parameters, sse: best.sse, tau: tau))
    }

    private static func standardErrors(_ p: [Double], sse: Double, tau: [Double])
        -> (ceiling: Double, rate: Double, midpoint: Double)?
    {
        guard tau.count > 3 else { return nil }
        let normal = normalMatrix(p, tau: tau, values: tau.map { _ in 0 }).matrix
        let variance = sse / Double(tau.count - 3)
        var diagonal: [Double] = []
        for column in 0..<3 {
            var unit = [0.0, 0.0, 0.0]
            unit[column] = 1
            guard let inverse = solve(normal, unit), inverse[column] >= 0 else { return nil }
            diagonal.append((variance * inverse[column]).squareRoot())
        }
        return (diagonal[0], diagonal[1], diagonal[2])
    }

    /// JᵀJ and Jᵀr of the residuals r_i = s(τ_i) − y_i.
    private static func normalMatrix(_ p: [Double], tau: [Double], values: [Double])
        -> (matrix: [[Double]], gradient: [Double])
    {
        var normal = [[Double]](repeating: [0, 0, 0], count: 3)
        var gradient = [0.0, 0.0, 0.0]
        for (t, y) in zip(tau, values) {
            let e = exp(-p[1] * (t - p[2]))
            let d = 1 + e
            let f = p[0] / d
            let jacobian = [1 / d, p[0] * e * (t - p[2]) / (d * d), -p[0] * e * p[1] / (d * d)]
            for a in 0..<3 {
                gradient[a] += jacobian[a] * (f - y)
                for b in 0..<3 { normal[a][b] += jacobian[a] * jacobian[b] }
            }
        }
        return (normal, gradient)
    }

    /// Starts for several ceilings: k and τ0 from the logit regression, and steep curves
    /// centred in each gap between observed times (the least squares may be a step there).
    private static func startingPoints(
        highest: Double, tau: [Double], values: [Double], span: Double
    )
        -> [[Double]]
    {
        let times = Array(Set(tau)).sorted()
        var starts: [[Double]] = []
        for factor in [1.01, 1.1, 1.5, 3.0] {
            let regression = startingPoint(
                ceiling: highest * factor, tau: tau, values: values, span: span)
            starts.append(regression)
            let direction: Double = regression[1] < 0 ? -1 : 1
            for (before, after) in zip(times, times.dropFirst()) {
                for steepness in [1.0, 8.0] {
                    starts.append([
                        highest * factor, direction * steepness / (after - before),
                        (before + after) / 2,
                    ])
                }
            }
        }
        return starts
    }

    /// (L, k, τ0) from the regression of ln(s / (L − s)) on τ.
    private static func startingPoint(
        ceiling: Double, tau: [Double], values: [Double], span: Double
    )
        -> [Double]
    {
        let logits = values.map { value -> Double in
            let clamped = min(max(value, ceiling * 1e-6), ceiling * (1 - 1e-6))
            return log(clamped / (ceiling - clamped))
        }
        let n = Double(tau.count)
        let meanTau = tau.reduce(0, +) / n
        let meanLogit = logits.reduce(0, +) / n
        var covariance = 0.0
        var variance = 0.0
        for (t, z) in zip(tau, logits) {
            covariance += (t - meanTau) * (z - meanLogit)
            variance += (t - meanTau) * (t - meanTau)
        }
        let slope = covariance / variance
        guard slope.isFinite, abs(slope) > 1e-9 else {
            return [ceiling, 4 / max(span, 1), meanTau]
        }
        return [ceiling, slope, meanTau - meanLogit / slope]
    }

    private static func sumOfSquares(_ p: [Double], tau: [Double], values: [Double]) -> Double {
        var sum = 0.0
        for (t, y) in zip(tau, values) {
            let r = p[0] / (1 + exp(-p[1] * (t - p[2]))) - y
            sum += r * r
        }
        return sum
    }

    /// Levenberg–Marquardt with Marquardt's diagonal scaling.
    private static func minimize(from start: [Double], tau: [Double], values: [Double])
        -> (parameters: [Double], sse: Double, iterations: Int)?
    {
        var p = start
        var sse = sumOfSquares(p, tau: tau, values: values)
        guard sse.isFinite else { return nil }
        var lambda = 1e-3
        var iteration = 0
        while iteration < 500 {
            iteration += 1
            let (normal, gradient) = normalMatrix(p, tau: tau, values: values)
            var improved = false
            var step = [0.0, 0.0, 0.0]
            while lambda < 1e16 {
                var damped = normal
                for a in 0..<3 { damped[a][a] += lambda * max(normal[a][a], 1e-12) }
                guard let delta = solve(damped, gradient.map { -$0 }) else {
                    lambda *= 10
                    continue
                }
                let candidate = zip(p, delta).map { $0 + $1 }
                let candidateSSE = sumOfSquares(candidate, tau: tau, values: values)
                if candidateSSE.isFinite, candidateSSE < sse {
                    step = delta
                    improved = sse - candidateSSE > 1e-13 * sse
                    p = candidate
                    sse = candidateSSE
                    lambda = max(lambda / 10, 1e-15)
                    break
                }
                lambda *= 10
            }
            let smallStep = zip(step, p).allSatisfy { abs($0) <= 1e-14 * (abs($1) + 1e-14) }
            if !improved || smallStep || sse == 0 { break }
        }
        return (p, sse, iteration)
    }

    /// Solves the 3×3 system by Gaussian elimination with partial pivoting.
    private static func solve(_ matrix: [[Double]], _ rhs: [Double]) -> [Double]? {
        var a = matrix
        var b = rhs
        let n = b.count
        for column in 0..<n {
            let pivot = (column..<n).max { abs(a[$0][column]) < abs(a[$1][column]) }!
            guard abs(a[pivot][column]) > 1e-300 else { return nil }
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            for row in (column + 1)..<n {
                let factor = a[row][column] / a[column][column]
                for k in column..<n { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<n { sum -= a[row][k] * x[k] }
            x[row] = sum / a[row][row]
        }
        return x.allSatisfy(\.isFinite) ? x : nil
    }
}
