import Foundation
import Testing

@testable import InnoStatCore

struct ScaleTests {
    @Test(arguments: [
        (0.0935, 0.1968, 5, 0.075...0.2, 0.025),
        (0.0, 0.1968, 4, 0.0...0.2, 0.05),
        (0.0, 100.0, 5, 0.0...100.0, 20.0),
        (44.2, 70.1, 5, 40.0...80.0, 10.0),
        (1966.0, 2022.0, 10, 1960.0...2030.0, 10.0),
        (0.0, 0.28, 4, 0.0...0.3, 0.1),
        (70.1, 70.1, 5, 60.0...80.0, 5.0),
    ])
    func niceDomainsEndOnRoundSteps(
        low: Double, high: Double, count: Int, domain: ClosedRange<Double>, step: Double
    ) {
        let nice = LinearScale.nice(covering: low, high, tickCount: count)
        #expect(nice.domain == domain)
        #expect(nice.step == step)
    }

    @Test func linearScaleMapsTheDomainOntoThePositionsAndTicksEveryStep() {
        let scale = LinearScale(domain: 0...100, start: 400, end: 40, step: 20)
        #expect(scale.position(of: 0) == 400)
        #expect(scale.position(of: 100) == 40)
        #expect(scale.position(of: 50) == 220)
        #expect(scale.ticks.map(\.value) == [0, 20, 40, 60, 80, 100])
        #expect(scale.ticks.allSatisfy { $0.isMajor })
    }

    @Test func linearTicksStartInsideAnUnalignedDomainWithoutBinaryNoise() {
        let scale = LinearScale(domain: 1965...2023, start: 0, end: 580, step: 10)
        #expect(scale.ticks.map(\.value) == [1970, 1980, 1990, 2000, 2010, 2020])
        let small = LinearScale(domain: 0...0.3, start: 0, end: 1, step: 0.1)
        #expect(small.ticks.map(\.value) == [0, 0.1, 0.2, 0.3])
    }

    @Test func logScaleCoversWholeDecadesWithMinorTicksAtTwoAndFive() {
        let scale = LogScale(covering: 53, 40_000, start: 500, end: 100)
        #expect(scale.domain == 10...100_000)
        #expect(scale.ticks.filter(\.isMajor).map(\.value) == [10, 100, 1_000, 10_000, 100_000])
        #expect(
            scale.ticks.filter { !$0.isMajor }.map(\.value)
                == [20, 50, 200, 500, 2_000, 5_000, 20_000, 50_000])
        #expect(scale.position(of: 10) == 500)
        #expect(scale.position(of: 100_000) == 100)
        #expect(abs(scale.position(of: 1_000) - 300) < 1e-9)
        #expect(abs(scale.position(of: 40_000) - (500 - 400 * (log10(40_000) - 1) / 4)) < 1e-9)
    }

    @Test func logScaleOfOnePowerOfTenWidensToADecadeEachSide() {
        let scale = LogScale(covering: 100, 100, start: 0, end: 1)
        #expect(scale.domain == 10...1_000)
    }
}
