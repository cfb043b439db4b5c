import Testing

@testable import InnoStatCore

struct JumpDetectorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let values: [Double]
        /// Indexes of points already in the warehouse (compared with, never failed).
        var warehouse: Set<Int> = []
        /// (failing index, reference index, reference follows).
        let jumps: [[Int]]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "Seoul's dropped digit fails; the year after is compared with 2018 and passes",
            values: [131697, 134754, 13449, 144320, 162043], jumps: [[2, 1, 0]]),
        Case(name: "a smooth series passes", values: [100, 150, 250, 400], jumps: []),
        Case(name: "a change of exactly max_ratio passes", values: [100, 300, 100], jumps: []),
        Case(
            name: "two dropped digits in a row both fail against the last good figure",
            values: [131697, 134754, 13449, 14432, 162043], jumps: [[2, 1, 0], [3, 1, 0]]),
        Case(
            name: "at the start two agreeing figures outvote the first (a known limit)",
            values: [134754, 13449, 14432, 162043], jumps: [[0, 1, 1], [3, 2, 0]]),
        Case(
            name: "a bad first figure fails against the next two, which agree",
            values: [13169, 134754, 138000], jumps: [[0, 1, 1]]),
        Case(
            name: "with only two figures the later one is blamed",
            values: [13169, 134754], jumps: [[1, 0, 0]]),
        Case(
            name: "a lasting change of level fails from where it starts",
            values: [100, 110, 1000, 1050], jumps: [[2, 1, 0], [3, 1, 0]]),
        Case(
            name: "a figure already in the warehouse anchors the first staged figure",
            values: [134754, 13449], warehouse: [0], jumps: [[1, 0, 0]]),
        Case(
            name: "a bad warehouse figure is skipped, not failed",
            values: [131697, 13449, 144320], warehouse: [1], jumps: []),
        Case(
            name: "zero and negative figures are not compared",
            values: [100, 0, -50, 120, 1000], jumps: [[4, 3, 0]]),
    ]

    @Test(arguments: cases)
    func findsJumps(_ testCase: Case) {
        let points = testCase.values.enumerated().map { index, value in
            JumpDetector.Point(value: value, isStaged: !testCase.warehouse.contains(index))
        }
        let jumps = JumpDetector(maxRatio: 3).jumps(in: points)
        #expect(
            jumps.map { [$0.index, $0.reference, $0.referenceFollows ? 1 : 0] } == testCase.jumps)
    }

    @Test func reportsTheFactor() {
        let points = [134754.0, 13449].map { JumpDetector.Point(value: $0, isStaged: true) }
        let jump = JumpDetector(maxRatio: 3).jumps(in: points).first
        #expect(jump?.factor == 134754.0 / 13449)
        #expect(StageChecker.factor(134754.0 / 13449) == "10.0")
        #expect(StageChecker.factor(3.0412) == "3.04")
        #expect(StageChecker.factor(123.4) == "123")
    }
}
