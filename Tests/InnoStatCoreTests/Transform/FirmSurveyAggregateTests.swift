import Testing

@testable import InnoStatCore

struct FirmSurveyAggregateTests {
    typealias Counts = FirmSurveyCell.Counts

    static let cells = [
        FirmSurveyCell(
            year: 2000, region: "KR-11", size: .sme, loadID: 1,
            counts: Counts(
                responses: 4, rdAnswered: 3, conductingRD: 1, rdExpenditureReported: 4,
                rdExpenditure: 100, firstLine: 5)),
        FirmSurveyCell(
            year: 2000, region: "KR-11", size: .large, loadID: 1,
            counts: Counts(
                responses: 2, rdAnswered: 2, conductingRD: 2, rdExpenditureReported: 1,
                rdExpenditure: 50, firstLine: 2)),
        FirmSurveyCell(
            year: 2000, region: "KR-26", size: .sme, loadID: 2,
            counts: Counts(
                responses: 1, rdAnswered: 0, conductingRD: 0, rdExpenditureReported: 0,
                rdExpenditure: 0, firstLine: 2)),
    ]

    static func observation(
        _ measure: FirmSurveyAggregate, _ region: String, _ size: String, _ value: Double?,
        _ status: ObservationStatus, _ note: String?, origin: (Int64, Int)
    ) -> FirmSurveyObservation {
        FirmSurveyObservation(
            measure: measure.rawValue, region: region, year: 2000, size: size, value: value,
            status: status, note: note, originLoadID: origin.0, originLine: origin.1)
    }

    @Test func sharesAreOverTheResponsesThatAnswerAndRollUpToKRAndAll() {
        let observations = FirmSurveyAggregate.observations(
            from: Self.cells, measures: [.smeConductingRDShare])
        #expect(
            observations == [
                Self.observation(
                    .smeConductingRDShare, "KR", "SME", 100.0 / 3, .normal,
                    "2 of 5 responses do not say whether the firm conducts R&D", origin: (1, 5)),
                Self.observation(
                    .smeConductingRDShare, "KR-11", "SME", 100.0 / 3, .normal,
                    "1 of 4 responses do not say whether the firm conducts R&D", origin: (1, 5)),
                Self.observation(
                    .smeConductingRDShare, "KR-26", "SME", nil, .missing,
                    "no response says whether the firm conducts R&D", origin: (2, 2)),
            ])
    }

    @Test func expenditureIsALowerBoundWhereResponsesGiveNone() {
        let observations = FirmSurveyAggregate.observations(
            from: Self.cells, measures: [.rdExpenditure])
        let lowerBound = { (missing: Int, of: Int) in
            "lower bound: \(missing) of \(of) responses give no R&D expenditure"
        }
        #expect(
            observations == [
                Self.observation(
                    .rdExpenditure, "KR", "ALL", 150, .estimated, lowerBound(2, 7), origin: (1, 2)),
                Self.observation(
                    .rdExpenditure, "KR", "LARGE", 50, .estimated, lowerBound(1, 2), origin: (1, 2)),
                Self.observation(
                    .rdExpenditure, "KR", "SME", 100, .estimated, lowerBound(1, 5), origin: (1, 5)),
                Self.observation(
                    .rdExpenditure, "KR-11", "ALL", 150, .estimated, lowerBound(1, 6),
                    origin: (1, 2)),
                Self.observation(
                    .rdExpenditure, "KR-11", "LARGE", 50, .estimated, lowerBound(1, 2),
                    origin: (1, 2)),
                Self.observation(.rdExpenditure, "KR-11", "SME", 100, .normal, nil, origin: (1, 5)),
                Self.observation(
                    .rdExpenditure, "KR-26", "ALL", nil, .missing,
                    "no response gives an R&D expenditure", origin: (2, 2)),
                Self.observation(
                    .rdExpenditure, "KR-26", "SME", nil, .missing,
                    "no response gives an R&D expenditure", origin: (2, 2)),
            ])
    }

    @Test func responsesAreCountedPerSizeAndInTotal() {
        let observations = FirmSurveyAggregate.observations(
            from: Self.cells, measures: [.responses])
        #expect(
            observations.map { "\($0.region) \($0.size) \($0.value ?? -1)" } == [
                "KR ALL 7.0", "KR LARGE 2.0", "KR SME 5.0", "KR-11 ALL 6.0", "KR-11 LARGE 2.0",
                "KR-11 SME 4.0", "KR-26 ALL 1.0", "KR-26 SME 1.0",
            ])
        #expect(observations.allSatisfy { $0.status == .normal && $0.note == nil })
    }

    @Test func onlyTheDeclaredMeasuresInTheirOrder() {
        let observations = FirmSurveyAggregate.observations(
            from: Self.cells, measures: [.responses, .smeConductingRDShare])
        #expect(observations.count == 3 + 8)
        #expect(observations.first?.measure == "sme_conducting_rd_share")
        #expect(observations.last?.measure == "firm_survey_responses")
        #expect(
            FirmSurveyAggregate.observations(from: [], measures: FirmSurveyAggregate.allCases) == []
        )
    }

    @Test func tallyCountsResponsesPerYearRegionAndSize() {
        var tally = FirmSurveyTally()
        let seoul = FirmResponseParserTests.region("KR-11")
        let busan = FirmResponseParserTests.region("KR-26")
        tally.add(FirmResponse(year: 2001, region: busan, size: .sme, conductsRD: true), line: 2)
        tally.add(
            FirmResponse(
                year: 2000, region: seoul, size: .sme, rdExpenditure: 7, conductsRD: false),
            line: 3)
        tally.add(FirmResponse(year: 2000, region: seoul, size: .sme, rdExpenditure: 5), line: 4)
        tally.add(FirmResponse(year: 2000, region: seoul, size: .large), line: 5)
        #expect(
            tally.cells(loadID: 9) == [
                FirmSurveyCell(
                    year: 2000, region: "KR-11", size: .large, loadID: 9,
                    counts: Counts(responses: 1, firstLine: 5)),
                FirmSurveyCell(
                    year: 2000, region: "KR-11", size: .sme, loadID: 9,
                    counts: Counts(
                        responses: 2, rdAnswered: 1, conductingRD: 0, rdExpenditureReported: 2,
                        rdExpenditure: 12, firstLine: 3)),
                FirmSurveyCell(
                    year: 2001, region: "KR-26", size: .sme, loadID: 9,
                    counts: Counts(responses: 1, rdAnswered: 1, conductingRD: 1, firstLine: 2)),
            ])
    }
}
