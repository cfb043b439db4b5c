import Testing

@testable import InnoStatCore

struct DecimalFormatTests {
    @Test(arguments: [
        (56.0, "56"), (76.1, "76.1"), (0.5, "0.5"), (-0.35, "-0.35"), (93_917_477.0, "93917477"),
        (1e-5, "0.00001"), (1.5e-7, "0.00000015"), (1e20, "100000000000000000000"),
        (0.1 + 0.2, "0.30000000000000004"), (-2.5e-3, "-0.0025"),
    ])
    func printsShortestRoundTrip(value: Double, text: String) {
        #expect(DecimalFormat.shortest(value) == text)
        #expect(Double(DecimalFormat.shortest(value)) == value)
    }
}

struct DecimalFormatRoundingTests {
    @Test(arguments: [
        (70.09999999999998, "70.1"), (0.1 + 0.2, "0.3"), (44.15944648938983, "44.1594464893898"),
        (56.0, "56"), (-0.35, "-0.35"), (1.0 / 3.0, "0.333333333333333"), (0.0, "0"),
        (93_917_477.0, "93917477"), (1e-20 / 3, "0.00000000000000000000333333333333333"),
        (123_456_789_012_345_680.0, "123456789012346000"), (-2.5e-3, "-0.0025"),
    ])
    func printsTheShortestDecimalOfFifteenDigits(value: Double, text: String) {
        #expect(DecimalFormat.roundedShortest(value) == text)
    }
}

struct DecimalFormatGroupingTests {
    @Test(arguments: [
        (0, "0"), (999, "999"), (1000, "1,000"), (1085, "1,085"), (536_870_912, "536,870,912"),
        (-12_345, "-12,345"),
    ])
    func groupsByThousands(value: Int, text: String) {
        #expect(DecimalFormat.grouped(value) == text)
    }
}
