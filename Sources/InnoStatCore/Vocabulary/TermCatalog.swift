/// A small vocabulary of coded terms with aliases (funding sectors, firm sizes): resolves any
/// alias form to its code, and suggests the closest names for an unknown label.
public struct TermCatalog: Sendable {
    private let vocabulary: TermVocabulary

    /// The terms in canonical order.
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

    /// The term with code `code`.
    public func entry(code: String) -> VocabularyTerm? {
        vocabulary.term(code: code)
    }

    /// The code `label` names (case, spaces, hyphens, apostrophes and middle dots ignored).
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
