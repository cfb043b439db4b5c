import Foundation
import Testing

@testable import InnoStatCore

/// A fetch's sidecar (`x.csv.fetch.json`) is no input of a pattern, and hidden temporary
/// downloads are none either; a pipeline that names a sidecar itself still gets it.
struct InputResolverTests {
    @Test func patternsLeaveSidecarsAndHiddenFilesOut() throws {
        let folder = try TemporaryFolder()
        try folder.write("kosis/a.csv", "x\n")
        try folder.write("kosis/a.csv.fetch.json", "{}\n")
        try folder.write("kosis/.a.fetch-1a2b3c4d.csv", "x\n")
        let resolver = InputResolver(rawDataRoot: folder.path)
        let spec = try PipelineSpec.parse(
            yaml: """
                source: {id: s, publisher: P, title: T}
                inputs: ['kosis/*', kosis/a.csv.fetch.json]
                columns: {period: year, value: value, region: region}
                defaults: {measure: m}
                measures:
                  m: {name: M, unit: percent}
                """, file: "Pipelines/x.yaml", defaultName: "x")
        #expect(
            try resolver.resolve(spec).map(\.relativePath) == [
                "kosis/a.csv", "kosis/a.csv.fetch.json",
            ])
    }
}
