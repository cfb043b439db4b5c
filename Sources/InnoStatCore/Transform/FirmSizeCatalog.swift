/// Firm size classes: large firms, small and medium enterprises, all firms.
public struct FirmSizeCatalog: Sendable {
    /// The project's size classes: `LARGE`, `SME`, `ALL`.
    public static let standard = FirmSizeCatalog(
        entries: [
            VocabularyTerm(code: "LARGE", nameEN: "Large firms", nameKO: "대기업"),
            VocabularyTerm(code: "SME", nameEN: "Small and medium enterprises", nameKO: "중소기업"),
            VocabularyTerm(code: "ALL", nameEN: "All firms", nameKO: "전체"),
        ],
        aliases: [
            "LARGE": [
                "large", "large firm", "large enterprise", "large enterprises", "large company",
                "large companies", "대기업체",
            ],
            "SME": [
                "SMEs", "small and medium", "small and medium-sized", "small and medium enterprise",
                "small and medium-sized enterprises", "small and medium-sized enterprise",
                "small and medium-sized firms", "중소", "중소기업체", "small", "medium",
            ],
            "ALL": ["all", "all firms", "all enterprises", "total", "계", "합계", "총계"],
        ]
    )

    private let vocabulary: TermVocabulary

    /// The size classes in canonical order.
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

    /// The size class with code `code`.
    public func entry(code: String) -> VocabularyTerm? {
        vocabulary.term(code: code)
    }

    /// The size code `label` names (case, spaces, hyphens and apostrophes ignored).
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
