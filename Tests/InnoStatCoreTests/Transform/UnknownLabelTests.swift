import CSVStream
import Testing

@testable import InnoStatCore

/// An unknown region, sector or firm size is refused with the closest known names.
struct UnknownLabelTests {
    static let pipeline = """
        source: {id: s, publisher: P, title: T}
        inputs: [a.csv]
        columns: {period: period, value: value, region: region, sector: sector, size: size}
        defaults: {measure: m}
        measures:
          m: {name: M, unit: percent}
        """

    struct Case: Sendable, CustomTestStringConvertible {
        let row: String
        let column: Int
        let message: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(
            row: "2010,Kyongi,government,all,1", column: 2,
            message: "unknown region \"Kyongi\" (closest: Kyonggi, Kyunggi, Gyeonggi)"),
        Case(
            row: "2010,Seoul,goverment,all,1", column: 3,
            message: "unknown sector \"goverment\" (closest: Government, gov't, GOV)"),
        Case(
            row: "2010,Seoul,government,smes firms,1", column: 4,
            message: "unknown firm size \"smes firms\" (closest: All firms, Large firms, SMEs)"),
    ]

    @Test(arguments: cases)
    func namesTheClosestKnownLabels(_ testCase: Case) throws {
        let spec = try PipelineSpec.parse(
            yaml: Self.pipeline, file: "Pipelines/x.yaml", defaultName: "x")
        let text = "period,region,sector,size,value\n\(testCase.row)\n"
        var outcome: RowMapper.Outcome?
        var mapper: RowMapper?
        try CSVReader(bytes: Array(text.utf8), displayPath: "a.csv").forEachRecord { record in
            if mapper != nil {
                outcome = mapper!.map(record)
            } else {
                mapper = try RowMapper(spec: spec, header: record.fields, file: "a.csv")
            }
        }
        guard case .rejected(let rejects) = outcome else {
            Issue.record("not rejected: \(String(describing: outcome))")
            return
        }
        #expect(rejects.map(\.message) == [testCase.message])
        #expect(rejects.map(\.column) == [testCase.column])
    }
}
