import CSVStream
import Testing

@testable import InnoStatCore

struct FirmResponseParserTests {
    static let header = FirmSurveyColumns.names.joined(separator: ",")

    /// Parses the one data row of `header` + `row`.
    static func parse(
        _ row: String, header: String = header, codeSystem: RegionCodeSystem = .kostat
    ) throws -> (response: FirmResponse?, rejects: [Reject]) {
        let reader = CSVReader(bytes: Array("\(header)\n\(row)\n".utf8), displayPath: "f.csv")
        var parser: FirmResponseParser?
        var outcome: (FirmResponse?, [Reject]) = (nil, [])
        try reader.forEachRecord { record in
            guard var current = parser else {
                let columns = try FirmSurveyColumns(
                    header: record.fields, file: "f.csv", line: record.line)
                parser = FirmResponseParser(columns: columns, codeSystem: codeSystem)
                return
            }
            var response = FirmResponse()
            var rejects: [Reject] = []
            let accepted = current.parse(record, into: &response, rejects: &rejects)
            #expect(accepted == rejects.isEmpty)
            outcome = (accepted ? response : nil, rejects)
            parser = current
        }
        return outcome
    }

    static func region(_ code: String) -> Int {
        RegionCatalog.korea.regions.firstIndex { $0.code == code }!
    }

    struct Accepted: Sendable, CustomTestStringConvertible {
        let row: String
        let expected: FirmResponse
        var testDescription: String { row }
    }

    static let accepted: [Accepted] = [
        Accepted(
            row: "1993,F00000000,Chungbuk,C10,SME,118,16992,0,N,N",
            expected: FirmResponse(
                year: 1993, region: region("KR-43"), size: .sme, hasIndustry: true,
                employees: 118, sales: 16992, rdExpenditure: 0, conductsRD: false,
                hasRDCenter: false)),
        Accepted(
            row: "2000,F1,경기도,C26,LARGE,\"1,234\",\"12,345,678\",-,1,0",
            expected: FirmResponse(
                year: 2000, region: region("KR-41"), size: .large, hasIndustry: true,
                employees: 1234, sales: 12_345_678, rdExpenditure: nil, conductsRD: true,
                hasRDCenter: false)),
        Accepted(
            row: "2001,F2,26,J58,SME,5,400,20,Y,Y",
            expected: FirmResponse(
                year: 2001, region: region("KR-31"), size: .sme, hasIndustry: true, employees: 5,
                sales: 400, rdExpenditure: 20, conductsRD: true, hasRDCenter: true)),
        Accepted(
            row: "2001,F3,Kyonggi-do,-,sme,-,,-,-,",
            expected: FirmResponse(
                year: 2001, region: region("KR-41"), size: .sme, hasIndustry: false)),
        Accepted(
            row: " 2002 , F4 , Soul , M70 , large , 10 , 100 , 1 , y , n ",
            expected: FirmResponse(
                year: 2002, region: region("KR-11"), size: .large, hasIndustry: true,
                employees: 10, sales: 100, rdExpenditure: 1, conductsRD: true,
                hasRDCenter: false)),
        Accepted(
            row: "2012,F5,세종특별자치시,C20,Small and medium enterprises,1,2,3,Y,N,",
            expected: FirmResponse(
                year: 2012, region: region("KR-50"), size: .sme, hasIndustry: true,
                employees: 1, sales: 2, rdExpenditure: 3, conductsRD: true, hasRDCenter: false)),
    ]

    @Test(arguments: accepted)
    func readsAResponse(_ testCase: Accepted) throws {
        let (response, rejects) = try Self.parse(testCase.row)
        #expect(rejects == [])
        #expect(response == testCase.expected)
    }

    @Test func readsColumnsInAnyOrder() throws {
        let header = FirmSurveyColumns.names.reversed().joined(separator: ",")
        let (response, _) = try Self.parse("Y,N,7,100,10,SME,C10,Daegu,F1,2020", header: header)
        #expect(
            response
                == FirmResponse(
                    year: 2020, region: Self.region("KR-27"), size: .sme, hasIndustry: true,
                    employees: 10, sales: 100, rdExpenditure: 7, conductsRD: false,
                    hasRDCenter: true))
    }

    @Test func readsBareNumbersInTheDeclaredCodeSystem() throws {
        let row = "2001,F2,26,J58,SME,5,400,20,Y,Y"
        #expect(try Self.parse(row, codeSystem: .kostat).response?.region == Self.region("KR-31"))
        #expect(
            try Self.parse(row, codeSystem: .administrative).response?.region
                == Self.region("KR-26"))
    }

    struct Refused: Sendable, CustomTestStringConvertible {
        let row: String
        /// column, raw text, reason, message; column 0 for the whole record.
        let rejects: [(Int, String, Reject.Reason, String)]
        var testDescription: String { row }
    }

    static let refused: [Refused] = [
        Refused(
            row: "19x3,F1,Seoul,C10,SME,1,1,1,Y,Y",
            rejects: [(1, "19x3", .badPeriod, "\"19x3\" is not a year (YYYY)")]),
        Refused(
            row: "-,F1,Seoul,C10,SME,1,1,1,Y,Y",
            rejects: [(1, "-", .missingDimension, "survey_year is missing")]),
        Refused(
            row: "1993, ,Seoul,C10,SME,1,1,1,Y,Y",
            rejects: [(2, " ", .missingDimension, "firm_id is missing")]),
        Refused(
            row: "1993,F1,,C10,SME,1,1,1,Y,Y",
            rejects: [(3, "", .missingDimension, "region is missing")]),
        Refused(
            row: "1993,F1,Kyongi,C10,SME,1,1,1,Y,Y",
            rejects: [
                (
                    3, "Kyongi", .unknownRegion,
                    "unknown region \"Kyongi\" (closest: Kyonggi, Kyunggi, Gyeonggi)"
                )
            ]),
        Refused(
            row: "1993,F1,SU,C10,SME,1,1,1,Y,Y",
            rejects: [(3, "SU", .unknownRegion, "unknown region \"SU\" (closest: Soul, ROK, KOR)")]
        ),
        Refused(
            row: "1993,F1,전국,C10,SME,1,1,1,Y,Y",
            rejects: [
                (
                    3, "전국", .unknownRegion,
                    "\"전국\" is the whole country, not the province of one firm"
                )
            ]),
        Refused(
            row: "1993,F1,Seoul,C1,SME,1,1,1,Y,Y",
            rejects: [
                (
                    4, "C1", .unexpectedValue,
                    "\"C1\" is not a KSIC code (a letter A-U and 2 to 5 digits)"
                )
            ]),
        Refused(
            row: "1993,F1,Seoul,C10,ALL,1,1,1,Y,Y",
            rejects: [
                (5, "ALL", .unknownSize, "\"ALL\" is not the size of one firm (LARGE or SME)")
            ]
        ),
        Refused(
            row: "1993,F1,Seoul,C10,huge,1,1,1,Y,Y",
            rejects: [
                (5, "huge", .unknownSize, "unknown firm size \"huge\" (closest: LARGE, SME, ALL)")
            ]),
        Refused(
            row: "1993,F1,Seoul,C10,-,1,1,1,Y,Y",
            rejects: [(5, "-", .missingDimension, "size_class is missing")]),
        Refused(
            row: "1993,F1,Seoul,C10,SME,\"1,2,3\",1,1,Y,Y",
            rejects: [(6, "1,2,3", .notANumber, "\"1,2,3\" is not a whole number")]),
        Refused(
            row: "1993,F1,Seoul,C10,SME,1,1000000000000000,1,Y,Y",
            rejects: [
                (7, "1000000000000000", .notANumber, "\"1000000000000000\" has more than 15 digits")
            ]),
        Refused(
            row: "1993,F1,Seoul,C10,SME,1,1,-3,Y,Y",
            rejects: [(8, "-3", .notANumber, "\"-3\" is not a whole number")]),
        Refused(
            row: "1993,F1,Seoul,C10,SME,1,1,1,maybe,Y",
            rejects: [(9, "maybe", .unexpectedValue, "\"maybe\" is not a flag (Y/N or 1/0)")]),
        Refused(
            row: "1993,F1,Seoul,C10,SME,1,1,1,Y,2",
            rejects: [(10, "2", .unexpectedValue, "\"2\" is not a flag (Y/N or 1/0)")]),
        Refused(
            row: "93,F1,Atlantis,C10,SME,x,1,1,Y,Y",
            rejects: [
                (1, "93", .badPeriod, "\"93\" is not a year (YYYY)"),
                (
                    3, "Atlantis", .unknownRegion,
                    "unknown region \"Atlantis\" (closest: National, Nationwide, Total)"
                ),
                (6, "x", .notANumber, "\"x\" is not a whole number"),
            ]),
        Refused(
            row: "1993,F1,Seoul",
            rejects: [
                (0, "1993,F1,Seoul", .raggedRow, "the record has 3 fields, the header has 10")
            ]
        ),
        Refused(
            row: "1993,F1,Seoul,C10,SME,1,1,1,Y,Y,extra",
            rejects: [
                (
                    0, "1993,F1,Seoul,C10,SME,1,1,1,Y,Y,extra", .raggedRow,
                    "the record has 11 fields, the header has 10"
                )
            ]),
    ]

    @Test(arguments: refused)
    func refusesWithOneRejectPerBadField(_ testCase: Refused) throws {
        let (response, rejects) = try Self.parse(testCase.row)
        #expect(response == nil)
        let expected = testCase.rejects.map { column, raw, reason, message in
            Reject(
                line: 2, column: column == 0 ? nil : column,
                columnName: column == 0 ? nil : FirmSurveyColumns.names[column - 1],
                rawText: raw, reason: reason, message: message)
        }
        #expect(rejects == expected)
    }

    @Test func placesARejectOnTheLineWhereItsFieldStarts() throws {
        let (_, rejects) = try Self.parse("1993,\"F\n1\",Seoul,C10,SME,1,1,x,Y,Y")
        #expect(rejects.map(\.line) == [3])
        #expect(rejects.map(\.column) == [8])
    }
}
