import SQLiteStore
import Testing

@testable import InnoStatCore

/// `--param`: values typed as they are written, every parameter bound exactly once.
struct QueryParametersTests {
    @Test(arguments: [
        ("7", DatabaseValue.integer(7)), ("-2", .integer(-2)), ("0", .integer(0)),
        ("0.5", .real(0.5)), ("1e3", .real(1000)), ("-1.25E-2", .real(-0.0125)),
        ("007", .text("007")), ("00.5", .text("00.5")), ("KR-11", .text("KR-11")),
        ("+7", .text("+7")), (".5", .text(".5")), ("5.", .text("5.")), ("1e", .text("1e")),
        ("inf", .text("inf")), ("nan", .text("nan")), ("0x10", .text("0x10")), (" 7", .text(" 7")),
        ("", .text("")), ("99999999999999999999", .text("99999999999999999999")),
        ("1e999", .text("1e999")), ("٣", .text("٣")),
    ])
    func typesAValueAsWritten(text: String, value: DatabaseValue) {
        #expect(QueryParameters.value(of: text) == value)
    }

    struct Mistake: Sendable, CustomTestStringConvertible {
        let sql: String
        let arguments: [String]
        let error: String
        var testDescription: String { error }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            sql: "SELECT :code", arguments: [],
            error: "the SQL's parameter :code has no value (--param code=VALUE)"),
        Mistake(
            sql: "SELECT :a, $b", arguments: ["a=1"],
            error: "the SQL's parameter $b has no value (--param b=VALUE)"),
        Mistake(
            sql: "SELECT ?", arguments: [],
            error:
                "the SQL has a positional parameter (?) that --param cannot bind; name it (:name)"),
        Mistake(
            sql: "SELECT ?2", arguments: [],
            error:
                "the SQL has a positional parameter (?) that --param cannot bind; name it (:name)"),
        Mistake(
            sql: "SELECT :y", arguments: ["y=1", "y=2"], error: "--param y is given more than once"),
        Mistake(
            sql: "SELECT :y", arguments: ["y=1", ":y=2"], error: "--param y is given more than once"
        ),
        Mistake(sql: "SELECT :y", arguments: ["y"], error: "--param takes NAME=VALUE, got \"y\""),
        Mistake(sql: "SELECT :y", arguments: ["=1"], error: "--param takes NAME=VALUE, got \"=1\""),
        Mistake(
            sql: "SELECT :y", arguments: ["y=1", "z=2"], error: "the SQL has no parameter :z"),
    ]

    @Test(arguments: mistakes)
    func refusesWhatWouldBindNothingOrTwice(_ mistake: Mistake) throws {
        let database = try Database(path: ":memory:")
        let statement = try database.prepare(mistake.sql)
        let error = try #require(throws: QueryParameters.Mistake.self) {
            try QueryParameters(arguments: mistake.arguments).bind(to: statement)
        }
        #expect(error.description == mistake.error)
    }

    @Test func bindsEveryNamedParameter() throws {
        let database = try Database(path: ":memory:")
        let statement = try database.prepare("SELECT :code, typeof(:code), @n, $x, typeof($x)")
        try QueryParameters(arguments: ["code=007", "n=KR-11", "x=7"]).bind(to: statement)
        #expect(try statement.step())
        #expect(statement.row == ["007", "text", "KR-11", 7, "integer"])
    }
}
