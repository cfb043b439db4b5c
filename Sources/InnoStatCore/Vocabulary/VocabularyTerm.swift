/// A canonical term of a small vocabulary (a funding sector, a firm size class).
public struct VocabularyTerm: Sendable, Equatable {
    /// Canonical code: `GOV`, `SME`, …
    public let code: String
    public let nameEN: String
    public let nameKO: String

    public init(code: String, nameEN: String, nameKO: String) {
        self.code = code
        self.nameEN = nameEN
        self.nameKO = nameKO
    }
}
