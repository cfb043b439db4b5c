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
