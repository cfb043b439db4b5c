import Foundation
import Testing

@testable import InnoStatCore

/// Hand-made datasets, one member at a time in each of its forms: the same cube written either
/// way gives the same cells.
struct JSONStatDatasetFormTests {
    struct Cell: Equatable, CustomStringConvertible {
        let position: Int
        let indexes: [Int]
        let value: String?
        let status: String?
        var description: String { "\(position) \(indexes) \(value ?? "nil") \(status ?? "nil")" }
    }

    /// Dimensions `a` (x, y) and `b` (p, q, r): six cells, `b` varying fastest.
    static func cube(
        value: String = "[1, 2, 3, 4, 5, 6]", status: String? = nil,
        a: String = #"{"index": ["x", "y"]}"#, b: String = #"{"index": ["p", "q", "r"]}"#,
        size: String = "[2, 3]"
    ) -> String {
        #"{"version": "2.0", "class": "dataset", "id": ["a", "b"], "size": \#(size), "#
            + #""dimension": {"a": {"category": \#(a)}, "b": {"category": \#(b)}}, "#
            + #""value": \#(value)\#(status.map { #", "status": \#($0)"# } ?? "")}"#
    }

    static func read(_ json: String, limits: JSONStatLimits = JSONStatLimits()) throws
        -> [JSONStatDataset]
    {
        try JSONStatDataset.read(Data(json.utf8), file: "x.json", limits: limits)
    }

    static func cells(_ json: String) throws -> [Cell] {
        let dataset = try #require(try read(json).first)
        var cells: [Cell] = []
        dataset.forEachCell { cells.append(Cell(position: $0, indexes: $1, value: $2, status: $3)) }
        return cells
    }

    static func values(_ json: String) throws -> [String?] { try cells(json).map(\.value) }
    static func statuses(_ json: String) throws -> [String?] { try cells(json).map(\.status) }

    @Test func cellsComeInRowMajorOrderTheLastDimensionFastest() throws {
        let cells = try Self.cells(Self.cube())
        #expect(cells.map(\.position) == Array(0..<6))
        #expect(cells.map(\.indexes) == [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]])
        #expect(cells.map(\.value) == ["1", "2", "3", "4", "5", "6"])
    }

    @Test func denseAndSparseValuesGiveTheSameCells() throws {
        let dense = try Self.cells(Self.cube(value: #"[1, null, 2.5, "x", 0.1, null]"#))
        let sparse = try Self.cells(
            Self.cube(value: #"{"4": 0.1, "0": 1, "3": "x", "2": 2.5, "5": null}"#))
        #expect(dense == sparse)
        #expect(dense.map(\.value) == ["1", nil, "2.5", "x", "0.1", nil])
    }

    @Test func anIndexObjectOutOfOrderIsTheIndexArrayOfItsPositions() throws {
        let object = try Self.read(
            Self.cube(b: #"{"index": {"r": 2, "p": 0, "q": 1}, "label": {"q": "Q"}}"#))
        let array = try Self.read(Self.cube(b: #"{"index": ["p", "q", "r"], "label": {"q": "Q"}}"#))
        let categories = [
            JSONStatCategory(code: "p", label: "p"), JSONStatCategory(code: "q", label: "Q"),
            JSONStatCategory(code: "r", label: "r"),
        ]
        #expect(object.first?.dimensions[1].categories == categories)
        #expect(array.first?.dimensions == object.first?.dimensions)
    }

    @Test func aSingleCategoryMayGoWithoutIndex() throws {
        let dataset = try #require(
            try Self.read(
                Self.cube(value: "[1, 2]", b: #"{"label": {"T": "total"}}"#, size: "[2, 1]")
            ).first)
        #expect(dataset.dimensions[1].categories == [JSONStatCategory(code: "T", label: "total")])
        #expect(dataset.cellCount == 2)
    }

    @Test func aStatusIsOneTextForAllAnArrayOrAnObject() throws {
        let all = Array(repeating: "e", count: 6) as [String?]
        #expect(try Self.statuses(Self.cube(status: #""e""#)) == all)
        #expect(try Self.statuses(Self.cube(status: #"["e"]"#)) == all)
        #expect(
            try Self.statuses(Self.cube(status: #"["e", null, "p", "e", null, null]"#))
                == ["e", nil, "p", "e", nil, nil])
        #expect(
            try Self.statuses(Self.cube(status: #"{"2": "p", "0": "e"}"#))
                == ["e", nil, "p", nil, nil, nil])
        #expect(try Self.statuses(Self.cube()) == Array(repeating: nil, count: 6))
    }

    /// Numbers as JSONNumberText writes them: an integer's digits, the shortest decimal that
    /// reads back to the same Double, or the digits of one a Double cannot hold; never an
    /// exponent or a trailing `.0`. Text stays as it is written.
    @Test(arguments: [
        ("955", "955"), ("955.0", "955"), ("34880.5", "34880.5"), ("-12", "-12"), ("-0", "0"),
        ("2.50", "2.5"), ("1e3", "1000"), ("1E+2", "100"), ("1.5e-7", "0.00000015"),
        ("0.1", "0.1"), ("5.943826289", "5.943826289"),
        ("0.30000000000000004", "0.30000000000000004"),
        ("1e15", "1000000000000000"), ("1e16", "10000000000000000"), ("-2.5e-3", "-0.0025"),
        ("0.0", "0"), ("12345678901234567890", "12345678901234567890"),
        ("123456789012345678901234", "123456789012345678901234"),
        ("1.23456789012345678901234", "1.23456789012345678901234"), (#""1,5""#, "1,5"),
    ])
    func aNumberIsTheShortestDecimalThatReadsBack(written: String, text: String) throws {
        let values = try Self.values(
            Self.cube(
                value: "[\(written)]", a: #"{"index": ["x"]}"#, b: #"{"index": ["p"]}"#,
                size: "[1, 1]"))
        #expect(values == [text])
    }

    @Test func aCollectionGivesItsEmbeddedDatasetsInItemOrder() throws {
        let json =
            #"{"version": "2.0", "class": "collection", "link": {"item": ["#
            + Self.cube(value: "[1, 2, 3, 4, 5, 6]") + ", "
            + Self.cube(value: "[6, 5, 4, 3, 2, 1]") + "]}}"
        let datasets = try Self.read(json)
        var firsts: [String?] = []
        for dataset in datasets {
            dataset.forEachCell { position, _, value, _ in
                if position == 0 { firsts.append(value) }
            }
        }
        #expect(firsts == ["1", "6"])
    }

    @Test func theLimitsAreTheirsToSet() throws {
        let cube = Self.cube()
        #expect(try Self.read(cube, limits: JSONStatLimits(maxBytes: cube.utf8.count)).count == 1)
        #expect(try Self.read(cube, limits: JSONStatLimits(maxCells: 6)).count == 1)
        let defaults = JSONStatLimits()
        #expect(defaults.maxBytes == 64 * 1024 * 1024)
        #expect(defaults.maxCells == 50_000_000)
    }
}
