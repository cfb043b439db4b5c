import CSVStream
import Foundation
import Testing

@testable import InnoStatCore

/// JSON-stat read into long rows: the samples of Fixtures/json-stat (see its ORIGIN.md) give
/// exactly the rows of their tables, and small hand-made datasets show each form a member may
/// take (dense or sparse `value`, index as object or array, the three forms of `status`).
struct JSONStatDatasetTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        let json: String
        /// The sample's tables, one per dataset in the order the reader gives them.
        let tables: [String]
        var testDescription: String { json }
    }

    /// oecd-canada.json is a 1.x bundle `{"oecd": …, "canada": …}`, read in key order:
    /// canada is `-1.csv`, oecd `-2.csv`. The collection oecd-canada-col.json lists oecd
    /// (`-col-1.csv`), then canada (`-col-2.csv`).
    static let samples = [
        Sample(json: "HISB3.json", tables: ["HISB3.csv"]),
        Sample(json: "canada.json", tables: ["canada.csv"]),
        Sample(json: "demo_gind.json", tables: ["demo_gind.csv"]),
        Sample(json: "hierarchy.json", tables: ["hierarchy.csv"]),
        Sample(json: "oecd-canada.json", tables: ["oecd-canada-1.csv", "oecd-canada-2.csv"]),
        Sample(
            json: "oecd-canada-col.json",
            tables: ["oecd-canada-col-1.csv", "oecd-canada-col-2.csv"]),
        Sample(json: "order.json", tables: ["order.csv"]),
        Sample(json: "us-gsp.json", tables: ["us-gsp.csv"]),
    ]

    static func sample(_ name: String) throws -> [JSONStatDataset] {
        try JSONStatDataset.read(Fixtures.data("json-stat/\(name)"), file: name)
    }

    static func table(_ name: String) throws -> [[String]] {
        try CSVReader(
            path: Fixtures.path("json-stat/\(name)"), options: CSVReaderOptions(encoding: .utf8)
        ).readAll()
    }

    /// A dataset as the samples' tables write it: a header of the dimensions' labels in `id`
    /// order, `status` when the table has that column, and `value`; then a row per cell of its
    /// categories' labels, its status and its value. The tables' one normalization: a value or
    /// status the dataset does not have is an empty field.
    static func rows(of dataset: JSONStatDataset, withStatus: Bool) -> [[String]] {
        let status = withStatus ? ["status"] : []
        var rows = [dataset.dimensions.map(\.label) + status + ["value"]]
        dataset.forEachCell { _, indexes, value, status in
            let labels = zip(dataset.dimensions, indexes).map { $0.categories[$1].label }
            rows.append(labels + (withStatus ? [status ?? ""] : []) + [value ?? ""])
        }
        return rows
    }

    @Test(arguments: samples)
    func aSampleFlattensToTheRowsOfItsTables(_ sample: Sample) throws {
        let datasets = try Self.sample(sample.json)
        #expect(datasets.count == sample.tables.count)
        for (dataset, name) in zip(datasets, sample.tables) {
            let expected = try Self.table(name)
            let withStatus = expected.first?.dropLast().last == "status"
            if !withStatus {
                var statuses: [String] = []
                dataset.forEachCell { _, _, _, status in statuses += status.map { [$0] } ?? [] }
                #expect(statuses == [], "\(name) has no status column")
            }
            let rows = Self.rows(of: dataset, withStatus: withStatus)
            #expect(rows.count == expected.count, "\(name)")
            let differing = zip(rows, expected).enumerated().filter { $0.element.0 != $0.element.1 }
            #expect(
                differing.isEmpty,
                "\(name): \(differing.prefix(3).map { "row \($0.offset): \($0.element)" })")
        }
    }

    /// Every sample is a case, bar collection.json, whose items are links only (its test is
    /// with the mistakes).
    @Test func everySampleOfTheFolderIsACase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("json-stat"))
        let cases = Self.samples.flatMap { [$0.json] + $0.tables } + ["collection.json"]
        #expect(Set(files.filter { $0.hasSuffix(".json") || $0.hasSuffix(".csv") }) == Set(cases))
    }

    @Test func rolesUnitsAndLabelsAreKeptOnTheDimensions() throws {
        let canada = try #require(try Self.sample("canada.json").first)
        #expect(canada.id == nil)
        #expect(canada.label == "Population by sex and age group. Canada. 2012")
        #expect(canada.dimensions.map(\.id) == ["country", "year", "age", "concept", "sex"])
        #expect(canada.dimensions.map(\.role) == [.geo, .time, nil, .metric, nil])
        #expect(canada.dimensions[0].categories == [JSONStatCategory(code: "CA", label: "Canada")])
        #expect(canada.dimensions[1].categories == [JSONStatCategory(code: "2012", label: "2012")])
        #expect(
            canada.dimensions[3].categories == [
                JSONStatCategory(
                    code: "POP", label: "population",
                    unit: JSONStatUnit(decimals: 1, label: "thousands of persons")),
                JSONStatCategory(
                    code: "PERCENT", label: "weight of age group in the population",
                    unit: JSONStatUnit(decimals: 1, symbol: "%")),
            ])
        #expect(canada.cellCount == 120)
    }

    @Test func aBundleKeepsItsKeysAsTheDatasetsIDs() throws {
        let bundle = try Self.sample("oecd-canada.json")
        #expect(bundle.map(\.id) == ["canada", "oecd"])
        let danish = try #require(try Self.sample("HISB3.json").first)
        #expect(danish.id == "dataset")
        #expect(danish.dimensions.map(\.role) == [nil, .metric, .time])
        #expect(danish.dimensions[1].categories.first?.unit == JSONStatUnit(decimals: 0))
        let collection = try Self.sample("oecd-canada-col.json")
        #expect(collection.map(\.id) == [nil, nil])
        #expect(
            collection.map(\.label) == [
                "Unemployment rate in the OECD countries 2003-2014",
                "Population by sex and age group. Canada. 2012",
            ])
    }

    /// Eurostat's `geo` index is an object whose codes sort otherwise than their positions.
    @Test func anIndexObjectOrdersCategoriesByPosition() throws {
        let eurostat = try #require(try Self.sample("demo_gind.json").first)
        let geo = try #require(eurostat.dimensions.first { $0.id == "geo" })
        #expect(geo.categories.prefix(3).map(\.code) == ["EU27_2020", "EU28", "EU27_2007"])
        #expect(geo.role == nil)
    }
}
