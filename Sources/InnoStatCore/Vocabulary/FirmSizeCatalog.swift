/// Firm size classes: large firms, small and medium enterprises, all firms.
public enum FirmSizeCatalog {
    /// The project's size classes: `LARGE`, `SME`, `ALL`.
    public static let standard = TermCatalog(
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
}
