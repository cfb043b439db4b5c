import Testing

@testable import InnoStatCore

@Suite struct SectorCatalogTests {
    let catalog = SectorCatalog.standard

    static let labels: [(String, String)] = [
        ("GOV", "GOV"), ("government", "GOV"), ("Government", "GOV"), ("public", "GOV"),
        ("gov't", "GOV"), ("Gov’t", "GOV"), ("govt", "GOV"), ("정부", "GOV"),
        ("정부·공공", "GOV"), ("정부ㆍ공공", "GOV"), ("정부 · 공공", "GOV"), ("공공", "GOV"),
        ("BUS", "BUS"), ("business", "BUS"), ("Business enterprise", "BUS"),
        ("private", "BUS"), ("private firms", "BUS"), ("Private Firms", "BUS"),
        ("industry", "BUS"), ("enterprises", "BUS"), ("민간", "BUS"), ("기업", "BUS"),
        ("OTH", "OTH"), ("other", "OTH"), ("other domestic", "OTH"), ("Other Domestic", "OTH"),
        ("기타", "OTH"), ("ABR", "ABR"), ("abroad", "ABR"), ("foreign", "ABR"), ("외국", "ABR"),
        ("해외", "ABR"), ("TOT", "TOT"), ("total", "TOT"), ("all", "TOT"), ("계", "TOT"),
        ("합계", "TOT"), ("총계", "TOT"), ("전체", "TOT"), (" Total ", "TOT"),
        // breakdown column of seed/park2001_figures.csv
        ("private firms", "BUS"),
    ]

    @Test(arguments: labels)
    func resolves(label: String, code: String) {
        #expect(catalog.resolve(label) == code)
        var copy = label
        #expect(copy.withUTF8 { catalog.resolve(utf8: $0) } == code)
    }

    @Test(arguments: ["", "SMEs", "all firms", "R&D", "product design", "governments", "Seoul"])
    func doesNotResolve(label: String) {
        #expect(catalog.resolve(label) == nil)
        var copy = label
        #expect(copy.withUTF8 { catalog.resolve(utf8: $0) } == nil)
    }

    @Test func listsSectorsInOrder() {
        #expect(catalog.entries.map(\.code) == ["GOV", "BUS", "OTH", "ABR", "TOT"])
        #expect(catalog.entry(code: "OTH")?.nameEN == "Other domestic")
        #expect(catalog.entry(code: "XXX") == nil)
    }

    @Test func everyAliasResolvesToItsCodeAndTermsAreAliases() {
        for alias in catalog.aliases {
            #expect(catalog.resolve(alias.alias) == alias.code, "\(alias.alias)")
        }
        for term in catalog.entries {
            let texts = catalog.aliases.filter { $0.code == term.code }.map(\.alias)
            #expect(texts.contains(term.code) && texts.contains(term.nameEN))
            #expect(texts.contains(term.nameKO))
        }
        let folded = catalog.aliases.map { LabelNormalizer.fold($0.alias) + "|" + $0.code }
        let keys = Set(catalog.aliases.map { LabelNormalizer.fold($0.alias) })
        #expect(Set(folded).count == keys.count)
    }

    @Test(arguments: [("goverment", "Government"), ("privte", "private"), ("해와", "해외")])
    func suggestsClosestName(label: String, expected: String) {
        #expect(catalog.closestNames(to: label).first == expected)
        #expect(catalog.closestNames(to: label, limit: 2).count == 2)
    }
}
