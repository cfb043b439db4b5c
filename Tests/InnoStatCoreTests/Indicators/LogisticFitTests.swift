import Foundation
import Testing

@testable import InnoStatCore

struct LogisticFitTests {
    static func curve(_ t: Double, ceiling: Double, rate: Double, midpoint: Double) -> Double {
        ceiling / (1 + exp(-rate * (t - midpoint)))
    }

    @Test func recoversAnExactCurveObservedWithGaps() throws {
        // s(t) = 80 / (1 + e^(−0.3 (t − 1980))), observed 1960–2020 with 1976–1994 missing.
        let years = Array(stride(from: 1960.0, through: 2020, by: 2)).filter {
            $0 < 1976 || $0 > 1994
        }
        let values = years.map { Self.curve($0, ceiling: 80, rate: 0.3, midpoint: 1980) }
        let fit = try LogisticFit.fit(times: years, values: values)
        #expect(abs(fit.ceiling - 80) < 1e-6)
        #expect(abs(fit.rate - 0.3) < 1e-8)
        #expect(abs(fit.midpoint - 1980) < 1e-6)
        #expect(fit.residualSumOfSquares < 1e-12)
        #expect(fit.observations == years.count)
    }

    @Test func tiedYearsAndValuesAreFine() throws {
        // Each year observed twice (two sources), and a plateau of equal values.
        let years: [Double] = [1970, 1970, 1975, 1975, 1980, 1980, 1985, 1990, 2000, 2010, 2020]
        let values = years.map { Self.curve($0, ceiling: 50, rate: 0.5, midpoint: 1978) }
        let fit = try LogisticFit.fit(times: years, values: values)
        #expect(abs(fit.ceiling - 50) < 1e-6)
        #expect(abs(fit.rate - 0.5) < 1e-7)
        #expect(abs(fit.midpoint - 1978) < 1e-6)
    }

    /// The noisy curve 70 / (1 + e^(−0.15 (t − 1985))) + e_t, t = 1960, 1963, …, 2020, against
    /// scipy.optimize.least_squares (method "lm", tolerances 1e-15): L = 69.95322766188048,
    /// k = 0.15067192717592864, t0 = 1984.9733313360553, residual 6.362777733786738, standard
    /// errors 0.28417445, 0.00231915, 0.12266243.
    @Test func matchesScipyOnANoisyCurve() throws {
        let noise = [
            0.8, -0.5, 0.3, -0.9, 0.6, -0.2, 0.4, -0.7, 0.1, 0.5, -0.4, 0.9, -0.6, 0.2, -0.3, 0.7,
            -0.8, 0.3, -0.1, 0.6, -0.5,
        ]
        let years = (0..<21).map { 1960 + 3 * Double($0) }
        let values = zip(years, noise).map {
            Self.curve($0, ceiling: 70, rate: 0.15, midpoint: 1985) + $1
        }
        let fit = try LogisticFit.fit(times: years, values: values)
        #expect(abs(fit.ceiling - 69.95322766188048) < 1e-7)
        #expect(abs(fit.rate - 0.15067192717592864) < 1e-9)
        #expect(abs(fit.midpoint - 1984.9733313360553) < 1e-7)
        #expect(abs(fit.residualSumOfSquares - 6.362777733786738) < 1e-9)
        let errors = try #require(fit.standardErrors)
        #expect(abs(errors.ceiling - 0.28417445) < 1e-7)
        #expect(abs(errors.rate - 0.00231915) < 1e-7)
        #expect(abs(errors.midpoint - 0.12266243) < 1e-7)
    }

    /// The business share of R&D funding as the sources publish it: nothing between 1966 (10)
    /// and 1981 (56), then a plateau. scipy finds residual 258.42909092622523 with L = 78.70909
    /// (the plateau's mean), but any steep enough k with t0 just before 1981 does as well.
    @Test func aGapAroundTheMidpointLeavesTheSteepnessOpen() throws {
        let years: [Double] = [
            1966, 1981, 1985, 1990, 1993, 1994, 1995, 2005, 2008, 2012, 2017, 2019, 2021,
        ]
        let shares = [10, 56, 81, 84, 83, 84, 81, 76, 72.9, 74.7, 76.2, 76.9, 76.1]
        let fit = try LogisticFit.fit(times: years, values: shares)
        #expect(abs(fit.residualSumOfSquares - 258.42909092622523) < 1e-6)
        #expect(abs(fit.ceiling - 865.8 / 11) < 1e-6)
        #expect(fit.midpoint > 1980 && fit.midpoint < 1981)
        #expect(abs(fit.value(at: 1981) - 56) < 1e-4)
        #expect(fit.standardErrors == nil || fit.standardErrors!.rate > fit.rate / 2)
    }

    @Test func tooFewObservationsAreAnAnswerNotACrash() {
        #expect(throws: LogisticFit.Failure.tooFewObservations(have: 3, need: 4)) {
            try LogisticFit.fit(times: [1, 2, 3], values: [1, 2, 3])
        }
        // Four observations in two distinct years.
        #expect(throws: LogisticFit.Failure.tooFewObservations(have: 2, need: 4)) {
            try LogisticFit.fit(times: [1, 1, 2, 2], values: [1, 2, 3, 4])
        }
        #expect(
            LogisticFit.Failure.tooFewObservations(have: 2, need: 4).description
                == "2 observation(s) in distinct years, the fit needs at least 4")
    }
}
