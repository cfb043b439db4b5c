import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// One writer of `source`: the per-row sources of a synthetic pipeline are synthetic too.
struct SourceTableTests {
    static func pipeline(synthetic: Bool) -> String {
        """
        source: {id: cited, publisher: P, title: T, synthetic: \(synthetic)}
        inputs: [cited.csv]
        layout: long
        columns: {measure: measure, region: region, period: period, value: value, source_url: url}
        measures:
          x: {name: X, unit: count}

        """
    }

    static let file = """
        measure,region,period,value,url
        x,KR,2000,1,https://example.org/a
        x,KR,2001,2,http://example.org/b

        """

    @Test(arguments: [true, false])
    func citedSourcesTakeThePipelinesSyntheticFlag(synthetic: Bool) throws {
        let fixture = try RunFixture(
            pipelines: ["cited": Self.pipeline(synthetic: synthetic)],
            files: ["cited.csv": Self.file])
        let (summary, _) = try fixture.run()
        #expect(summary.filesLoaded == 1)
        let database = try fixture.database()
        #expect(
            try database.rows(
                "SELECT source_id, url, is_synthetic, pipeline FROM source ORDER BY 1"
            )
            .map(\.values)
                == [
                    ["cited", .null, .integer(synthetic ? 1 : 0), "cited"],
                    [
                        "cited:example.org/a", "https://example.org/a", .integer(synthetic ? 1 : 0),
                        "cited",
                    ],
                    [
                        "cited:example.org/b", "http://example.org/b", .integer(synthetic ? 1 : 0),
                        "cited",
                    ],
                ])
        #expect(
            try database.scalar("SELECT count(*) FROM v_observation") == .integer(synthetic ? 0 : 2)
        )
        #expect(try database.scalar("SELECT count(*) FROM observation") == 2)
    }
}
