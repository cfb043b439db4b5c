/// Sectors that fund R&D (source of funds): government, business, other domestic, abroad, total.
public struct SectorCatalog: Sendable {
    /// The project's sectors: `GOV`, `BUS`, `OTH`, `ABR`, `TOT`.
    public static let standard = SectorCatalog(
        entries: [
            VocabularyTerm(code: "GOV", nameEN: "Government", nameKO: "정부"),
            VocabularyTerm(code: "BUS", nameEN: "Business enterprise", nameKO: "민간"),
            VocabularyTerm(code: "OTH", nameEN: "Other domestic", nameKO: "기타"),
            VocabularyTerm(code: "ABR", nameEN: "Abroad", nameKO: "외국"),
            VocabularyTerm(code: "TOT", nameEN: "Total", nameKO: "계"),
        ],
        aliases: [
            "GOV": [
                "government", "gov", "gov't", "govt", "public", "public sector",
                "government and public", "government sector", "정부", "정부·공공", "정부 및 공공",
                "공공", "정부재원", "정부·공공재원",
            ],
            "BUS": [
                "business", "business enterprise", "business enterprises", "business sector",
                "private", "private sector", "private firms", "private firm", "industry",
                "enterprises", "enterprise", "민간", "기업", "민간기업", "민간재원",
            ],
            "OTH": ["other", "others", "other domestic", "other domestic sources", "기타", "기타 국내"],
            "ABR": ["abroad", "foreign", "foreign sources", "rest of the world", "외국", "해외"],
            "TOT": ["total", "all", "all sectors", "계", "합계", "총계", "전체"],
        ]
    )

    private let vocabulary: TermVocabulary

    /// The sectors in canonical order.
    public var entries: [VocabularyTerm] { vocabulary.terms }
    /// Every alias (codes and names included), for an alias table.
    public var aliases: [VocabularyAlias] { vocabulary.aliases }

    /// Builds a catalog from its terms and extra aliases by code; codes and names of the terms
    /// are aliases without being listed. Aliases that collide after folding trap.
    public init(entries: [VocabularyTerm], aliases: KeyValuePairs<String, [String]>) {
        let extra = aliases.flatMap { code, texts in
            texts.map { VocabularyAlias(alias: $0, code: code) }
        }
        vocabulary = TermVocabulary(terms: entries, aliases: extra)
    }

    /// The sector with code `code`.
    public func entry(code: String) -> VocabularyTerm? {
        vocabulary.term(code: code)
    }

    /// The sector code `label` names (case, spaces, hyphens, apostrophes and middle dots ignored).
    public func resolve(_ label: String) -> String? {
        vocabulary.resolve(label)
    }

    /// ``resolve(_:)`` for a field still in its UTF-8 bytes; no `String` when the bytes match.
    public func resolve(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        vocabulary.resolve(utf8: bytes)
    }

    /// Up to `limit` known names closest to `label`, best first.
    public func closestNames(to label: String, limit: Int = 3) -> [String] {
        vocabulary.closestNames(to: label, limit: limit)
    }
}
