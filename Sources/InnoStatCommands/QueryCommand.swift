import ArgumentParser
import InnoStatCore
import SQLiteStore

struct QueryCommand: ParsableCommand {
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

    func run() throws {
        let bindings: QueryParameters
        do {
            bindings = try QueryParameters(arguments: parameters)
        } catch {
            StandardError.write("\(error)")
            throw ExitCodes.usage
        }
        do {
            let database = try Warehouse.openReadOnly(path: warehouse.warehouse)
            let statement = try database.prepare(sql)
            if !statement.isReadOnly {
                StandardError.write("the warehouse is read-only here: refused `\(sql)`")
                throw ExitCodes.failed
            }
            do {
                try bindings.bind(to: statement)
            } catch let mistake as QueryParameters.Mistake {
                StandardError.write(mistake.description)
                throw ExitCodes.usage
            }
            let columns = (0..<statement.columnCount).map { statement.columnName(at: $0) }
            var rows: [[DatabaseValue]] = []
            while try statement.step() { rows.append(statement.row) }
            print(QueryRenderer(columns: columns, rows: rows).render(format), terminator: "")
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardError.write("\(error)")
            throw ExitCodes.failed
        }
    }
}
