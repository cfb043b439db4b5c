import Foundation
import Testing

@testable import InnoStatCore

/// Gini and Theil T against the values PySAL publishes for the per-capita GDP of 32 Mexican
/// states 1940–2000 (Fixtures/inequality-reference, ORIGIN.md), to the published precision.
/// The states are unweighted (P_i = 1), so the weighted indices equal the plain ones.
struct MexicoReferenceTests {
    struct Mexico {
        let years = [1940, 1950, 1960, 1970, 1980, 1990, 2000]
        /// Per year, the 32 states' per-capita GDP in file order.
        var values: [Int: [Double]] = [:]
        var hanson98: [Int] = []

        init() throws {
            let lines = try Fixtures.text("inequality-reference/mexico.csv")
                .split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
            let header = lines[0]
            for line in lines.dropFirst() {
                for year in years {
                    let column = header.firstIndex(of: "pcgdp\(year)")!
                    values[year, default: []].append(Double(line[column])!)
                }
                hanson98.append(Int(Double(line[header.firstIndex(of: "hanson98")!])!))
            }
        }

        func ones(_ year: Int) -> [Double] { values[year]!.map { _ in 1 } }
    }

    @Test func readsThe32States() throws {
        let mexico = try Mexico()
        #expect(mexico.values[1940]!.count == 32)
        #expect(mexico.values[1940]!.first == 10384)
        #expect(Set(mexico.hanson98) == [1, 2, 3, 4, 5])
    }

    @Test func giniOf1940MatchesPySAL() throws {
        // inequality/tests/test_gini.py: 0.35372371173452849.
        let gini = try #require(InequalityIndex.gini(try Mexico().values[1940]!))
        #expect(abs(gini - 0.35372371173452849) < 1e-15)
    }

    @Test(
        arguments: zip(
            [1940, 1950, 1960, 1970, 1980, 1990, 2000],
            [0.20894344, 0.15222451, 0.10472941, 0.10194725, 0.09560113, 0.10511256, 0.10660832]))
    func theilTMatchesPySAL(year: Int, published: Double) throws {
        let mexico = try Mexico()
        let theil = try #require(
            InequalityIndex.theilT(values: mexico.values[year]!, populations: mexico.ones(year)))
        // Published to 8 decimals.
        #expect(abs(theil - published) < 5e-9, "\(year): \(theil)")
    }

    @Test(
        arguments: zip(
            [1940, 1950, 1960, 1970, 1980, 1990, 2000],
            [0.0345889, 0.02816853, 0.05260921, 0.05931219, 0.03205257, 0.02963731, 0.03635872]))
    func theilBetweenHansonRegimesMatchesPySAL(year: Int, published: Double) throws {
        let mexico = try Mexico()
        let parts = try #require(
            InequalityIndex.theilDecomposition(
                values: mexico.values[year]!, populations: mexico.ones(year),
                groups: mexico.hanson98))
        // TheilD(y, hanson98).bg, published to 7 or 8 significant decimals.
        #expect(abs(parts.between - published) < 5e-9, "\(year): \(parts.between)")
    }

    /// The reference implementation's output for every index (12 decimals).
    @Test func everyIndexMatchesTheReferenceOutput() throws {
        let mexico = try Mexico()
        let lines = try Fixtures.text("inequality-reference/mexico_long.ref_output.csv")
            .split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let header = lines[0]
        func column(_ name: String, _ line: [String]) -> Double {
            Double(line[header.firstIndex(of: name)!])!
        }
        #expect(lines.count == 8)
        for line in lines.dropFirst() {
            let year = Int(line[0])!
            let x = mexico.values[year]!
            let p = mexico.ones(year)
            let capital = x.map { _ in false }
            let expected: [(DisparityIndex, String)] = [
                (.gini, "gini"), (.weightedGini, "gini_w"), (.theilT, "theil_t"),
                (.theilL, "theil_l"), (.coefficientOfVariation, "cv"), (.williamson, "williamson"),
            ]
            for (index, name) in expected {
                let value = try #require(index.value(values: x, populations: p, isCapital: capital))
                #expect(abs(value - column(name, line)) < 1e-12, "\(year) \(name): \(value)")
            }
        }
    }

    /// The long file the reference implementation read holds the same figures.
    @Test func theLongFileHoldsTheSameFigures() throws {
        let mexico = try Mexico()
        let rows = try Fixtures.text("inequality-reference/mexico_long.csv")
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(rows.count == 32 * 7)
        var byYear: [Int: [Double]] = [:]
        for row in rows {
            byYear[Int(row[0])!, default: []].append(Double(row[2])!)
            #expect(row[3] == "1")
        }
        #expect(byYear == mexico.values)
    }
}
