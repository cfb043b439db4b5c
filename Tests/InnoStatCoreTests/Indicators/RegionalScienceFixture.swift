import CSVStream
import Foundation

@testable import InnoStatCore

/// The reference cases of Fixtures/regional-science (ORIGIN.md says where each file came from).
enum RegionalScienceFixture {
    /// A CSV file's columns by header name.
    struct Table {
        let header: [String]
        let rows: [[String]]

        init(_ relative: String) throws {
            let records = try CSVReader(
                path: Fixtures.path("regional-science/\(relative)"),
                options: CSVReaderOptions(encoding: .utf8)
            ).readAll()
            header = records[0]
            rows = Array(records.dropFirst())
        }

        func text(_ name: String) -> [String] {
            let column = header.firstIndex(of: name)!
            return rows.map { $0[column] }
        }

        /// A numeric column; stl_hom.csv pads its numbers with blanks.
        func numbers(_ name: String) -> [Double] {
            text(name).map { Double($0.trimmingCharacters(in: .whitespaces))! }
        }
    }

    static func weights(_ relative: String) throws -> SpatialWeights {
        try SpatialWeights.readGAL(
            path: Fixtures.path("regional-science/\(relative)"),
            file: (relative as NSString).lastPathComponent)
    }

    /// St. Louis: HR8893 for the 78 counties in file order, and stl.gal (ids 1…78 in order).
    static func stLouis() throws -> (values: [Double], weights: SpatialWeights) {
        (try Table("stl/stl_hom.csv").numbers("HR8893"), try weights("stl/stl.gal"))
    }

    /// Mexico: a column of mexico.csv and mexico.gal put in the CSV's row order (ids 0…31).
    static func mexico(_ column: String) throws -> (values: [Double], weights: SpatialWeights) {
        let values = try Table("mexico/mexico.csv").numbers(column)
        let weights = try weights("mexico/mexico.gal")
            .reordered(as: values.indices.map(String.init))
        return (values, weights)
    }

    /// The PWT panel: per country code, gdppc and pop by year.
    struct Panel {
        var gdppc: [String: [Int: Double]] = [:]
        var population: [String: [Int: Double]] = [:]

        init() throws {
            let table = try Table("pwt-convergence/convergence_data_prepared.csv")
            let years = table.text("year").map { Int($0)! }
            let gdppcs = table.numbers("gdppc")
            let populations = table.numbers("pop")
            for (index, code) in table.text("ccode").enumerated() {
                gdppc[code, default: [:]][years[index]] = gdppcs[index]
                population[code, default: [:]][years[index]] = populations[index]
            }
        }

        /// The published run's sample: the countries with a 1960 row, in code order.
        var balanced: [String] {
            gdppc.keys.filter { gdppc[$0]![1960] != nil }.sorted()
        }

        func gdppc(_ year: Int, of countries: [String]) -> [Double] {
            countries.map { gdppc[$0]![year]! }
        }
    }
}
