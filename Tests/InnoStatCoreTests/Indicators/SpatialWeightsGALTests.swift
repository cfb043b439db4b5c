import Foundation
import Testing

@testable import InnoStatCore

/// Reading GAL files: the reference files, the header forms, islands, and every broken line
/// refused with its line number.
struct SpatialWeightsGALTests {
    static func read(_ text: String, islands: SpatialWeights.IslandPolicy = .error) throws
        -> SpatialWeights
    {
        try SpatialWeights.readGAL(Data(text.utf8), file: "w.gal", islands: islands)
    }

    @Test func readsStLouis() throws {
        let weights = try RegionalScienceFixture.weights("stl/stl.gal")
        #expect(weights.count == 78)
        #expect(weights.ids == (1...78).map(String.init))
        // "1 3" / "7 3 6"; the last record "78 4" / "75 71 74 70".
        #expect(weights.neighbours[0].map { weights.ids[$0] } == ["7", "3", "6"])
        #expect(weights.neighbours[77].map { weights.ids[$0] } == ["75", "71", "74", "70"])
        #expect(weights.neighbours.map(\.count).reduce(0, +) == 398)
        #expect(weights.isSymmetric)
        #expect(weights.source == "stl.gal")
    }

    @Test func readsMexicoWithItsTrailingBlanksAndOrder() throws {
        // Records in the order 0…9, 11, 10, …, 22, 24, 23, …; each line padded with blanks.
        let weights = try RegionalScienceFixture.weights("mexico/mexico.gal")
        #expect(weights.count == 32)
        #expect(Array(weights.ids[9...12]) == ["9", "11", "10", "12"])
        #expect(weights.neighbours.map(\.count).reduce(0, +) == 140)
        #expect(weights.isSymmetric)
        let ordered = try weights.reordered(as: (0..<32).map(String.init))
        #expect(ordered.neighbours[0].map { ordered.ids[$0] } == ["31", "13"])
    }

    @Test(arguments: ["2\n", "0 2\n", "0 2 states.shp POLY_ID\n"])
    func headerForms(_ header: String) throws {
        let weights = try Self.read(header + "a 1\nb\nb 1\na\n")
        #expect(weights.ids == ["a", "b"])
        #expect(weights.neighbours == [[1], [0]])
    }

    @Test func windowsLineEndingsAndTrailingBlankLines() throws {
        let weights = try Self.read("2\r\na 1\r\nb\r\nb 1\r\na\r\n\r\n\n")
        #expect(weights.neighbours == [[1], [0]])
    }

    @Test func excludedIslandsTakeTheRegionsLeftAloneWithThem() throws {
        // c has no neighbour; a lists only c, so a goes too; b (listing a) goes next; d–e stay.
        let weights = try Self.read(
            "5\na 1\nc\nb 1\na\nc 0\n\nd 1\ne\ne 1\nd\n", islands: .exclude)
        #expect(weights.ids == ["d", "e"])
        #expect(weights.excluded == ["a", "b", "c"])
        #expect(weights.neighbours == [[1], [0]])
    }

    @Test func aLastIslandMayEndTheFile() throws {
        let weights = try Self.read("3\na 1\nb\nb 1\na\nc 0", islands: .exclude)
        #expect(weights.excluded == ["c"])
    }

    static let mistakes: [(text: String, message: String)] = [
        ("", "w.gal:1: expected a header \"n\" or \"0 n\", found \"\""),
        ("1 2\n", "w.gal:1: expected a header \"n\" or \"0 n\", found \"1 2\""),
        ("x\n", "w.gal:1: \"x\" is not a number of regions"),
        ("0\n", "w.gal:1: \"0\" is not a number of regions"),
        ("99999999999999999999\n", "w.gal:1: \"99999999999999999999\" is not a number of regions"),
        ("2\na 1\nb\n", "w.gal:1: the header declares 2 regions, the file has 1"),
        ("2\na 1\nb c\nb 1\na\n", "w.gal:3: region \"a\" declares 1 neighbour(s) but lists 2"),
        ("2\na 1\n", "w.gal:2: region \"a\" declares 1 neighbour(s) but lists 0"),
        ("2\na x\nb\n", "w.gal:2: \"x\" is not a number of neighbours"),
        ("2\na -1\nb\n", "w.gal:2: \"-1\" is not a number of neighbours"),
        (
            "2\na 5\nb\n",
            "w.gal:2: region \"a\" declares 5 neighbour(s), more than the 1 other region(s)"
        ),
        (
            "2\na\nb\n",
            "w.gal:2: expected a region's id and its number of neighbours, found \"a\""
        ),
        (
            "2\na 1\nb\n\nb 1\na\n",
            "w.gal:4: expected a region's id and its number of neighbours, found \"\""
        ),
        ("2\na 1\nb\na 1\na\n", "w.gal:4: region \"a\" appears again (first on line 2)"),
        (
            "2\na 1\nz\nb 1\na\n",
            "w.gal:3: neighbour \"z\" of region \"a\" is not a region of the file"
        ),
        ("2\na 1\na\nb 1\na\n", "w.gal:3: region \"a\" lists itself as a neighbour"),
        ("3\na 2\nb b\nb 1\na\nc 1\na\n", "w.gal:3: region \"a\" lists neighbour \"b\" twice"),
        (
            "2\na 1\nb\nb 0\n\n",
            "w.gal:4: region \"b\" has no neighbour: an island needs islands: .exclude"
        ),
        ("2\na 1\nb\nb 1\na\nc 1\na\n", "w.gal:6: more records than the 2 the header declares"),
        (
            "2\na 1\nb\nb 1\na\u{1b}[2J\n",
            "w.gal:5: neighbour \"a\\x1b[2J\" of region \"b\" is not a region of the file"
        ),
        (
            "2\na 1\nb\u{7}\nb 1\na\n",
            "w.gal:3: neighbour \"b\\x07\" of region \"a\" is not a region of the file"
        ),
    ]

    @Test(arguments: mistakes)
    func brokenFilesNameTheLine(text: String, message: String) {
        let error = #expect(throws: SourceFileError.self) { try Self.read(text) }
        #expect(error?.description == message)
    }

    @Test func aFileOverTheLimitIsRefusedBeforeReading() {
        let error = #expect(throws: SourceFileError.self) {
            try SpatialWeights.readGAL(
                Data("2\na 1\nb\nb 1\na\n".utf8), file: "w.gal", maxBytes: 10)
        }
        #expect(error?.description == "w.gal: more than 10 bytes: over the limit for a GAL file")
    }

    @Test func textThatIsNotUTF8IsRefused() {
        let error = #expect(throws: SourceFileError.self) {
            try SpatialWeights.readGAL(Data([0x32, 0x0A, 0xFF, 0xFE]), file: "w.gal")
        }
        #expect(error?.description == "w.gal: not UTF-8 text")
    }

    @Test func aMissingFileCannotBeOpened() {
        let error = #expect(throws: SourceFileError.self) {
            try SpatialWeights.readGAL(path: "/nonexistent/w.gal", file: "w.gal")
        }
        #expect(error?.description == "w.gal: cannot be opened")
    }

    /// Damaged copies of stl.gal are read or refused with a line, never anything else.
    @Test func damagedFilesAreReadOrRefused() throws {
        let original = Array(try Fixtures.data("regional-science/stl/stl.gal"))
        var generator = SplitMix64(seed: 7)
        let alphabet = Array("0123456789 \n\r-x".utf8)
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<(1 + generator.bounded(4)) {
                let position = generator.bounded(bytes.count)
                switch generator.bounded(3) {
                case 0: bytes[position] = alphabet[generator.bounded(alphabet.count)]
                case 1: bytes.remove(at: position)
                default: bytes.insert(alphabet[generator.bounded(alphabet.count)], at: position)
                }
            }
            do {
                let weights = try SpatialWeights.readGAL(
                    Data(bytes), file: "stl.gal", islands: .exclude)
                #expect(weights.neighbours.allSatisfy { !$0.isEmpty })
            } catch {
                #expect(error.description.hasPrefix("stl.gal:"))
            }
        }
    }
}
