/// Where the firm-survey contract's columns are in one file's header. The header must name
/// each contract column exactly once and nothing else; the order is free.
struct FirmSurveyColumns: Sendable {
    /// The contract's header, in its order.
    static let names = [
        "survey_year", "firm_id", "region", "industry_ksic", "size_class", "employees",
        "sales_mwon", "rd_expenditure_mwon", "conducts_rd", "has_rd_center",
    ]

    /// The header as read (trimmed), for reject messages.
    let header: [String]
    let year: Int
    let firmID: Int
    let region: Int
    let industry: Int
    let size: Int
    let employees: Int
    let sales: Int
    let rdExpenditure: Int
    let conductsRD: Int
    let hasRDCenter: Int

    /// Maps `header`, read at `line` of `file`; a missing, repeated or unknown column is an
    /// error naming the file, line and (where there is one) the column.
    init(header: [String], file: String, line: Int) throws {
        let expected = Self.names.joined(separator: ",")
        var positions: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            guard Self.names.contains(name) else {
                throw SourceFileError(
                    file: file, line: line, column: index + 1,
                    message: "unexpected column \"\(name)\" (the firm-survey header is \(expected))"
                )
            }
            if positions[name] != nil {
                throw SourceFileError(
                    file: file, line: line, column: index + 1,
                    message: "column \"\(name)\" appears twice")
            }
            positions[name] = index
        }
        let missing = Self.names.filter { positions[$0] == nil }
        if !missing.isEmpty {
            throw SourceFileError(
                file: file, line: line,
                message: "no column \(missing.map { "\"\($0)\"" }.joined(separator: ", ")) "
                    + "(the firm-survey header is \(expected))")
        }
        self.header = header
        year = positions["survey_year"]!
        firmID = positions["firm_id"]!
        region = positions["region"]!
        industry = positions["industry_ksic"]!
        size = positions["size_class"]!
        employees = positions["employees"]!
        sales = positions["sales_mwon"]!
        rdExpenditure = positions["rd_expenditure_mwon"]!
        conductsRD = positions["conducts_rd"]!
        hasRDCenter = positions["has_rd_center"]!
    }

    /// The number of columns.
    var count: Int { header.count }
}
