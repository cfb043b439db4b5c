import Testing

@testable import InnoStatCore

struct UnitCatalogTests {
    struct Conversion: Sendable, CustomTestStringConvertible {
        let value: Double
        let from: String
        let to: String
        let expected: Double?
        var testDescription: String { "\(value) \(from) in \(to)" }
    }

    /// Exact results: scaling divides or multiplies by a whole power of ten.
    static let conversions: [Conversion] = [
        Conversion(
            value: 10_878_050_000, from: "thousand KRW", to: "100 million KRW", expected: 108_780.5),
        Conversion(
            value: 85_728_714_738, from: "thousand KRW", to: "100 million KRW",
            expected: 857_287.14738),
        Conversion(
            value: 55_450_115_649, from: "thousand KRW", to: "100 million KRW",
            expected: 554_501.15649),
        Conversion(value: 85.7287, from: "trillion KRW", to: "100 million KRW", expected: 857_287),
        Conversion(value: 34.5, from: "조원", to: "100 million KRW", expected: 345_000),
        Conversion(value: 2117, from: "억원", to: "100 million KRW", expected: 2117),
        Conversion(
            value: 91.0, from: "billion current PPP USD", to: "million current PPP USD",
            expected: 91_000),
        Conversion(
            value: 14_855_333.78991, from: "thousand current PPP USD",
            to: "million current PPP USD",
            expected: 14_855.33378991),
        Conversion(value: 1, from: "persons", to: "million USD", expected: nil),
        Conversion(value: 1, from: "million current PPP USD", to: "million USD", expected: nil),
    ]

    @Test(arguments: conversions)
    func convertsWithinADimension(_ conversion: Conversion) throws {
        let catalog = UnitCatalog.standard
        let from = try #require(catalog.unit(named: conversion.from))
        let to = try #require(catalog.unit(named: conversion.to))
        #expect(catalog.convert(conversion.value, from: from, to: to) == conversion.expected)
    }
}
