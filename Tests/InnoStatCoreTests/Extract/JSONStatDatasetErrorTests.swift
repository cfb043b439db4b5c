import Foundation
import Testing

@testable import InnoStatCore

/// Each mistake a JSON-stat file can make, told in one line: `file: where: what is wrong`.
struct JSONStatDatasetErrorTests {
    struct Mistake: Sendable, CustomTestStringConvertible {
        let name: String
        let json: String
        let error: String
        var testDescription: String { name }
    }

    static func cube(
        value: String = "[1, 2, 3, 4, 5, 6]", status: String? = nil,
        a: String = #"{"index": ["x", "y"]}"#, b: String = #"{"index": ["p", "q", "r"]}"#,
        size: String = "[2, 3]"
    ) -> String {
        JSONStatDatasetFormTests.cube(value: value, status: status, a: a, b: b, size: size)
    }

    static func replacing(_ old: String, with new: String) -> String {
        cube().replacingOccurrences(of: old, with: new)
    }

    static let mistakes = [
        Mistake(
            name: "top level", json: "[1, 2]",
            error: "x.json: not JSON-stat: the top level is an array, not an object"),
        Mistake(
            name: "version", json: replacing(#""2.0""#, with: #""1.0""#),
            error: #"x.json: "version" "1.0" is not JSON-stat 2.0 (a 1.x bundle has no "version")"#
        ),
        Mistake(
            name: "version number", json: replacing(#""2.0""#, with: "2"),
            error: #"x.json: "version" 2 is not JSON-stat 2.0 (a 1.x bundle has no "version")"#),
        Mistake(
            name: "no class", json: replacing(#""class": "dataset", "#, with: ""),
            error: #"x.json: no "class""#),
        Mistake(
            name: "class", json: replacing(#""dataset""#, with: #""dimension""#),
            error: #"x.json: "class" "dimension" is neither "dataset" nor "collection""#),
        Mistake(
            name: "no id", json: replacing(#""id": ["a", "b"], "#, with: ""),
            error: #"x.json: no "id""#),
        Mistake(
            name: "id and size", json: cube(size: "[2, 3, 1]"),
            error: #"x.json: "id" has 2 entries but "size" has 3"#),
        Mistake(
            name: "id twice", json: replacing(#"["a", "b"]"#, with: #"["a", "a"]"#),
            error: #"x.json: "id" has "a" twice"#),
        Mistake(
            name: "size zero", json: cube(size: "[2, 0]"),
            error: #"x.json: "size" is not an array of positive whole numbers"#),
        Mistake(
            name: "dimension not there",
            json: replacing(#""id": ["a", "b"]"#, with: #""id": ["a", "geo"]"#),
            error: #"x.json: dimension "geo" is in "id" but not in "dimension""#),
        Mistake(
            name: "size and categories", json: cube(b: #"{"index": ["p", "q"]}"#),
            error: #"x.json: dimension "b": size 3 but 2 categories"#),
        Mistake(
            name: "index position", json: cube(a: #"{"index": {"x": 0, "y": 2}}"#),
            error: #"x.json: dimension "a": category.index "y" is not a position below 2"#),
        Mistake(
            name: "index position twice", json: cube(a: #"{"index": {"x": 0, "y": 0}}"#),
            error: #"x.json: dimension "a": category.index gives position 0 to both "x" and "y""#),
        Mistake(
            name: "index code twice", json: cube(a: #"{"index": ["x", "x"]}"#),
            error: #"x.json: dimension "a": category.index has "x" twice"#),
        Mistake(
            name: "no index", json: cube(a: #"{"label": {"x": "X", "y": "Y"}}"#),
            error: #"x.json: dimension "a": category has 2 labels and no index (only a single "#
                + "category may go without one)"),
        Mistake(
            name: "label not in index",
            json: cube(a: #"{"index": ["x", "y"], "label": {"z": "Z"}}"#),
            error: #"x.json: dimension "a": category.label names "z", which is not in the index"#),
        Mistake(
            name: "decimals",
            json: cube(a: #"{"index": ["x", "y"], "unit": {"x": {"decimals": 1.5}}}"#),
            error: #"x.json: dimension "a": category.unit "x".decimals is not a whole number"#),
        Mistake(
            name: "role", json: replacing(#""value""#, with: #""role": {"area": ["a"]}, "value""#),
            error: #"x.json: role "area" is not time, geo or metric"#),
        Mistake(
            name: "role dimension",
            json: replacing(#""value""#, with: #""role": {"time": ["t"]}, "value""#),
            error: #"x.json: role.time names "t", which "id" lacks"#),
        Mistake(
            name: "no value", json: replacing(#", "value": [1, 2, 3, 4, 5, 6]"#, with: ""),
            error: #"x.json: no "value""#),
        Mistake(
            name: "value count", json: cube(value: "[1, 2, 3, 4, 5]"),
            error: "x.json: value has 5 entries, the sizes give 6 cells"),
        Mistake(
            name: "value key", json: cube(value: #"{"0": 1, "9": 2}"#),
            error: #"x.json: value key "9" is not a position below 6"#),
        Mistake(
            name: "value key form", json: cube(value: #"{"01": 1}"#),
            error: #"x.json: value key "01" is not a position below 6"#),
        Mistake(
            name: "value entry", json: cube(value: "[1, 2, true, 4, 5, 6]"),
            error: "x.json: value[2] is true, not a number, text or null"),
        Mistake(
            name: "sparse value entry", json: cube(value: #"{"3": {"v": 1}}"#),
            error: #"x.json: value["3"] is an object, not a number, text or null"#),
        Mistake(
            name: "status count", json: cube(status: #"["a", "b"]"#),
            error: "x.json: status has 2 entries, the sizes give 6 cells"),
        Mistake(
            name: "status entry", json: cube(status: #"["a", 1, "a", "a", "a", "a"]"#),
            error: "x.json: status[1] is a number, not text or null"),
        Mistake(
            name: "link only",
            json: #"{"version": "2.0", "class": "collection", "link": {"item": [{"class": "#
                + #""dataset", "href": "https://example.org/a.json", "label": "A"}]}}"#,
            error: #"x.json: link.item[0] is only a link to "https://example.org/a.json", "#
                + "not a dataset with its data"),
        Mistake(
            name: "collection item",
            json: #"{"version": "2.0", "class": "collection", "link": {"item": ["#
                + cube() + ", " + cube(b: #"{"index": ["p", "q"]}"#) + "]}}",
            error: #"x.json: link.item[1]: dimension "b": size 3 but 2 categories"#),
        Mistake(
            name: "bundle dataset",
            json: #"{"d": {"dimension": {"id": ["a"], "size": [1, 2], "a": {}}, "value": [1]}}"#,
            error: #"x.json: dataset "d": dimension.id has 1 entry but dimension.size has 2"#),
        Mistake(
            name: "bundle member", json: #"{"error": [1]}"#,
            error: #"x.json: no "version", and "error" is not a 1.x dataset (an object with "#
                + #""dimension")"#),
    ]

    @Test(arguments: mistakes)
    func aMistakeIsToldInOneLine(_ mistake: Mistake) throws {
        let error = try #require(throws: SourceFileError.self) {
            try JSONStatDataset.read(Data(mistake.json.utf8), file: "x.json")
        }
        #expect(error.description == mistake.error)
    }

    @Test func theSampleCollectionOfLinksNamesItsFirstLink() throws {
        let error = try #require(throws: SourceFileError.self) {
            try JSONStatDataset.read(Fixtures.data("json-stat/collection.json"), file: "c.json")
        }
        #expect(
            error.description
                == #"c.json: link.item[0] is only a link to "https://json-stat.org/samples/"#
                + #"oecd.json", not a dataset with its data"#)
    }

    /// The reason is JSONSerialization's, so only its frame is the reader's.
    @Test(arguments: ["{x", "", "[1 2]", "{\"a\": 1e400}"])
    func textThatIsNotJSONSaysSo(_ text: String) throws {
        let error = try #require(throws: SourceFileError.self) {
            try JSONStatDataset.read(Data(text.utf8), file: "x.json")
        }
        #expect(error.description.hasPrefix("x.json: not JSON ("))
        #expect(error.description.hasSuffix(")"))
        #expect(!error.description.contains("\n"))
    }

    @Test func aFileOrCubePastTheLimitsIsRefusedBeforeItIsRead() throws {
        let cube = Data(Self.cube().utf8)
        let bytes = try #require(throws: SourceFileError.self) {
            try JSONStatDataset.read(cube, file: "x.json", limits: JSONStatLimits(maxBytes: 100))
        }
        #expect(bytes.description == "x.json: \(cube.count) bytes, over the limit of 100 bytes")
        let cells = try #require(throws: SourceFileError.self) {
            try JSONStatDataset.read(cube, file: "x.json", limits: JSONStatLimits(maxCells: 5))
        }
        #expect(cells.description == #"x.json: "size" gives 6 cells, over the limit of 5"#)
        let sparse = Self.cube(value: "{}", size: "[4294967296, 4294967296]")
        let overflow = try #require(throws: SourceFileError.self) {
            try JSONStatDataset.read(Data(sparse.utf8), file: "x.json")
        }
        #expect(
            overflow.description
                == #"x.json: "size" gives over 9223372036854775807 cells, over the limit of "#
                + "50000000")
    }
}
