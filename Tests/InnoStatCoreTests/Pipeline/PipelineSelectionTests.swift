import Foundation
import Testing

@testable import InnoStatCore

/// `--only`: a broken file's own errors, unknown names with the closest, names given twice.
struct PipelineSelectionTests {
    static let good = """
        source: {id: good, publisher: P, title: T}
        inputs: [a.csv]
        columns: {period: year, value: value, region: region}
        defaults: {measure: m}
        measures:
          m: {name: M, unit: percent}
        """

    func catalog(_ files: [String: String]) throws -> (PipelineCatalog, TemporaryFolder) {
        let folder = try TemporaryFolder()
        for (name, yaml) in files { try folder.write("Pipelines/\(name)", yaml) }
        return (try PipelineCatalog(directory: folder.file("Pipelines")), folder)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let only: [String]
        let lines: [String]
        let isUsageError: Bool
        var testDescription: String { only.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(
            only: ["my"],
            lines: [
                "PIPELINES/my.yaml:2:1: not valid YAML: found character that cannot start "
                    + "any token (while scanning for the next token at line 2, column 1)"
            ],
            isUsageError: false),
        Case(
            only: ["godo"], lines: ["--only: no pipeline named \"godo\" (closest: good)"],
            isUsageError: true),
        Case(
            only: ["zzzzzzzz"], lines: ["--only: no pipeline named \"zzzzzzzz\" (known: good, my)"],
            isUsageError: true),
        Case(
            only: ["good", "good"], lines: ["--only: \"good\" is given more than once"],
            isUsageError: true),
    ]

    @Test(arguments: cases)
    func refusesWithTheReason(_ example: Case) throws {
        let (catalog, folder) = try catalog([
            "good.yaml": Self.good,
            "my.yaml": "source: {id: my, publisher: P, title: T}\n\tinputs: [b.csv]\n",
        ])
        let error = try #require(throws: PipelineSelectionError.self) {
            try catalog.selected(only: example.only)
        }
        let pipelines = folder.file("Pipelines")
        #expect(
            error.lines
                == example.lines.map {
                    $0.replacingOccurrences(of: "PIPELINES", with: pipelines)
                })
        #expect(error.isUsageError == example.isUsageError)
    }

    @Test func aFileWhoseNameSaysOtherwiseSuggestsThatName() throws {
        let (catalog, _) = try catalog([
            "good.yaml": Self.good,
            "mine.yaml": "name: ours\n"
                + Self.good.replacingOccurrences(of: "id: good", with: "id: ours"),
        ])
        let error = try #require(throws: PipelineSelectionError.self) {
            try catalog.selected(only: ["mine"])
        }
        #expect(error.lines == ["--only: no pipeline named \"mine\" (closest: ours)"])
        let empty = try #require(throws: PipelineSelectionError.self) {
            try catalog.selected(only: [""])
        }
        #expect(empty.lines == ["--only: no pipeline named \"\" (known: good, ours)"])
    }

    @Test func takesEachNamedPipelineOnce() throws {
        let (catalog, _) = try catalog([
            "good.yaml": Self.good,
            "other.yaml": Self.good.replacingOccurrences(of: "id: good", with: "id: other"),
        ])
        #expect(try catalog.selected(only: ["other", "good"]).map(\.name) == ["other", "good"])
    }
}
