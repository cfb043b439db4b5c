import Testing

@testable import InnoStatCore

struct FirmSurveyColumnsTests {
    static let expected = FirmSurveyColumns.names.joined(separator: ",")

    @Test func mapsTheContractHeaderInAnyOrder() throws {
        let columns = try FirmSurveyColumns(
            header: FirmSurveyColumns.names.reversed(), file: "f.csv", line: 1)
        #expect(columns.year == 9)
        #expect(columns.hasRDCenter == 0)
        #expect(columns.region == 7)
        #expect(columns.count == 10)
    }

    @Test(arguments: [
        (
            ["survey_year", "firm_id", "region_code"],
            "f.csv:1:3: unexpected column \"region_code\" (the firm-survey header is \(expected))"
        ),
        (
            Array(FirmSurveyColumns.names.dropLast()),
            "f.csv:1: no column \"has_rd_center\" (the firm-survey header is \(expected))"
        ),
        (
            ["survey_year", "firm_id"],
            "f.csv:1: no column \"region\", \"industry_ksic\", \"size_class\", \"employees\", "
                + "\"sales_mwon\", \"rd_expenditure_mwon\", \"conducts_rd\", \"has_rd_center\" "
                + "(the firm-survey header is \(expected))"
        ),
        (FirmSurveyColumns.names + ["firm_id"], "f.csv:1:11: column \"firm_id\" appears twice"),
    ])
    func refusesAHeaderThatIsNotTheContracts(header: [String], message: String) {
        let error = #expect(throws: SourceFileError.self) {
            try FirmSurveyColumns(header: header, file: "f.csv", line: 1)
        }
        #expect(error?.description == message)
    }
}
