/// One form in which a vocabulary term is written in a source, for an alias table.
public struct VocabularyAlias: Sendable, Equatable {
    /// The alias as written (`private firms`, `정부·공공`).
    public let alias: String
    /// Code of the term it names.
    public let code: String

    public init(alias: String, code: String) {
        self.alias = alias
        self.code = code
    }
}
