import Foundation
import Testing

@testable import InnoStatCore

/// The β-convergence line, its HC1 errors and its speed on cases computed by hand.
struct BetaConvergenceTests {
    static func close(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-12) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= tolerance
    }

    // Three regions over T = 10 years: x = ln y_0 = [0, 1, 2], growth g = [.03, .02, .013],
    // so ln y_T = x + 10 g = [.3, 1.2, 2.13].
    static let initial: [Double] = [1, exp(1), exp(2)]
    static let final: [Double] = [exp(0.3), exp(1.2), exp(2.13)]

    @Test func theLineAndItsRobustErrors() throws {
        let result = try BetaConvergence.fit(initial: Self.initial, final: Self.final, years: 10)
        // x̄ = 1, x̃ = [−1, 0, 1], Sxx = 2, ḡ = .021; β = (−1 · .009 + 1 · (−.008)) / 2 = −.0085;
        // α = ḡ − β x̄ = .0295.
        #expect(Self.close(result.slope, -0.0085))
        #expect(Self.close(result.constant, 0.0295))
        // Fitted [.0295, .021, .0125]: e = [.0005, −.001, .0005], SSE = 1.5e-6;
        // SST = .009² + .001² + .008² = 1.46e-4; R² = 1 − 1.5e-6 / 1.46e-4.
        #expect(Self.close(result.rSquared, 1 - 1.5e-6 / 1.46e-4))
        // HC1 with n / (n − 2) = 3: Var β = 3 · Σ x̃² e² / Sxx² = 3 · 5e-7 / 4 = 3.75e-7;
        // Var α = 3 · SSE / n² + x̄² Var β − 2 x̄ · 3 · Σ x̃ e² / (n Sxx) = 5e-7 + 3.75e-7 − 0.
        #expect(Self.close(result.slopeStandardError, 3.75e-7.squareRoot()))
        #expect(Self.close(result.constantStandardError, 8.75e-7.squareRoot()))
        #expect(result.observations == 3)
        #expect(result.years == 10)
    }

    @Test func speedAndHalfLifeOfAConvergingLine() throws {
        let result = try BetaConvergence.fit(initial: Self.initial, final: Self.final, years: 10)
        // 1 + βT = .915: b = −ln(.915) / 10 ≈ .0088831; half-life ln 2 / b ≈ 78.03 years.
        #expect(result.regime == .convergence)
        #expect(Self.close(result.speed, -log(0.915) / 10))
        #expect(Self.close(result.halfLife, log(2) / (-log(0.915) / 10), tolerance: 1e-9))
        #expect(abs(result.speed! - 0.0088831) < 1e-7)
        // Not REAT's −ln(1 + β) / T ≈ .000854, ten times too slow.
        #expect(abs(result.speed! - -log(1 - 0.0085) / 10) > 0.008)
    }

    @Test func aRisingLineIsDivergenceWithoutSpeed() throws {
        // g = [.01, .02, .03] on x = [0, 1, 2]: β = .01 exactly on the line, R² = 1.
        let result = try BetaConvergence.fit(
            initial: Self.initial, final: [exp(0.1), exp(1.2), exp(2.3)], years: 10)
        #expect(Self.close(result.slope, 0.01))
        #expect(Self.close(result.rSquared, 1))
        #expect(result.regime == .divergence)
        #expect(result.speed == nil)
        #expect(result.halfLife == nil)
    }

    @Test func noGrowthAnywhereHasNoRSquared() throws {
        // Every g = 0: β = 0, b = 0 (no convergence) and SST = 0.
        let result = try BetaConvergence.fit(initial: [1, 2, 4], final: [1, 2, 4], years: 5)
        #expect(result.slope == 0)
        #expect(result.rSquared == nil)
        #expect(result.regime == .divergence)
        #expect(result.halfLife == nil)
    }

    @Test func aSlopeBeyondMinusOneOverTOvershoots() throws {
        // g = [.5, .3, .1] over T = 10: β = −.2, 1 + βT = −1, ln undefined.
        let result = try BetaConvergence.fit(
            initial: Self.initial, final: [exp(5), exp(4), exp(3)], years: 10)
        #expect(Self.close(result.slope, -0.2))
        #expect(result.regime == .overshoot)
        #expect(result.speed == nil)
        #expect(result.halfLife == nil)
    }

    @Test func permutingRegionsChangesNothing() throws {
        let order = [2, 0, 1]
        let base = try BetaConvergence.fit(initial: Self.initial, final: Self.final, years: 10)
        let permuted = try BetaConvergence.fit(
            initial: order.map { Self.initial[$0] }, final: order.map { Self.final[$0] },
            years: 10)
        #expect(Self.close(base.slope, permuted.slope, tolerance: 1e-15))
        #expect(Self.close(base.slopeStandardError, permuted.slopeStandardError, tolerance: 1e-15))
        #expect(Self.close(base.constantStandardError, permuted.constantStandardError))
    }

    @Test(arguments: [
        ([1, 2], [1, 2], 10, "2 region(s), β-convergence needs at least 3"),
        (
            [1, 2, 3], [1, 2, 3], 0,
            "a span of 0 year(s): the final year must come after the initial one"
        ),
        (
            [1, 0, 3], [1, 2, 3], 10,
            "region 1: initial value 0.0 is not a positive finite number, ln y needs one"
        ),
        (
            [1, 2, 3], [1, 2, -1], 10,
            "region 2: final value -1.0 is not a positive finite number, ln y needs one"
        ),
        (
            [2, 2, 2], [1, 2, 3], 10,
            "every region starts at the same level: the slope is undefined"
        ),
    ])
    func undefinedLinesAreRefused(initial: [Double], final: [Double], years: Int, message: String) {
        let error = #expect(throws: BetaConvergence.Failure.self) {
            try BetaConvergence.fit(initial: initial, final: final, years: years)
        }
        #expect(error?.description == message)
    }
}
