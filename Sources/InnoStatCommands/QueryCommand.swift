import ArgumentParser
import InnoStatCore
import SQLiteStore

struct QueryCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run one read-only SQL statement against the warehouse.",
        discussion: """
            The warehouse is opened read-only: a statement that writes, ATTACH, DETACH and a \
            PRAGMA given a value are refused (exit 1); so is more than one statement. Every \
            parameter of the SQL takes exactly one --param (a number only when written as one: \
            7, -0.5, 1e3; 007 is text); one missing, repeated or unused is a usage error (exit 64).
            """)

    @OptionGroup var warehouse: WarehouseOption
    @Option(help: "table, csv (with a header row), json or markdown.")
    var format: QueryFormat = .table
    @Option(
        name: .customLong("param"),
        help: "Bind a parameter: NAME=VALUE (repeatable; :NAME in SQL).")
    var parameters: [String] = []
    @Argument(help: "The SQL statement.") var sql: String

    func execute(_: StandardErrorSink) throws {
        let bindings = try QueryParameters(arguments: parameters)
        let database = try Warehouse.openReadOnly(path: warehouse.warehouse)
        let statement = try database.prepare(sql)
        if !statement.isReadOnly {
            throw CommandFailure(lines: ["the warehouse is read-only here: refused `\(sql)`"])
        }
        try bindings.bind(to: statement)
        let columns = (0..<statement.columnCount).map { statement.columnName(at: $0) }
        var rows: [[DatabaseValue]] = []
        while try statement.step() { rows.append(statement.row) }
        print(QueryRenderer(columns: columns, rows: rows).render(format), terminator: "")
    }
}
