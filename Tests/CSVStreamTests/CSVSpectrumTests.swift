import CSVStream
import Foundation
import Testing

/// csv-spectrum (Fixtures/csv-spectrum, see its ORIGIN.md): every CSV must read as its JSON.
@Suite struct CSVSpectrumTests {
    static let cases = [
        "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "newlines",
        "newlines_crlf", "quotes_and_newlines", "simple", "simple_crlf", "utf8",
    ]
    static let chunkSizes = [1, 2, 3, 5, 8, 13, 64 * 1024]

    @Test(arguments: cases)
    func matchesExpectedJSON(name: String) throws {
        let json = try Data(
            contentsOf: Fixtures.root.appendingPathComponent(
                "csv-spectrum/json/\(name).json"))
        let expected = try #require(
            try JSONSerialization.jsonObject(with: json) as? [[String: String]])
        for chunkSize in Self.chunkSizes {
            let reader = try CSVReader(
                path: Fixtures.path("csv-spectrum/csvs/\(name).csv"),
                displayPath: "\(name).csv",
                options: CSVReaderOptions(chunkSize: chunkSize)
            )
            let rows = try reader.readAll()
            let header = try #require(rows.first)
            let objects = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
            #expect(objects == expected, "chunk size \(chunkSize)")
        }
    }

    /// The upstream expectation is wrong (see ORIGIN.md), and the CSV has a bare quote inside
    /// an unquoted field, which this reader rejects: it must only fail cleanly.
    @Test func locationCoordinatesDoesNotCrash() throws {
        for chunkSize in Self.chunkSizes {
            let reader = try CSVReader(
                path: Fixtures.path("csv-spectrum/csvs/location_coordinates.csv"),
                displayPath: "location_coordinates.csv",
                options: CSVReaderOptions(chunkSize: chunkSize)
            )
            let outcome = reader.outcome()
            #expect(
                outcome.records.map(\.fields) == [
                    ["Contact Phone Number", "Location Coordinates", "Cities", "Counties"]
                ])
            #expect(outcome.error?.description == "location_coordinates.csv:2:2: malformed quote")
        }
    }
}
