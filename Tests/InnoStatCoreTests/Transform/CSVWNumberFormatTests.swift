import CSVStream
import Foundation
import Testing

@testable import InnoStatCore

/// W3C CSVW number-format and null tests (Fixtures/w3c-csvw, see ORIGIN.md and COPIED.md) as
/// oracles for ValueParser: every cell of a numeric column, read from the test's CSV, must
/// read as the number CSVW's expected JSON gives, or be refused where CSVW refuses it, or be
/// missing where CSVW gives null, unless a deviation below says why the policy (thousands
/// grouped by three, `.` as the decimal point, a trailing `%` only, no exponents) differs.
struct CSVWNumberFormatTests {
    /// How a cell reads: as a number, as missing, or not at all.
    enum Reading: Equatable, CustomStringConvertible {
        case number(Double)
        case missing
        case refused

        var description: String {
            switch self {
            case .number(let value): "\(value)"
            case .missing: "missing"
            case .refused: "refused"
            }
        }

        func matches(_ other: Reading) -> Bool {
            guard case .number(let a) = self, case .number(let b) = other else {
                return self == other
            }
            return a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
        }
    }

    struct Deviation {
        let ours: Reading
        let why: String
    }

    static let exponent = "exponents are refused: statistical tables do not write them"
    static let special = "NaN and INF are not figures; a missing figure is a missing mark"
    static let integerType =
        "no integer datatype or per-column pattern: a figure may carry decimals whatever the "
        + "column, and `10.10` is 10.1"
    static let decimalComma =
        "one convention only, `,` grouping by three and `.` as the decimal point: `10.000,1` "
        + "and `1,1` are refused, never guessed"
    static let groupsOfThree = "thousands separators group by three: `12,34,567` is refused"
    static let fractionGroups = "no grouping after the decimal point: `12.24,5` is refused"
    static let perMille =
        "only a trailing `%` is read (it must meet a percent measure); `‰` and a leading `%` are "
        + "refused"
    static let nullToken =
        "no per-table null token: `NULL` is refused; the missing marks are `-`, `…`, `x`, `..` "
        + "and empty"

    /// Cells the policy reads otherwise than CSVW on purpose, by `test: raw`.
    static let deviations: [String: Deviation] = [
        "test155: 0.0e0": Deviation(ours: .refused, why: exponent),
        "test155: 10.10e1": Deviation(ours: .refused, why: exponent),
        "test155: NaN": Deviation(ours: .refused, why: special),
        "test155: INF": Deviation(ours: .refused, why: special),
        "test155: -INF": Deviation(ours: .refused, why: special),
        "test157: 10.1": Deviation(ours: .number(10.1), why: integerType),
        "test157: 10.10": Deviation(ours: .number(10.1), why: integerType),
        "test158: 0.0E0": Deviation(ours: .refused, why: exponent),
        "test158: 10.10E1": Deviation(ours: .refused, why: exponent),
        "test158: 10.000,1": Deviation(ours: .refused, why: decimalComma),
        "test158: 1,1": Deviation(ours: .refused, why: decimalComma),
        "test160: 10.1": Deviation(ours: .number(10.1), why: integerType),
        "test160: 10.10": Deviation(ours: .number(10.1), why: integerType),
        "test161: 10.1": Deviation(ours: .number(10.1), why: integerType),
        "test163: 3.2": Deviation(ours: .number(3.2), why: integerType),
        "test171: 123456.789‰": Deviation(ours: .refused, why: perMille),
        "test282: 12,34,567": Deviation(ours: .refused, why: groupsOfThree),
        "test282: 12.24,5": Deviation(ours: .refused, why: fractionGroups),
        "test283: %123": Deviation(ours: .refused, why: perMille),
        "test283: ‰123": Deviation(ours: .refused, why: perMille),
        "test283: 123‰": Deviation(ours: .refused, why: perMille),
        "test283: %+123": Deviation(ours: .refused, why: perMille),
        "test283: ‰+123": Deviation(ours: .refused, why: perMille),
        "test283: +123‰": Deviation(ours: .refused, why: perMille),
        "test283: %-123": Deviation(ours: .refused, why: perMille),
        "test283: ‰-123": Deviation(ours: .refused, why: perMille),
        "test283: -123‰": Deviation(ours: .refused, why: perMille),
        "test284: 1,23,456": Deviation(ours: .refused, why: groupsOfThree),
        "test285: 1.199,9": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.199,99": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.199,999": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.129,9": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.129,99": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.129,999": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.123,9": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.123,99": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.123,999": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.123,4": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.123,49": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.123,499": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.123,45": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.123,459": Deviation(ours: .refused, why: fractionGroups),
        "test285: 1.123,456": Deviation(ours: .refused, why: fractionGroups),
        "test126: NULL": Deviation(ours: .refused, why: nullToken),
    ]

    static let tests = [
        "test125", "test126", "test155", "test156", "test157", "test158", "test159", "test160",
        "test161", "test162", "test163", "test164", "test165", "test166", "test167", "test168",
        "test169", "test170", "test171", "test181", "test282", "test283", "test284", "test285",
    ]

    static let numericTypes: Set = [
        "integer", "decimal", "double", "float", "number", "long", "int", "short", "byte",
        "nonNegativeInteger", "positiveInteger", "unsignedLong", "unsignedInt", "unsignedShort",
        "unsignedByte", "nonPositiveInteger", "negativeInteger",
    ]

    /// One numeric cell: its raw text, CSVW's reading and ours.
    struct Cell {
        let key: String
        let column: String
        let csvw: Reading
        let ours: Reading
    }

    static func json(_ relative: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Fixtures.data(relative))
        return try #require(object as? [String: Any])
    }

    static func ours(_ raw: String) -> Reading {
        guard case .success(let parsed) = ValueParser.parse(raw) else { return .refused }
        guard let value = parsed.value else { return .missing }
        return .number(parsed.isPercent ? value / 100 : value)
    }

    /// CSVW keeps a cell it refuses as its string, gives a number for one it reads, and
    /// leaves the key out for null; NaN and INF, which JSON cannot hold, come as strings too
    /// and are values of double, float and number columns.
    static func csvw(_ expected: Any?, raw: String, type: String) -> Reading {
        if let number = expected as? NSNumber, !(expected is String) {
            return .number(number.doubleValue)
        }
        guard let text = expected as? String else { return .missing }
        let special = ["NaN": Double.nan, "INF": .infinity, "-INF": -.infinity]
        if ["double", "float", "number"].contains(type), let value = special[text] {
            return .number(value)
        }
        return .refused
    }

    static func cells(of test: String) throws -> [Cell] {
        let metadata = try json("w3c-csvw/tests/\(test)-metadata.json")
        let table = (metadata["tables"] as? [[String: Any]])?.first ?? metadata
        let schema = try #require(table["tableSchema"] as? [String: Any])
        let columns = try #require(schema["columns"] as? [[String: Any]])
        let rows = try CSVReader(path: Fixtures.path("w3c-csvw/tests/\(test).csv")).readAll()
        let result = try json("w3c-csvw/tests/\(test).json")
        let expectedRows = try #require(
            ((result["tables"] as? [[String: Any]])?.first?["row"] as? [[String: Any]])?.map {
                ($0["describes"] as? [[String: Any]])?.first ?? [:]
            })
        try #require(expectedRows.count == rows.count - 1)
        var cells: [Cell] = []
        for (index, column) in columns.enumerated() {
            let datatype = column["datatype"]
            let type = datatype as? String ?? (datatype as? [String: Any])?["base"] as? String
            guard let type, numericTypes.contains(type) else { continue }
            let title = column["titles"] as? String ?? ""
            let name = column["name"] as? String ?? title
            for (row, expected) in zip(rows.dropFirst(), expectedRows) {
                let raw = row[index]
                cells.append(
                    Cell(
                        key: "\(test): \(raw)", column: title,
                        csvw: csvw(expected[name], raw: raw, type: type), ours: ours(raw)))
            }
        }
        return cells
    }

    @Test(arguments: tests)
    func valueParserReadsAsCSVW(test: String) throws {
        let cells = try Self.cells(of: test)
        #expect(!cells.isEmpty)
        for cell in cells {
            if let deviation = Self.deviations[cell.key] {
                #expect(!cell.ours.matches(cell.csvw), "\(cell.key) now agrees with CSVW")
                #expect(cell.ours.matches(deviation.ours), "\(cell.key) (\(cell.column))")
            } else {
                #expect(
                    cell.ours.matches(cell.csvw),
                    "\(cell.key) (\(cell.column)): CSVW \(cell.csvw), ours \(cell.ours)")
            }
        }
    }

    /// The deviations name real cells, and the tally of agreeing cells stays as documented.
    @Test func tallyOfTheSuite() throws {
        let cells = try Self.tests.flatMap(Self.cells(of:))
        #expect(Set(Self.deviations.keys).isSubset(of: Set(cells.map(\.key))))
        let deviating = cells.filter { Self.deviations[$0.key] != nil }
        #expect(cells.count == 248)
        #expect(deviating.count == 74)
    }
}
