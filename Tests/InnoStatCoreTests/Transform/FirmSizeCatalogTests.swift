import Testing

@testable import InnoStatCore

@Suite struct FirmSizeCatalogTests {
    let catalog = FirmSizeCatalog.standard

    static let labels: [(String, String)] = [
        ("LARGE", "LARGE"), ("large", "LARGE"), ("large firm", "LARGE"), ("Large firms", "LARGE"),
        ("대기업", "LARGE"), ("SME", "SME"), ("SMEs", "SME"), ("sme", "SME"),
        ("small and medium", "SME"), ("Small and Medium Enterprises", "SME"),
        ("small and medium-sized enterprises", "SME"), ("중소기업", "SME"), ("중소", "SME"),
        ("small", "SME"), ("medium", "SME"), ("ALL", "ALL"), ("all", "ALL"),
        ("all firms", "ALL"), ("total", "ALL"), ("전체", "ALL"), ("계", "ALL"),
        // breakdown column of seed/park2001_figures.csv; size_class of bench/gen_microdata.py
        ("SMEs", "SME"), ("all firms", "ALL"), ("LARGE", "LARGE"), ("SME", "SME"),
    ]

    @Test(arguments: labels)
    func resolves(label: String, code: String) {
        #expect(catalog.resolve(label) == code)
        var copy = label
        #expect(copy.withUTF8 { catalog.resolve(utf8: $0) } == code)
    }

    @Test(arguments: ["", "private firms", "중견기업", "mid-sized", "R&D", "government"])
    func doesNotResolve(label: String) {
        #expect(catalog.resolve(label) == nil)
    }

    @Test func listsSizesInOrder() {
        #expect(catalog.entries.map(\.code) == ["LARGE", "SME", "ALL"])
        #expect(catalog.entry(code: "SME")?.nameKO == "중소기업")
    }

    @Test func everyAliasResolvesToItsCode() {
        for alias in catalog.aliases {
            #expect(catalog.resolve(alias.alias) == alias.code, "\(alias.alias)")
        }
    }

    @Test(arguments: [("SMEz", "SMEs"), ("larg firms", "Large firms"), ("중소기엽", "중소기업")])
    func suggestsClosestName(label: String, expected: String) {
        #expect(catalog.closestNames(to: label).contains(expected))
    }
}
