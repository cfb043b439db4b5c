import CSVStream
import Foundation
import Testing

@testable import InnoStatCore

/// The project's own Pipelines/ against its RawData/: every source file has a pipeline, and
/// pipelines agree on what their shared measures are.
struct ShippedPipelinesTests {
    static let root = TestPaths.packageRoot

    func catalog() throws -> PipelineCatalog {
        let catalog = try PipelineCatalog(directory: Self.root + "/Pipelines")
        #expect(catalog.errors.isEmpty, "\(catalog.errors)")
        return catalog
    }

    @Test func aMeasureHasOneNameUnitAndDescriptionAcrossPipelines() throws {
        var first: [String: (MeasureSpec, String)] = [:]
        for spec in try catalog().specs {
            for measure in spec.measures {
                guard let (seen, file) = first[measure.code] else {
                    first[measure.code] = (measure, spec.file)
                    continue
                }
                #expect(
                    measure == seen, "\(spec.file) and \(file) declare \(measure.code) differently")
            }
        }
        #expect(first.count >= 20)
    }

    /// Research notes (`notes/`) feed the curated tables and are not loaded themselves; the
    /// GCAM code map is checked against the region catalogue below; the provinces' contiguity
    /// is the weights file of indicators.yaml.
    static let notLoaded: Set<String> = [
        "population/states_subregions.csv", "geography/korea_province_contiguity.csv",
    ]

    @Test func everySourceFileUnderRawDataIsTheInputOfExactlyOnePipeline() throws {
        let rawData = Self.root + "/RawData"
        let files = try FileManager.default.subpathsOfDirectory(atPath: rawData)
            .filter { file in [".csv", ".xlsx", ".xls"].contains { file.hasSuffix($0) } }
            .filter { !$0.contains("/notes/") && !Self.notLoaded.contains($0) }
            .sorted()
        #expect(files.count == 30)
        let resolver = InputResolver(rawDataRoot: rawData)
        var owners: [String: [String]] = [:]
        for spec in try catalog().specs where spec.enabled {
            for input in try resolver.resolve(spec) {
                owners[String(input.displayPath.dropFirst(rawData.count + 1)), default: []]
                    .append(spec.name)
            }
        }
        for file in files {
            #expect(owners[file]?.count == 1, "\(file) is read by \(owners[file] ?? [])")
        }
        #expect(Set(owners.keys) == Set(files))
    }

    @Test func theGCAMCodeMapAgreesWithTheRegionCatalogue() throws {
        let reader = try CSVReader(path: Self.root + "/RawData/population/states_subregions.csv")
        var pairs: [(code: String, name: String)] = []
        try reader.forEachRecord { record in
            guard !record[0].hasPrefix("#"), record[0] != "state" else { return }
            pairs.append((record[0], record[1]))
        }
        #expect(pairs.count == 16)
        let catalog = RegionCatalog.korea
        for (code, name) in pairs {
            let byCode = catalog.resolve(code, codeSystem: .gcam)
            #expect(byCode != nil, "\(code)")
            #expect(byCode == catalog.resolve(name), "\(code) is \(name)")
        }
        let catalogCodes = Set(catalog.aliases.filter { $0.codeSystem == .gcam }.map(\.alias))
        #expect(catalogCodes == Set(pairs.map(\.code)))
    }
}
