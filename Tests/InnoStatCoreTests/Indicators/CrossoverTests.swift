import Foundation
import Testing

@testable import InnoStatCore

struct CrossoverTests {
    typealias Point = Crossover.Point

    static func observation(
        _ year: Int, _ value: Double, valueInferred: Bool = false,
        comparisonInferred: Bool = false
    ) -> Crossover.Observation {
        Crossover.Observation(
            year: year, value: value, isValueInferred: valueInferred,
            isComparisonInferred: comparisonInferred)
    }

    @Test func findsTheFirstYearAboveAndTheObservationBefore() {
        let points = [
            Point(year: 1960, series: 20, against: 80), Point(year: 1970, series: 40, against: 60),
            Point(year: 1980, series: 55, against: 45), Point(year: 1990, series: 70, against: 30),
        ]
        #expect(
            Crossover.find(points)
                == Crossover.Bracket(
                    lastBelow: Self.observation(1970, 40), crossing: Self.observation(1980, 55)))
    }

    @Test func aTieDoesNotExceed() {
        let points = [
            Point(year: 1970, series: 50, against: 50), Point(year: 1975, series: 51, against: 49),
        ]
        #expect(Crossover.find(points)?.crossing.year == 1975)
        #expect(Crossover.find(points)?.lastBelow.year == 1970)
        #expect(Crossover.find([Point(year: 1970, series: 50, against: 50)]) == nil)
    }

    @Test func gapsGiveABracketAndTheComplementDecidesWhereOneSideIsMissing() {
        // The sources: 1966 private 10 (government unpublished, at most 90: below, assumed),
        // 1981 private 56 (government at most 44: above, certain), 1990 84 vs 16.
        let points = [
            Point(year: 1990, series: 84, against: 16), Point(year: 1966, series: 10, against: nil),
            Point(year: 1981, series: 56, against: nil),
        ]
        #expect(
            Crossover.find(points, complement: 100)
                == Crossover.Bracket(
                    lastBelow: Self.observation(1966, 10, comparisonInferred: true),
                    crossing: Self.observation(1981, 56)))
        // Without a complement the one-sided years are not compared: 1990 alone, no crossing.
        #expect(Crossover.find(points) == nil)
    }

    @Test func anUnobservedSeriesIsTheComplementOfTheOther() {
        // 1963 government 96.8: private at most 3.2, below for certain; 2004 government 24.5:
        // private at most 75.5, above only if the rest is small (inferred).
        let points = [
            Point(year: 1963, series: nil, against: 96.8),
            Point(year: 2004, series: nil, against: 24.5),
        ]
        let bracket = Crossover.find(points, complement: 100)
        #expect(bracket?.lastBelow == Self.observation(1963, 100 - 96.8, valueInferred: true))
        #expect(
            bracket?.crossing
                == Self.observation(2004, 75.5, valueInferred: true, comparisonInferred: true))
    }

    @Test func onlyTheFirstCrossingCounts() {
        let points = [
            Point(year: 1, series: 1, against: 2), Point(year: 2, series: 3, against: 2),
            Point(year: 3, series: 1, against: 2), Point(year: 4, series: 3, against: 2),
        ]
        #expect(Crossover.find(points)?.crossing.year == 2)
    }

    @Test func aSeriesThatStartsAboveOrNeverGetsThereHasNoCrossing() {
        #expect(
            Crossover.find([
                Point(year: 1, series: 3, against: 2), Point(year: 2, series: 4, against: 1),
            ])
                == nil)
        #expect(
            Crossover.find([
                Point(year: 1, series: 1, against: 2), Point(year: 2, series: 1, against: 3),
            ])
                == nil)
        #expect(Crossover.find([]) == nil)
    }
}

struct CompoundGrowthTests {
    @Test func growthOverTheSpan() throws {
        // 54 (1980) to 2226 (1995): (2226/54)^(1/15) − 1 ≈ 28.137% a year.
        let rate = try #require(
            CompoundGrowth.annualRate(firstYear: 1980, first: 54, lastYear: 1995, last: 2226))
        #expect(abs(rate - 100 * (pow(2226.0 / 54.0, 1.0 / 15.0) - 1)) < 1e-12)
        #expect(abs(rate - 28.1373) < 1e-4)
        // Doubling in one year is 100%; 100 to 121 over two years is 10%.
        #expect(CompoundGrowth.annualRate(firstYear: 1, first: 1, lastYear: 2, last: 2) == 100)
        #expect(
            abs(CompoundGrowth.annualRate(firstYear: 0, first: 100, lastYear: 2, last: 121)! - 10)
                < 1e-12)
    }

    @Test func undefinedGrowth() {
        #expect(
            CompoundGrowth.annualRate(firstYear: 2000, first: 1, lastYear: 2000, last: 2) == nil)
        #expect(
            CompoundGrowth.annualRate(firstYear: 2000, first: 0, lastYear: 2001, last: 2) == nil)
    }
}
