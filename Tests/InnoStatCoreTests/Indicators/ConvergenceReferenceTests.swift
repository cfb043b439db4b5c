import Foundation
import Testing

@testable import InnoStatCore

/// β- and σ-convergence against the published Stata run on Penn World Table 10.0
/// (Fixtures/regional-science/pwt-convergence, ORIGIN.md): the balanced panel of the 84
/// countries with a 1960 row.
struct ConvergenceReferenceTests {
    /// `value` rounded to `decimals` places equals `published`: agreement to the digits shown.
    static func matches(_ value: Double?, _ published: Double, decimals: Int) -> Bool {
        guard let value else { return false }
        let scale = pow(10, Double(decimals))
        return abs((value * scale).rounded() - published * scale) < 1e-6
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let start: Int
        let end: Int
        /// (value, decimals) as the log prints them.
        let slope: (Double, Int)
        let slopeError: (Double, Int)
        let constant: (Double, Int)
        let constantError: (Double, Int)
        let rSquared: Double

        var testDescription: String { "\(start)–\(end)" }
    }

    /// analysis.log, `regress …, robust`, lines 451–459, 608–616 and 643–651.
    static let published = [
        Row(
            start: 1960, end: 2019, slope: (0.0005689, 7), slopeError: (0.0012908, 7),
            constant: (0.0176868, 7), constantError: (0.0112996, 7), rSquared: 0.0013),
        Row(
            start: 1960, end: 2000, slope: (0.004366, 6), slopeError: (0.0015843, 7),
            constant: (-0.0150282, 7), constantError: (0.0137431, 7), rSquared: 0.0436),
        Row(
            start: 2000, end: 2019, slope: (-0.0035228, 7), slopeError: (0.0014686, 7),
            constant: (0.0580907, 7), constantError: (0.014098, 6), rSquared: 0.0688),
    ]

    static func fit(_ panel: RegionalScienceFixture.Panel, _ start: Int, _ end: Int) throws
        -> BetaConvergence.Result
    {
        let countries = panel.balanced
        return try BetaConvergence.fit(
            initial: panel.gdppc(start, of: countries), final: panel.gdppc(end, of: countries),
            years: end - start)
    }

    @Test func theBalancedPanelHas84CountriesOver60Years() throws {
        let panel = try RegionalScienceFixture.Panel()
        #expect(panel.balanced.count == 84)
        #expect(panel.balanced.allSatisfy { panel.gdppc[$0]!.count == 60 })
    }

    @Test(arguments: published)
    func theRegressionMatchesThePublishedDigits(_ row: Row) throws {
        let result = try Self.fit(RegionalScienceFixture.Panel(), row.start, row.end)
        #expect(Self.matches(result.slope, row.slope.0, decimals: row.slope.1), "\(result.slope)")
        #expect(
            Self.matches(result.slopeStandardError, row.slopeError.0, decimals: row.slopeError.1))
        #expect(Self.matches(result.constant, row.constant.0, decimals: row.constant.1))
        #expect(
            Self.matches(
                result.constantStandardError, row.constantError.0, decimals: row.constantError.1))
        #expect(Self.matches(result.rSquared, row.rSquared, decimals: 4))
        #expect(result.observations == 84)
    }

    @Test func speedAndHalfLifeOf2000To2019() throws {
        // analysis.log line 1215: "Half-life = ln(2) / 0.00365 = 190.1 years"; b = .0036462
        // (line 1555).
        let result = try Self.fit(RegionalScienceFixture.Panel(), 2000, 2019)
        #expect(result.regime == .convergence)
        #expect(Self.matches(result.speed, 0.0036462, decimals: 7))
        #expect(Self.matches(result.halfLife, 190.1, decimals: 1))
    }

    @Test func theEarlierPeriodsDiverge() throws {
        let panel = try RegionalScienceFixture.Panel()
        for (start, end) in [(1960, 2019), (1960, 2000)] {
            let result = try Self.fit(panel, start, end)
            #expect(result.regime == .divergence)
            #expect(result.halfLife == nil)
        }
    }

    /// Stata's unrounded output for six periods. It held growth rates in single precision
    /// (about 1e-10 per year off), so slopes and speeds agree to 1e-9, standard errors to a
    /// relative 1e-6 and half-lives to 1e-5 (the nearly flat 1990–2019 line, b ≈ .00008,
    /// magnifies the difference).
    @Test func everyPeriodMatchesStataUnroundedOutput() throws {
        let panel = try RegionalScienceFixture.Panel()
        let table = try RegionalScienceFixture.Table("pwt-convergence/convergence_speed_ols.csv")
        let starts = table.text("period").map { Int($0.prefix(4))! }
        #expect(starts == [1960, 1960, 1980, 1990, 1995, 2000])
        let ends = table.text("period").map { Int($0.suffix(4))! }
        let halfLives = table.text("halflife_ols")
        for (index, start) in starts.enumerated() {
            let result = try Self.fit(panel, start, ends[index])
            let slope = table.numbers("lambda_ols")[index]
            let error = table.numbers("se_lambda")[index]
            let speed = table.numbers("beta_ols")[index]
            #expect(abs(result.slope - slope) <= 1e-9, "\(start): \(result.slope)")
            #expect(abs(result.slopeStandardError - error) <= 1e-6 * error)
            if let halfLife = Double(halfLives[index]) {
                #expect(abs(result.speed! - speed) <= 1e-9)
                #expect(abs(result.halfLife! - halfLife) <= 1e-5 * halfLife)
            } else {
                #expect(result.regime == .divergence && speed < 0)
            }
        }
    }

    @Test func sigmaMatchesThePublishedVariances() throws {
        // Stata's variance divides by n − 1: σ² · n / (n − 1). Published .924 (1960), 1.764
        // (2019), to 3 digits.
        let panel = try RegionalScienceFixture.Panel()
        let countries = panel.balanced
        for (year, published) in [(1960, 0.924), (2019, 1.764)] {
            let dispersion = try SigmaConvergence.dispersion(of: panel.gdppc(year, of: countries))
            let stataVariance = dispersion.variance * 84 / 83
            #expect(Self.matches(stataVariance, published, decimals: 3), "\(year)")
        }
    }

    @Test func sigmaMatchesStataForEveryYear() throws {
        let panel = try RegionalScienceFixture.Panel()
        let countries = panel.balanced
        let table = try RegionalScienceFixture.Table(
            "pwt-convergence/convergence_sigma_evolution.csv")
        let crossSections = Dictionary(
            uniqueKeysWithValues: (1960...2019).map {
                ($0, SigmaConvergence.CrossSection(values: panel.gdppc($0, of: countries)))
            })
        let points = try SigmaConvergence.series(crossSections)
        #expect(points.map(\.year) == table.text("year").map { Int($0)! })
        for (point, published) in zip(points, table.numbers("variance")) {
            let stataVariance = point.dispersion.variance * 84 / 83
            #expect(abs(stataVariance - published) <= 1e-6 * published, "\(point.year)")
        }
    }
}
