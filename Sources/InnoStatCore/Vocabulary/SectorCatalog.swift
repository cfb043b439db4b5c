/// Sectors that fund R&D (source of funds): government, business, other domestic, abroad, total.
public enum SectorCatalog {
    /// The project's sectors: `GOV`, `BUS`, `OTH`, `ABR`, `TOT`.
    public static let standard = TermCatalog(
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
}
